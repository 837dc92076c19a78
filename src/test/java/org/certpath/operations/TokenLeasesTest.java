package org.certpath.operations;

import io.github.bucket4j.ConsumptionProbe;
import org.certpath.operations.RedisTokenBucket.Reservation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches of tokens taken from the shared store, on a clock the test moves. */
class TokenLeasesTest {

    private static final String CLIENT = "address:203.0.113.7";
    private static final long LARGE_QUOTA = 1_000_000;
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    /** Starts near the end of the range of nanoTime, which may wrap while tokens are held. */
    private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - TokenLeases.LIFETIME.toNanos());
    private final TokenLeases leases = new TokenLeases(1000, now::get);

    @Test
    void shouldTakeSingleTokensForAClientThatIsSlow() {
        for (int request = 0; request < 3; request++) {
            assertTrue(leases.take(CLIENT).isEmpty());
            assertEquals(1, leases.batch(CLIENT, LARGE_QUOTA));
            leases.record(CLIENT, new Reservation(1, 100, 0, MINUTE));
            advance(TokenLeases.LIFETIME.plusMillis(1));
        }
    }

    @Test
    void shouldDoubleTheBatchWhileAClientIsBusyUpToTheLargest() {
        List<Long> batches = new ArrayList<>();
        for (int trip = 0; trip < 7; trip++) {
            long batch = leases.batch(CLIENT, LARGE_QUOTA);
            batches.add(batch);
            leases.record(CLIENT, new Reservation(batch, LARGE_QUOTA, 0, MINUTE));
            while (leases.take(CLIENT).isPresent()) {
                advance(Duration.ofMillis(1));
            }
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 32L), batches);
    }

    @Test
    void shouldKeepTheBatchSmallBesideTheQuota() {
        assertEquals(1, TokenLeases.maxBatch(5));
        assertEquals(2, TokenLeases.maxBatch(120));
        assertEquals(24, TokenLeases.maxBatch(1200));
        assertEquals(32, TokenLeases.maxBatch(1_000_000_000));
    }

    @Test
    void shouldCountHeldTokensAsRemaining() {
        ConsumptionProbe first = leases.record(CLIENT, new Reservation(4, 10, 0, MINUTE));
        assertTrue(first.isConsumed());
        assertEquals(13, first.getRemainingTokens());
        for (long remaining = 12; remaining >= 10; remaining--) {
            ConsumptionProbe held = leases.take(CLIENT).orElseThrow();
            assertTrue(held.isConsumed());
            assertEquals(remaining, held.getRemainingTokens());
        }
        assertTrue(leases.take(CLIENT).isEmpty(), "the batch is spent: the store is asked");
    }

    @Test
    void shouldDropHeldTokensOnceTheirLifetimeIsOver() {
        leases.record(CLIENT, new Reservation(8, 10, 0, MINUTE));
        advance(TokenLeases.LIFETIME);
        assertTrue(leases.take(CLIENT).isEmpty());
    }

    @Test
    void shouldRememberARefusalUntilTheNextTokenIsDue() {
        Duration untilNextToken = Duration.ofSeconds(2);
        ConsumptionProbe refused = leases.record(CLIENT, new Reservation(0, 0, untilNextToken.toNanos(), MINUTE));
        assertFalse(refused.isConsumed());
        advance(Duration.ofSeconds(1));
        ConsumptionProbe remembered = leases.take(CLIENT).orElseThrow();
        assertFalse(remembered.isConsumed());
        assertEquals(Duration.ofSeconds(1).toNanos(), remembered.getNanosToWaitForRefill());
        assertEquals(MINUTE - Duration.ofSeconds(1).toNanos(), remembered.getNanosToWaitForReset());
        advance(Duration.ofSeconds(1));
        assertTrue(leases.take(CLIENT).isEmpty(), "the next token is due: the store is asked");
    }

    /**
     * One instance in front of a store holding a fixed number of tokens: whatever the pace of the
     * requests, no more pass than the store gave, and none is refused while the store has tokens left.
     */
    @Test
    void shouldNeverPassMoreThanTheStoreGaveNorRefuseWhileItHasTokens() {
        Random random = new Random(20261130);
        for (int run = 0; run < 200; run++) {
            TokenLeases fresh = new TokenLeases(1000, now::get);
            long capacity = 1 + random.nextInt(5000);
            long left = capacity;
            long passed = 0;
            for (int request = 0; request < 2 * capacity; request++) {
                advance(Duration.ofNanos(random.nextLong(2 * TokenLeases.LIFETIME.toNanos())));
                Optional<ConsumptionProbe> held = fresh.take(CLIENT);
                ConsumptionProbe answer;
                if (held.isPresent()) {
                    answer = held.get();
                } else {
                    long taken = Math.min(fresh.batch(CLIENT, capacity), left);
                    long leftBefore = left;
                    left -= taken;
                    answer = fresh.record(CLIENT, new Reservation(taken, left, taken == 0 ? MINUTE : 0, MINUTE));
                    assertTrue(answer.isConsumed() || leftBefore == 0, "refused while the store had " + leftBefore);
                }
                if (answer.isConsumed()) {
                    passed++;
                }
            }
            assertTrue(passed <= capacity, passed + " passed of " + capacity);
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
