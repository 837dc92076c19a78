package org.certpath.operations;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which database failures are the service's momentary state (503) and which stay a 500. */
class DatabaseProblemMapperTest {

    private final DatabaseProblemMapper mapper = new DatabaseProblemMapper();

    private static SQLException thrownAt(SQLException exception, String className) {
        exception.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(className, "waitAvailableHandler", "ConnectionPool.java", 1)});
        return exception;
    }

    @Test
    void shouldAnswer503WhenNoPooledConnectionFreesInTime() {
        // Agroal throws both shapes: over the TimeoutException of its wait, and bare when its queue's wait runs out.
        SQLException queueWait = thrownAt(new SQLException("Sorry, acquisition timeout!"), "io.agroal.pool.ConnectionPool");
        SQLException overTimeout = new SQLException("Sorry, acquisition timeout!", new TimeoutException());
        for (SQLException cause : new SQLException[] {queueWait, overTimeout}) {
            HttpProblem problem = mapper.toProblem(new GenericJDBCException("acquiring", cause));
            assertEquals(503, problem.getStatusCode());
            assertEquals("urn:certpath:problem:service-unavailable", problem.getType().toString());
            assertEquals(DatabaseProblemMapper.RETRY_AFTER_SECONDS, problem.getHeaders().get("Retry-After"));
        }
    }

    @Test
    void shouldKeepA500ForAnUnexplainedErrorOutsideThePool() {
        SQLException driver = thrownAt(new SQLException("something else"), "org.postgresql.jdbc.PgStatement");
        assertEquals(500, mapper.toProblem(new GenericJDBCException("query", driver)).getStatusCode());
    }
}
