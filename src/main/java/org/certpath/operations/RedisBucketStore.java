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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Buckets in Redis, shared by every instance, so that a client spread over N instances still gets
 * one quota. A client sending fast takes its tokens in batches ({@link TokenLeases}), so that Redis
 * costs a round trip per batch rather than per request. Redis trouble never fails a request: a request whose answer does not come within
 * {@code certpath.rate-limit.redis-timeout}, or fails, is answered from this instance's in-memory
 * buckets; a few such failures in a row start an outage (see {@link StoreOutage}), in which every
 * request is answered locally (so a client may get up to N quotas meanwhile), one request a second
 * tries Redis again, and the first that succeeds goes back to it.
 */
final class RedisBucketStore implements BucketStore {

    /** Failures in a row that make an outage; fewer are answered locally one by one. */
    static final int FAILURES_TO_START_OUTAGE = 3;
    static final Duration RETRY_INTERVAL = Duration.ofSeconds(1);
    static final String FALLBACK_GAUGE = "certpath.rate.limit.store.fallback";
    static final String OUTAGES_COUNTER = "certpath.rate.limit.store.outages";
    static final String LOCAL_ANSWERS_COUNTER = "certpath.rate.limit.store.local.answers";
    /** A bucket no client has (theirs are named {@code key:} or {@code address:}), gone a millisecond after. */
    private static final String WARM_UP_BUCKET = "warm-up";
    private static final BucketConfiguration WARM_UP_QUOTA = RateLimitFilter.quota(1, Duration.ofMillis(1));
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(RedisBucketStore.class);

    private final RedisTokenBucket redis;
    private final TokenLeases leases;
    private final InMemoryBucketStore local;
    private final Duration timeout;
    private final StoreOutage outage = new StoreOutage(FAILURES_TO_START_OUTAGE, RETRY_INTERVAL, System::nanoTime);
    private final Counter outages;
    private final Counter localAnswers;
    private volatile long outageStartedNanos;

    RedisBucketStore(Redis redis, InMemoryBucketStore local, Duration timeout, long maxClients, MeterRegistry registry) {
        this.redis = new RedisTokenBucket(redis);
        this.leases = new TokenLeases(maxClients, System::nanoTime);
        this.local = local;
        this.timeout = timeout;
        Gauge.builder(FALLBACK_GAUGE, outage, o -> o.isDown() ? 1 : 0)
                .description("1 while Redis is unavailable and this instance limits with its own buckets")
                .register(registry);
        this.outages = Counter.builder(OUTAGES_COUNTER)
                .description("Redis outages after which this instance limited with its own buckets")
                .register(registry);
        this.localAnswers = Counter.builder(LOCAL_ANSWERS_COUNTER)
                .description("Requests this instance limited with its own buckets, because Redis failed or was slow")
                .register(registry);
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota) {
        Optional<ConsumptionProbe> held = leases.take(client);
        if (held.isPresent()) {
            return CompletableFuture.completedFuture(held.get());
        }
        StoreOutage.Attempt attempt = outage.attempt();
        if (attempt == StoreOutage.Attempt.SKIP) {
            return answerLocally(client, quota);
        }
        long batch = leases.batch(client, quota.getBandwidths()[0].getCapacity());
        return redis.reserve(client, quota, batch)
                .ifNoItem().after(timeout).fail()
                .onItemOrFailure().transformToUni((reservation, failure) -> {
                    if (failure == null) {
                        if (outage.succeeded(attempt) == StoreOutage.Transition.ENDED) {
                            LOG.infof("Redis answers again: rate limits are shared again after %d ms of local buckets",
                                    Duration.ofNanos(System.nanoTime() - outageStartedNanos).toMillis());
                        }
                        return Uni.createFrom().item(leases.record(client, reservation));
                    }
                    failed(failure);
                    return Uni.createFrom().completionStage(answerLocally(client, quota));
                })
                .subscribeAsCompletionStage();
    }

    /**
     * Opens the connection and loads the script before the first request, which would otherwise pay
     * for both (and for the first run of this code) within the timeout of a few milliseconds. If it
     * fails, that counts as one failure towards an outage, like a request's.
     */
    void warmUp() {
        redis.tryConsume(WARM_UP_BUCKET, WARM_UP_QUOTA)
                .ifNoItem().after(WARM_UP_TIMEOUT).fail()
                .subscribe().with(probe -> LOG.debug("Redis answers: rate limits are shared"), this::failed);
    }

    private CompletionStage<ConsumptionProbe> answerLocally(String client, BucketConfiguration quota) {
        localAnswers.increment();
        return local.tryConsume(client, quota);
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
