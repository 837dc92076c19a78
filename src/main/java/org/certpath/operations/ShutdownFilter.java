package org.certpath.operations;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.certpath.api.Problems;

/**
 * Refuses new API requests from the moment shutdown begins: Quarkus would otherwise serve them
 * through the whole shutdown delay and the wait for requests in flight, which it lets finish.
 * The event fires when the delay starts (it needs {@code quarkus.shutdown.delay-enabled}), at the
 * same time as readiness goes DOWN. Health and the other {@code /q} endpoints keep answering, so
 * that a load balancer can still see the instance go DOWN.
 */
@ApplicationScoped
public class ShutdownFilter {

    /** Readiness is DOWN already, so a retry soon is likely to reach another instance. */
    static final int RETRY_AFTER_SECONDS = 1;
    private static final String API_PATH = "/v1";

    private final VertxProblems problems;
    private volatile boolean shuttingDown;

    public ShutdownFilter(VertxProblems problems) {
        this.problems = problems;
    }

    void refuseNewRequests(@Observes ShutdownDelayInitiatedEvent event) {
        shuttingDown = true;
    }

    void handle(RoutingContext context) {
        if (!shuttingDown || !isApi(context.normalizedPath())) {
            context.next();
            return;
        }
        problems.sendAndClose(context, HttpProblem.builder()
                .withType(Problems.type("shutting-down"))
                .withTitle("Shutting down")
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withDetail("This instance is shutting down and takes no new requests. Retry after "
                        + RETRY_AFTER_SECONDS + " s.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build());
    }

    private static boolean isApi(String path) {
        return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
    }
}
