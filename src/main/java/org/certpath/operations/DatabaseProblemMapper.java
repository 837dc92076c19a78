package org.certpath.operations;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.certpath.api.Problems;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Database failures that are not the request's fault become 503 with {@code Retry-After}: the
 * server unreachable or shutting down, no connection free within the acquisition timeout, or a
 * statement cancelled by {@code statement_timeout}. A write that lost a race becomes 409 (a key
 * taken meanwhile, a row still referred to), 412 (the row changed since it was read) or, when
 * PostgreSQL broke a deadlock or a serialization conflict by rolling it back, 503 with a short
 * {@code Retry-After}: nothing was written and the same request will most likely succeed. Anything
 * else stays the generic 500 that resteasy-problem gives, without the message, which may hold SQL.
 * A driver exception may carry no SQLSTATE at all; it is classified by its type alone.
 */
@Provider
public class DatabaseProblemMapper extends ExceptionMapperBase<PersistenceException> {

    static final int RETRY_AFTER_SECONDS = 5;
    /** A transaction rolled back to break a deadlock is retried at once by the client; a second suffices. */
    static final int RETRY_CONCURRENT_WRITE_SECONDS = 1;
    private static final URI CONCURRENT_WRITE = Problems.type("concurrent-write");
    private static final URI SERVICE_UNAVAILABLE = Problems.type("service-unavailable");
    private static final URI TIMEOUT = Problems.type("timeout");
    /** SQLSTATE of a statement cancelled, here by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";
    /** Class 08 (connection exception), server shutting down or starting, too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** Where the connection pool's own exceptions come from. */
    private static final String POOL_PACKAGE = "io.agroal.pool.";

    /** SQLSTATEs of a write that clashes with stored rows: a taken unique key, a row still referred to. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "23503");

    /** SQLSTATEs of a transaction PostgreSQL rolled back for racing another: serialization failure, deadlock. */
    private static final Set<String> RACE_STATES = Set.of("40001", "40P01");

    private enum Cause { UNAVAILABLE, TIMEOUT, CONFLICT, STALE, RACE, OTHER }

    @Override
    protected HttpProblem toProblem(PersistenceException exception) {
        return switch (classify(exception)) {
            case UNAVAILABLE -> unavailable(SERVICE_UNAVAILABLE, "Service unavailable",
                    "The database cannot be reached right now.");
            case TIMEOUT -> unavailable(TIMEOUT, "Request took too long",
                    "The request took longer than the service allows.");
            // A concurrent write got there first; the checks before the write normally answer these.
            case CONFLICT -> Problems.conflict("The write clashes with stored data: a key that is taken, or an item "
                    + "that others still refer to. Nothing was written.");
            case STALE -> Problems.preconditionFailed();
            case RACE -> HttpProblem.builder()
                    .withType(CONCURRENT_WRITE)
                    .withTitle("Concurrent write")
                    .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                    .withDetail("The write met another one on the same data and was rolled back; nothing was written. "
                            + "Retry after " + RETRY_CONCURRENT_WRITE_SECONDS + " s.")
                    .withHeader("Retry-After", RETRY_CONCURRENT_WRITE_SECONDS)
                    .build();
            case OTHER -> HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR);
        };
    }

    private static Cause classify(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return Cause.STALE;
            }
            String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && CONFLICT_STATES.contains(state)) {
                return Cause.CONFLICT;
            }
            if (state != null && RACE_STATES.contains(state)) {
                return Cause.RACE;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return Cause.UNAVAILABLE;
            }
            if (cause instanceof SQLException sql) {
                if (QUERY_CANCELED.equals(state)) {
                    return Cause.TIMEOUT;
                }
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return Cause.UNAVAILABLE;
                }
                // Agroal's acquisition timeout: an SQLException over the TimeoutException of its wait or, when the
                // wait in its queue runs out, one with neither cause nor SQLSTATE, thrown by the pool itself.
                if (sql.getCause() instanceof TimeoutException || state == null && thrownByPool(sql)) {
                    return Cause.UNAVAILABLE;
                }
            }
        }
        return Cause.OTHER;
    }

    private static boolean thrownByPool(SQLException exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(POOL_PACKAGE);
    }

    private static HttpProblem unavailable(URI type, String title, String detail) {
        return HttpProblem.builder()
                .withType(type)
                .withTitle(title)
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withDetail(detail + " Retry after " + RETRY_AFTER_SECONDS + " s.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
