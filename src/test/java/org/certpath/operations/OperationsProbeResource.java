package org.certpath.operations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

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

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String echo(String body) {
        return body;
    }
}
