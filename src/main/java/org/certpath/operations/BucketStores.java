package org.certpath.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.redis.client.Redis;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The bucket store of {@code certpath.rate-limit.store}. The Redis client is looked up only for the
 * Redis store: without {@code quarkus.redis.hosts} Quarkus leaves it inactive, which the in-memory
 * store never notices, and the Redis store refuses to start naming the key. Created at start (a
 * singleton, injected into the filters), so that a misconfiguration shows before the first request;
 * creating the client opens no connection, so Redis need not be up then.
 */
@Singleton
public class BucketStores {

    @Produces
    @Singleton
    BucketStore bucketStore(RateLimitConfig config, InMemoryBucketStore local, InjectableInstance<Redis> redis,
                            MeterRegistry registry) {
        return switch (config.store()) {
            case MEMORY -> local;
            case REDIS -> new RedisBucketStore(redis.get(), local, config.redisTimeout(), config.maxTrackedClients(),
                    registry);
        };
    }

    void warmUp(@Observes StartupEvent start, BucketStore store) {
        if (store instanceof RedisBucketStore redis) {
            redis.warmUp();
        }
    }
}
