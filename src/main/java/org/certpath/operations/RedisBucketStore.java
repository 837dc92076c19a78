package org.certpath.operations;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Buckets in Redis, shared by every instance, so that a client spread over N instances still gets
 * one quota. Redis trouble never fails a request: an answer that does not come within
 * {@code certpath.rate-limit.redis-timeout}, or an error, starts an outage in which this instance
 * answers from its own in-memory buckets (so a client may get up to N quotas meanwhile), tries
 * Redis again with one request a second, and goes back to it by itself.
 */
public class RedisBucketStore implements BucketStore {

    static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);
    static final String FALLBACK_GAUGE = "certpath.rate.limit.store.fallback";
    static final String OUTAGES_COUNTER = "certpath.rate.limit.store.outages";
    /** A bucket no client has (theirs are named {@code key:} or {@code address:}), gone a millisecond after. */
    private static final String WARM_UP_BUCKET = "warm-up";
    private static final BucketConfiguration WARM_UP_QUOTA = RateLimitFilter.quota(1, Duration.ofMillis(1));
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(RedisBucketStore.class);

    private final RedisTokenBucket redis;
    private final InMemoryBucketStore local;
    private final Duration timeout;
    private final StoreOutage outage = new StoreOutage(RETRY_INTERVAL, System::nanoTime);
    private final Counter outages;
    private volatile long outageStartedNanos;

    RedisBucketStore(Redis redis, InMemoryBucketStore local, Duration timeout, MeterRegistry registry) {
        this.redis = new RedisTokenBucket(redis);
        this.local = local;
        this.timeout = timeout;
        Gauge.builder(FALLBACK_GAUGE, outage, o -> o.isDown() ? 1 : 0)
                .description("1 while Redis is unavailable and this instance limits with its own buckets")
                .register(registry);
        this.outages = Counter.builder(OUTAGES_COUNTER)
                .description("Redis outages after which this instance limited with its own buckets")
                .register(registry);
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota) {
        StoreOutage.Attempt attempt = outage.attempt();
        if (attempt == StoreOutage.Attempt.SKIP) {
            return local.tryConsume(client, quota);
        }
        return redis.tryConsume(client, quota)
                .ifNoItem().after(timeout).fail()
                .onItemOrFailure().transformToUni((probe, failure) -> {
                    if (failure == null) {
                        if (outage.succeeded(attempt) == StoreOutage.Transition.ENDED) {
                            LOG.infof("Redis answers again: rate limits are shared again after %d ms of local buckets",
                                    Duration.ofNanos(System.nanoTime() - outageStartedNanos).toMillis());
                        }
                        return Uni.createFrom().item(probe);
                    }
                    failed(failure);
                    return Uni.createFrom().completionStage(local.tryConsume(client, quota));
                })
                .subscribeAsCompletionStage();
    }

    /**
     * Opens the connection and loads the script before the first request, which would otherwise pay
     * for both (and for the first run of this code) within the timeout of a few milliseconds. Redis
     * down at start is an outage like any other.
     */
    void warmUp() {
        redis.tryConsume(WARM_UP_BUCKET, WARM_UP_QUOTA)
                .ifNoItem().after(WARM_UP_TIMEOUT).fail()
                .subscribe().with(probe -> LOG.debug("Redis answers: rate limits are shared"), this::failed);
    }

    private void failed(Throwable failure) {
        if (outage.failed() == StoreOutage.Transition.STARTED) {
            outageStartedNanos = System.nanoTime();
            outages.increment();
            LOG.warnf("Redis is unavailable (%s): this instance limits with its own buckets, trying Redis again every %d s",
                    describe(failure), RETRY_INTERVAL.toSeconds());
        }
    }

    /** Whether this instance currently limits with its own buckets. */
    boolean usingLocalBuckets() {
        return outage.isDown();
    }

    private String describe(Throwable failure) {
        return failure instanceof TimeoutException
                ? "no answer within " + timeout.toMillis() + " ms"
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
