package org.certpath.operations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Buckets in this process only: each instance behind a load balancer counts on its own. The store
 * of {@code certpath.rate-limit.store=memory}, and the local buckets of the Redis store while Redis
 * is unavailable (see {@link BucketStores}).
 * <p>
 * A bucket is forgotten exactly when it has refilled completely: a full bucket is what a new
 * client gets, so forgetting it loses nothing, while a bucket with tokens used (above all an
 * empty one) is never dropped early. The number of clients remembered is bounded; a client that
 * arrives while the store is full of partly used buckets shares one overflow bucket of its quota
 * with every other such client, instead of pushing out what the store holds. So a flood of new
 * addresses can neither grow memory without bound nor reset the bucket of a client it exhausted.
 */
@ApplicationScoped
@Typed(InMemoryBucketStore.class)
public class InMemoryBucketStore implements BucketStore {

    private record Tracked(Bucket bucket, long capacity) {
    }

    private final Cache<String, Tracked> buckets;
    private final ConcurrentMap<BucketConfiguration, Bucket> overflow = new ConcurrentHashMap<>();
    private final long maxTracked;

    public InMemoryBucketStore(RateLimitConfig config) {
        long periodNanos = config.period().toNanos();
        this.maxTracked = config.maxTrackedClients();
        this.buckets = Caffeine.newBuilder()
                .expireAfter(new UntilFull(periodNanos))
                .build();
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota) {
        Tracked tracked = buckets.getIfPresent(client);
        if (tracked == null && buckets.estimatedSize() >= maxTracked) {
            buckets.cleanUp();
        }
        Bucket bucket;
        if (tracked != null) {
            bucket = tracked.bucket();
        } else if (buckets.estimatedSize() >= maxTracked) {
            bucket = overflow.computeIfAbsent(quota, InMemoryBucketStore::newBucket);
        } else {
            bucket = buckets.get(client, key -> new Tracked(newBucket(quota), capacity(quota))).bucket();
        }
        return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
    }

    private static Bucket newBucket(BucketConfiguration quota) {
        LocalBucketBuilder builder = Bucket.builder();
        for (Bandwidth bandwidth : quota.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }

    private static long capacity(BucketConfiguration quota) {
        long capacity = Long.MAX_VALUE;
        for (Bandwidth bandwidth : quota.getBandwidths()) {
            capacity = Math.min(capacity, bandwidth.getCapacity());
        }
        return capacity;
    }

    /**
     * Keeps a bucket until it is full again: the tokens it lacks, plus the one about to be taken
     * (expiry is computed as the bucket is looked up, just before the request consumes), each
     * coming back in one period divided by the capacity.
     */
    private record UntilFull(long periodNanos) implements Expiry<String, Tracked> {

        private long untilFull(Tracked tracked) {
            long missing = tracked.capacity() - Math.max(0, tracked.bucket().getAvailableTokens()) + 1;
            return (long) (Math.min(1.0, (double) missing / tracked.capacity()) * periodNanos);
        }

        @Override
        public long expireAfterCreate(String client, Tracked tracked, long now) {
            return untilFull(tracked);
        }

        @Override
        public long expireAfterUpdate(String client, Tracked tracked, long now, long remaining) {
            return untilFull(tracked);
        }

        @Override
        public long expireAfterRead(String client, Tracked tracked, long now, long remaining) {
            return untilFull(tracked);
        }
    }
}
