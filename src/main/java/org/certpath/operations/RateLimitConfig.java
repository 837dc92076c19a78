package org.certpath.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Quotas per client: {@code certpath.rate-limit.*} in application.properties. */
@ConfigMapping(prefix = "certpath.rate-limit")
public interface RateLimitConfig {

    /** Requests per {@link #period()} for a client identified by its address. */
    @WithDefault("120")
    long anonymousRequests();

    /** Requests per {@link #period()} for a client presenting a valid API key (see org.certpath.security). */
    @WithDefault("1200")
    long keyedRequests();

    /** The window over which a full quota is restored, token by token. */
    @WithDefault("1M")
    Duration period();

    /** Addresses or CIDR ranges of the proxies whose {@code X-Forwarded-For} is believed. */
    Optional<List<String>> trustedProxies();

    /** Upper bound on the clients the in-memory store remembers, so that a flood of addresses cannot exhaust memory. */
    @WithDefault("100000")
    long maxTrackedClients();

    /** Where the buckets live: in this process, or in Redis, shared by every instance. */
    @WithDefault("memory")
    Store store();

    /**
     * How long a request waits for Redis before this instance answers from its own buckets. A few
     * milliseconds: Redis answers a script in well under one on a healthy network.
     */
    @WithDefault("10MS")
    Duration redisTimeout();

    enum Store {
        /** Each instance counts on its own (the default: nothing to install). */
        MEMORY,
        /** One count for all instances, in the Redis server of {@code quarkus.redis.hosts}. */
        REDIS
    }
}
