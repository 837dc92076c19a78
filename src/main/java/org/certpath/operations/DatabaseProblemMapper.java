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
 * taken meanwhile, a row still referred to) or 412 (the row changed since it was read). Anything
 * else stays the generic 500 that resteasy-problem gives, without the message, which may hold SQL.
 */
@Provider
public class DatabaseProblemMapper extends ExceptionMapperBase<PersistenceException> {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final URI SERVICE_UNAVAILABLE = Problems.type("service-unavailable");
    private static final URI TIMEOUT = Problems.type("timeout");
    /** SQLSTATE of a statement cancelled, here by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";
    /** Class 08 (connection exception), server shutting down or starting, too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** SQLSTATEs of a write that clashes with stored rows: a taken unique key, a row still referred to. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "23503");

    private enum Cause { UNAVAILABLE, TIMEOUT, CONFLICT, STALE, OTHER }

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
            case OTHER -> HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR);
        };
    }

    private static Cause classify(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return Cause.STALE;
            }
            if (cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
                return Cause.CONFLICT;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return Cause.UNAVAILABLE;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (QUERY_CANCELED.equals(state)) {
                    return Cause.TIMEOUT;
                }
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return Cause.UNAVAILABLE;
                }
                // Agroal's acquisition timeout: a bare SQLException over the TimeoutException of its wait.
                if (sql.getCause() instanceof TimeoutException) {
                    return Cause.UNAVAILABLE;
                }
            }
        }
        return Cause.OTHER;
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
