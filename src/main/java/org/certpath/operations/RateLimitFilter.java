package org.certpath.operations;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Problems;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Takes one token per request from the client's bucket and says so in the {@code RateLimit-*}
 * headers; an empty bucket answers 429 with {@code Retry-After}. Health probes are never limited:
 * a load balancer that is refused would take a healthy instance out of service.
 */
@ApplicationScoped
public class RateLimitFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    private static final String EXEMPT_PREFIX = "/q/health";
    private static final URI RATE_LIMITED = Problems.type("rate-limited");
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final BucketStore store;
    private final ClientResolver clients;
    private final VertxProblems problems;
    private final BucketConfiguration anonymous;
    private final BucketConfiguration keyed;

    public RateLimitFilter(BucketStore store, ClientResolver clients, VertxProblems problems, RateLimitConfig config) {
        this.store = store;
        this.clients = clients;
        this.problems = problems;
        this.anonymous = quota(config.anonymousRequests(), config.period());
        this.keyed = quota(config.keyedRequests(), config.period());
    }

    void handle(RoutingContext context) {
        if (context.normalizedPath().startsWith(EXEMPT_PREFIX)) {
            context.next();
            return;
        }
        ClientResolver.Client client = clients.resolve(context.request());
        BucketConfiguration quota = client.keyed() ? keyed : anonymous;
        // The answer comes back on this request's context, a turn later: hold the body until then.
        context.request().pause();
        Future.fromCompletionStage(store.tryConsume(client.bucket(), quota), Vertx.currentContext())
                .onComplete(result -> {
                    context.request().resume();
                    if (result.succeeded()) {
                        decide(context, quota, result.result());
                    } else {
                        // Failing open: a broken shared store must not take the whole API down with it.
                        LOG.warn("Rate limit store failed; request let through", result.cause());
                        context.next();
                    }
                });
    }

    private void decide(RoutingContext context, BucketConfiguration quota, ConsumptionProbe probe) {
        HttpServerResponse response = context.response();
        response.putHeader(LIMIT, Long.toString(quota.getBandwidths()[0].getCapacity()));
        response.putHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
        response.putHeader(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        problems.send(context, HttpProblem.builder()
                .withType(RATE_LIMITED)
                .withTitle("Too many requests")
                .withStatus(429)
                .withDetail("The request quota of this client is used up; retry after " + retryAfter + " s.")
                .withHeader("Retry-After", retryAfter)
                .build());
    }

    /** The quota of a client: {@code requests} at once, each coming back after {@code period / requests}. */
    static BucketConfiguration quota(long requests, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period))
                .build();
    }

    /** Whole seconds, rounded up so that a client waiting that long is never early. */
    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
