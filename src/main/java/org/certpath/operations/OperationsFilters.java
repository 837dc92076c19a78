package org.certpath.operations;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Registers the route filters in the order they must run (higher first): the request id before
 * anything can log, and what the access log writes of the URL (secrets redacted) before anything
 * can answer; the headers before anything can answer, the judgement of cross-origin writes before
 * Quarkus's CORS filter (priority 300) would refuse them without a body, and the cheap refusals
 * before any work is done: first that of an instance shutting down, which costs the client no
 * quota, then the rate limit, so that every other answer carries its headers, then a key sent in
 * the URL.
 */
@ApplicationScoped
public class OperationsFilters {

    private final ShutdownFilter shutdown;
    private final BodySizeFilter bodySize;
    private final RateLimitFilter rateLimit;
    private final CrossOriginWriteFilter crossOriginWrites;
    private final QuerySecretsFilter querySecrets;

    public OperationsFilters(ShutdownFilter shutdown, BodySizeFilter bodySize, RateLimitFilter rateLimit,
                             CrossOriginWriteFilter crossOriginWrites, QuerySecretsFilter querySecrets) {
        this.querySecrets = querySecrets;
        this.shutdown = shutdown;
        this.bodySize = bodySize;
        this.rateLimit = rateLimit;
        this.crossOriginWrites = crossOriginWrites;
    }

    void register(@Observes Filters filters) {
        filters.register(RequestIdFilter::handle, 400);
        filters.register(QuerySecretsFilter::record, 375);
        filters.register(SecurityHeadersFilter::handle, 350);
        filters.register(crossOriginWrites::handle, 325);
        filters.register(shutdown::handle, 250);
        filters.register(rateLimit::handle, 200);
        filters.register(querySecrets::refuse, 150);
        filters.register(bodySize::handle, 100);
    }
}
