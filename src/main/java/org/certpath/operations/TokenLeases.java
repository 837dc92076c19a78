package org.certpath.operations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Tokens this instance has taken from the shared store ahead of a client's next requests, so that a
 * client sending fast costs one round trip per batch instead of one per request. A client that has
 * just had a batch gets one twice as large next time, up to {@link #maxBatch}; one that is slow gets
 * single tokens, and so is counted exactly. Tokens not used within {@link #LIFETIME} are dropped
 * (still spent in the store, they come back with the bucket's refill). A refusal is remembered until
 * the next token is due, so that a client over its quota does not cost a trip per request either.
 * <p>
 * The cost, stated in the README: in any window a client may pass its quota by the tokens the
 * instances held unspent at its start (at most {@link #maxBatch} each, plus one per concurrent trip),
 * and may be refused while another instance still holds tokens of its, for at most {@link #LIFETIME}.
 * Pure logic: the clock is given, in nanoseconds.
 */
final class TokenLeases {

    static final Duration LIFETIME = Duration.ofMillis(250);
    /** The largest batch, whatever the quota: a few dozen requests per trip is all throughput needs. */
    static final long MAX_BATCH = 32;
    /** The largest batch as a share of the quota, so that what may be held unspent stays small beside it. */
    static final double MAX_SHARE_OF_QUOTA = 0.02;

    private final Cache<String, Lease> leases;
    private final LongSupplier clock;

    TokenLeases(long maxClients, LongSupplier clock) {
        this.clock = clock;
        // Forgetting a lease loses at most a batch and a remembered refusal: the store is asked again.
        this.leases = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(LIFETIME.multipliedBy(4)).build();
    }

    /** The largest batch for a quota of {@code capacity}: single tokens for small quotas, counted exactly. */
    static long maxBatch(long capacity) {
        return Math.max(1, Math.min(MAX_BATCH, (long) (capacity * MAX_SHARE_OF_QUOTA)));
    }

    /** This request answered from what the instance holds for the client, or empty when the store must be asked. */
    Optional<ConsumptionProbe> take(String client) {
        Lease lease = leases.getIfPresent(client);
        return lease == null ? Optional.empty() : lease.take(clock.getAsLong());
    }

    /** How many tokens to ask the store for, for a request {@link #take} could not answer. */
    long batch(String client, long capacity) {
        return leases.get(client, key -> new Lease()).nextBatch(clock.getAsLong(), maxBatch(capacity));
    }

    /** Keeps what the store gave beyond this request's token, and answers this request. */
    ConsumptionProbe record(String client, RedisTokenBucket.Reservation reservation) {
        return leases.get(client, key -> new Lease()).record(clock.getAsLong(), reservation);
    }

    private static final class Lease {

        private long tokens;
        private long expiresAt;
        private long lastBatchAt;
        private long lastBatch;
        private boolean batched;
        /** What the store said it had left after the last batch. */
        private long storeRemaining;
        private long fullAt;
        private boolean refused;
        private long refusedUntil;

        synchronized Optional<ConsumptionProbe> take(long now) {
            // Compared by difference: nanoTime may be negative and may wrap.
            if (tokens > 0 && now - expiresAt < 0) {
                tokens--;
                return Optional.of(ConsumptionProbe.consumed(storeRemaining + tokens, untilFull(now)));
            }
            if (refused && now - refusedUntil < 0) {
                return Optional.of(ConsumptionProbe.rejected(0, refusedUntil - now, untilFull(now)));
            }
            return Optional.empty();
        }

        synchronized long nextBatch(long now, long maxBatch) {
            boolean busy = batched && now - lastBatchAt < LIFETIME.toNanos();
            lastBatch = busy ? Math.min(maxBatch, lastBatch * 2) : 1;
            return lastBatch;
        }

        synchronized ConsumptionProbe record(long now, RedisTokenBucket.Reservation reservation) {
            fullAt = now + reservation.nanosToReset();
            if (reservation.taken() == 0) {
                refused = true;
                refusedUntil = now + reservation.nanosToRefill();
                return reservation.probe();
            }
            refused = false;
            tokens = (now - expiresAt < 0 ? tokens : 0) + reservation.taken() - 1;
            expiresAt = now + LIFETIME.toNanos();
            batched = true;
            lastBatchAt = now;
            storeRemaining = reservation.remaining();
            return ConsumptionProbe.consumed(storeRemaining + tokens, reservation.nanosToReset());
        }

        private long untilFull(long now) {
            return Math.max(0, fullAt - now);
        }
    }
}
