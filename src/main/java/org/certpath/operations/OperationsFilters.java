package org.certpath.operations;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Registers the route filters in the order they must run (higher first): the request id before
 * anything can log, the headers before anything can answer, and the cheap refusals before any
 * work is done, the rate limit first among them so that every answer carries its headers.
 */
@ApplicationScoped
public class OperationsFilters {

    private final BodySizeFilter bodySize;
    private final RateLimitFilter rateLimit;

    public OperationsFilters(BodySizeFilter bodySize, RateLimitFilter rateLimit) {
        this.bodySize = bodySize;
        this.rateLimit = rateLimit;
    }

    void register(@Observes Filters filters) {
        filters.register(RequestIdFilter::handle, 400);
        filters.register(SecurityHeadersFilter::handle, 300);
        filters.register(rateLimit::handle, 200);
        filters.register(bodySize::handle, 100);
    }
}
