package org.certpath.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Locale;

/**
 * Says in readiness which store the rate limits use, and whether this instance has fallen back to
 * its own buckets. Always up: an instance without Redis still serves, with local quotas, and a load
 * balancer that took it out would turn a Redis outage into an API outage.
 */
@Readiness
@ApplicationScoped
public class RateLimitStoreCheck implements HealthCheck {

    static final String NAME = "Rate limit store";

    private final RateLimitConfig config;
    private final BucketStore store;

    public RateLimitStoreCheck(RateLimitConfig config, BucketStore store) {
        this.config = config;
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("store", config.store().name().toLowerCase(Locale.ROOT));
        if (store instanceof RedisBucketStore redis) {
            response.withData("fallbackToLocalBuckets", redis.usingLocalBuckets());
        }
        return response.build();
    }
}
