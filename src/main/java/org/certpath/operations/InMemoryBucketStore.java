package org.certpath.operations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Buckets in this process only: each instance behind a load balancer counts on its own. A bucket
 * left alone for a whole period has refilled completely, so forgetting it then loses nothing.
 */
@DefaultBean
@ApplicationScoped
public class InMemoryBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets;

    public InMemoryBucketStore(RateLimitConfig config) {
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(config.period())
                .maximumSize(config.maxTrackedClients())
                .build();
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota) {
        Bucket bucket = buckets.get(client, key -> newBucket(quota));
        return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
    }

    private static Bucket newBucket(BucketConfiguration quota) {
        LocalBucketBuilder builder = Bucket.builder();
        for (Bandwidth bandwidth : quota.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
