package org.certpath.operations;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.certpath.api.DataVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The optional read replica (datasource {@value ReadReplicaConfigSourceFactory#DATASOURCE}), and
 * whether it may serve a public read now. The data version is bumped in the same transaction as
 * every write, so a replica whose {@code data_version} row has reached version V has replayed every
 * write up to V. A read may use the replica only when the version it last reported is at least the
 * version this instance knows, which every response is tagged with; otherwise the primary answers.
 * <p>
 * The replica's version is sampled by one thread at the check interval, never per request. A sample
 * is a safe lower bound until the next one (replay only moves forward), so the worst a late sample
 * costs is a read from the primary. A replica that cannot be read counts as behind.
 */
@ApplicationScoped
public class ReadReplica {

    static final String READS = "certpath.public.reads";
    static final String LAG = "certpath.read.replica.lag.versions";
    private static final long UNKNOWN = -1;
    private static final Logger LOG = Logger.getLogger(ReadReplica.class);

    private final boolean enabled;
    private final InjectableInstance<AgroalDataSource> replica;
    private final DataVersion dataVersion;
    private final Duration checkInterval;
    private volatile long replicaVersion = UNKNOWN;
    private volatile boolean running;
    /** Read by the sampler thread only: the outage is logged once, not at every retry. */
    private boolean outage;
    private Thread sampler;
    private Counter fromReplica;
    private Counter fromPrimary;

    public ReadReplica(@ConfigProperty(name = ReadReplicaConfigSourceFactory.URL) Optional<String> url,
                       @DataSource(ReadReplicaConfigSourceFactory.DATASOURCE) InjectableInstance<AgroalDataSource> replica,
                       DataVersion dataVersion,
                       @ConfigProperty(name = "certpath.read-replica.check-interval") Duration checkInterval) {
        this.enabled = url.filter(value -> !value.isBlank()).isPresent();
        this.replica = replica;
        this.dataVersion = dataVersion;
        this.checkInterval = checkInterval;
    }

    /** True when this public read may be answered from the replica; counts the read either way. */
    boolean serves() {
        if (!enabled) {
            return false;
        }
        boolean fresh = replicaVersion >= dataVersion.current().version();
        (fresh ? fromReplica : fromPrimary).increment();
        return fresh;
    }

    void start(@Observes StartupEvent startup, MeterRegistry registry) {
        if (!enabled) {
            return;
        }
        fromReplica = Counter.builder(READS).tag("datasource", "replica")
                .description("Public reads that opened a session, by the datasource that answered").register(registry);
        fromPrimary = Counter.builder(READS).tag("datasource", "primary")
                .description("Public reads that opened a session, by the datasource that answered").register(registry);
        Gauge.builder(LAG, this, ReadReplica::lagVersions)
                .description("Data versions the read replica is behind this instance (NaN while it cannot be read)")
                .register(registry);
        running = true;
        sampler = new Thread(this::sample, "read-replica-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (sampler != null) {
            running = false;
            sampler.interrupt();
            sampler.join(checkInterval.toMillis() * 4);
        }
    }

    private double lagVersions() {
        long sampled = replicaVersion;
        return sampled == UNKNOWN ? Double.NaN : Math.max(0, dataVersion.current().version() - sampled);
    }

    private void sample() {
        while (running) {
            try (Connection connection = replica.get().getConnection();
                 Statement statement = connection.createStatement()) {
                while (running) {
                    try (ResultSet row = statement.executeQuery("select version from data_version")) {
                        row.next();
                        replicaVersion = row.getLong(1);
                    }
                    outage = false;
                    Thread.sleep(checkInterval.toMillis());
                }
            } catch (SQLException | RuntimeException e) {
                if (!outage) {
                    LOG.warnf("Cannot read the read replica, answering every read from the primary until it is back: %s",
                            e.getMessage());
                    outage = true;
                }
                replicaVersion = UNKNOWN;
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(checkInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
