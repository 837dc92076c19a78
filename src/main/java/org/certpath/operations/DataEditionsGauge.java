package org.certpath.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import org.certpath.outlook.OutlookRepository;
import org.certpath.salary.SalaryRepository;

/**
 * {@code certpath_data_editions{kind}}: how many data editions this instance serves. The data only
 * changes through migrations at start, so it is counted once then, and a scrape never waits on
 * the database.
 */
@ApplicationScoped
public class DataEditionsGauge {

    static final String NAME = "certpath.data.editions";

    @ActivateRequestContext
    void register(@Observes StartupEvent startup, MeterRegistry registry, SalaryRepository salaries,
                  OutlookRepository outlooks) {
        register(registry, "salaries", salaries.editions().size());
        register(registry, "outlooks", outlooks.periods().size());
    }

    private static void register(MeterRegistry registry, String kind, int editions) {
        Gauge.builder(NAME, () -> editions)
                .description("Data editions served")
                .tag("kind", kind)
                .register(registry);
    }
}
