package org.certpath.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The version of all served data, bumped by a trigger on every write (see V1__schema.sql). Any
 * response built from data of one version is the same until the version moves, which is what
 * makes ETags and caches cheap and correct across every instance that shares the database.
 * <p>
 * Every instance keeps the version in memory and learns of a change the moment it commits: the
 * trigger also notifies channel {@value #CHANNEL} (V41), on which a connection of each instance
 * listens; the version is read again on every notification and at least every recheck interval.
 * While that connection is down the version is unknown, and every caller reads it from the
 * database itself, so an outage is answered like any other database failure.
 */
@ApplicationScoped
public class DataVersion {

    static final String CHANNEL = "data_version";
    private static final Duration RETRY = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    private final AgroalDataSource dataSource;
    private final Duration recheck;
    private volatile Current known;
    private volatile boolean running;
    private Thread listener;

    public DataVersion(AgroalDataSource dataSource,
                       @ConfigProperty(name = "certpath.data-version.recheck-interval") Duration recheck) {
        this.dataSource = dataSource;
        this.recheck = recheck;
    }

    public record Current(long version, OffsetDateTime changedAt) {
    }

    public Current current() {
        Current current = known;
        return current != null ? current : read();
    }

    /**
     * For a bulk write: the statements of the current transaction leave the version alone (see
     * V43__deferred_data_version_bump.sql) until {@link #bumpOnce} moves it, just before the commit,
     * so that the row lock on the version is held for moments instead of for the whole write.
     */
    public static void deferBump(EntityManager entityManager) {
        entityManager.createNativeQuery("select set_config('certpath.defer_data_version', 'on', true)")
                .getSingleResult();
    }

    /** Moves the version once for everything a transaction under {@link #deferBump} wrote. */
    public static void bumpOnce(EntityManager entityManager) {
        entityManager.flush();
        entityManager.createNativeQuery("select bump_data_version_now()").getSingleResult();
    }

    /** Called after a write on this instance, so that its own next read never sees the old version. */
    public void refresh() {
        advance(read());
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        listener = new Thread(this::listen, "data-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        listener.interrupt();
        listener.join(RETRY.toMillis() * 4);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                // Read after LISTEN: a change committed in between is then either read or notified.
                known = read(connection);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    notifications.getNotifications((int) recheck.toMillis());
                    advance(read(connection));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    if (known != null) {
                        LOG.warnf("Lost the data version subscription, reading the version per request until it is back: %s",
                                e.getMessage());
                    }
                    known = null;
                    pause();
                }
            }
        }
    }

    /** Moves the known version forward only: a slow reader must not undo a newer read of another thread. */
    private synchronized void advance(Current read) {
        Current current = known;
        if (current != null && read.version() > current.version()) {
            known = read;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Current read() {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new DataAccessFailure(e);
        }
    }

    private static Current read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select version, changed_at from data_version")) {
            row.next();
            return new Current(row.getLong(1), row.getObject(2, OffsetDateTime.class));
        }
    }

    /** The database could not be read: a persistence failure, which the outage mapping answers with 503. */
    public static class DataAccessFailure extends PersistenceException {
        public DataAccessFailure(SQLException cause) {
            super(cause);
        }
    }
}
