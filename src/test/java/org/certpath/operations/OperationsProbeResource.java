package org.certpath.operations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

/**
 * Test-only endpoints that provoke what the public API cannot be made to do on demand: a slow
 * query, a log line inside a request, an unexpected failure whose message must not leak, and an
 * endpoint that accepts a body. Not part of the contract, and absent from the packaged application.
 */
@Path("/test-only/operations")
public class OperationsProbeResource {

    static final String LOG_LINE = "probe log line";
    static final String SECRET = "select password from operators where name = 'root'";
    private static final Logger LOG = Logger.getLogger(OperationsProbeResource.class);

    private final EntityManager entityManager;

    public OperationsProbeResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("/slow-query")
    @Produces(MediaType.TEXT_PLAIN)
    public String slowQuery() {
        return String.valueOf(entityManager.createNativeQuery("select pg_sleep(30)").getSingleResult());
    }

    @GET
    @Path("/log")
    @Produces(MediaType.TEXT_PLAIN)
    public String log() {
        LOG.info(LOG_LINE);
        return "logged";
    }

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("/database-failure")
    public String databaseFailure() {
        throw new PersistenceException(SECRET);
    }

    /** What Agroal throws when no connection frees up in time: an SQLException without SQLSTATE. */
    @GET
    @Path("/pool-exhausted")
    public String poolExhausted() {
        throw new PersistenceException(SECRET, new SQLException(SECRET, new TimeoutException()));
    }

    /** PostgreSQL itself raises the error of this SQLSTATE (40P01 deadlock, 40001 serialization failure). */
    @POST
    @Path("/database-error/{state}")
    @Transactional
    public String databaseError(@PathParam("state") String state) {
        if (!state.matches("[0-9A-Z]{5}")) {
            throw new IllegalArgumentException(state);
        }
        entityManager.createNativeQuery("do $$ begin raise exception '" + SECRET.replace("'", "''")
                + "' using errcode = '" + state + "'; end $$").executeUpdate();
        return state;
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String echo(String body) {
        return body;
    }
}
