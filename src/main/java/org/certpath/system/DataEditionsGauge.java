package org.certpath.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.certpath.curation.DataChanged;
import org.certpath.outlook.OutlookRepository;
import org.certpath.salary.SalaryRepository;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code certpath_data_editions{kind}}: how many data editions this instance serves. Counted at
 * start and again after each committed write of salaries or outlooks, so that a scrape never
 * waits on the database. A write through another instance shows here after the next one here.
 */
@ApplicationScoped
public class DataEditionsGauge {

    static final String NAME = "certpath.data.editions";
    private static final Set<String> COUNTED = Set.of("salary", "outlook");

    private final SalaryRepository salaries;
    private final OutlookRepository outlooks;
    private final AtomicInteger salaryEditions = new AtomicInteger();
    private final AtomicInteger outlookPeriods = new AtomicInteger();

    public DataEditionsGauge(SalaryRepository salaries, OutlookRepository outlooks) {
        this.salaries = salaries;
        this.outlooks = outlooks;
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        recount();
        register(registry, "salaries", salaryEditions);
        register(registry, "outlooks", outlookPeriods);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        if (COUNTED.contains(change.recordType())) {
            recount();
        }
    }

    private void recount() {
        QuarkusTransaction.requiringNew().run(() -> {
            salaryEditions.set(salaries.editions().size());
            outlookPeriods.set(outlooks.periods().size());
        });
    }

    private static void register(MeterRegistry registry, String kind, AtomicInteger editions) {
        Gauge.builder(NAME, editions, AtomicInteger::get)
                .description("Data editions served")
                .tag("kind", kind)
                .register(registry);
    }
}
