package org.certpath.operations;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.certpath.operations.RedisTokenBucket.Reservation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Lua token bucket against Bucket4j's in-memory bucket of the same quota: the same requests pass,
 * with the same remaining tokens and the same waits (to the scheduling noise of two calls), so the
 * headers and 429s do not depend on the store. Runs the script in a private {@code redis-server}.
 */
class RedisTokenBucketTest {

    private static final Duration NOISE = Duration.ofMillis(100);
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);

    private static RedisServer server;
    private static Vertx vertx;
    private static Redis redis;
    private static RedisTokenBucket bucket;

    @BeforeAll
    static void start() throws Exception {
        server = RedisServer.start(Path.of("target", "redis-token-bucket-test-redis.log"));
        vertx = Vertx.vertx();
        redis = Redis.createClient(vertx, server.uri());
        bucket = new RedisTokenBucket(redis);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        redis.close();
        vertx.closeAndAwait();
        server.close();
    }

    @Test
    void shouldCountLikeTheInMemoryBucketWithAFractionalInterval() {
        // One token back every 8.571428... s: the interval is no whole number of microseconds.
        assertSameAnswers(RateLimitFilter.quota(7, Duration.ofMinutes(1)), 9);
    }

    @Test
    void shouldCountEveryTokenOfALargeQuota() {
        // The keyed default's size, refilled slowly enough that no token comes back during the burst.
        assertSameAnswers(RateLimitFilter.quota(1200, Duration.ofHours(100)), 1201);
    }

    @Test
    void shouldForgetABucketOnceItIsFullAgain() throws InterruptedException {
        String client = client();
        consume(client, RateLimitFilter.quota(2, Duration.ofMillis(400)));
        long ttl = send(Request.cmd(Command.PTTL).arg(key(client))).toLong();
        assertTrue(ttl > 0 && ttl <= 200, "a bucket one token short is kept until that token is back: PTTL " + ttl);
        Thread.sleep(ttl + 50);
        assertEquals(0, send(Request.cmd(Command.EXISTS).arg(key(client))).toInteger());
    }

    @Test
    void shouldSendTheScriptAgainWhenRedisHasForgottenIt() {
        send(Request.cmd(Command.SCRIPT).arg("FLUSH"));
        ConsumptionProbe probe = consume(client(), RateLimitFilter.quota(3, Duration.ofMinutes(1)));
        assertTrue(probe.isConsumed());
        assertEquals(2, probe.getRemainingTokens());
    }

    @Test
    void shouldTakeABatchOnlyAsLargeAsWhatIsLeft() {
        String client = client();
        BucketConfiguration quota = RateLimitFilter.quota(5, Duration.ofHours(1));
        Reservation first = bucket.reserve(client, quota, 3).await().atMost(ANSWER_BOUND);
        assertEquals(3, first.taken());
        assertEquals(2, first.remaining());
        Reservation second = bucket.reserve(client, quota, 3).await().atMost(ANSWER_BOUND);
        assertEquals(2, second.taken());
        assertEquals(0, second.remaining());
        Reservation refused = bucket.reserve(client, quota, 1).await().atMost(ANSWER_BOUND);
        assertEquals(0, refused.taken());
        // One token back every 720 s, counted from the first batch.
        assertClose(Duration.ofSeconds(720).toNanos(), refused.nanosToRefill(), "until the next token");
        assertClose(Duration.ofHours(1).toNanos(), refused.nanosToReset(), "until full");
    }

    private static void assertSameAnswers(BucketConfiguration quota, int requests) {
        String client = client();
        Bucket local = Bucket.builder().addLimit(quota.getBandwidths()[0]).build();
        for (int i = 0; i < requests; i++) {
            ConsumptionProbe expected = local.tryConsumeAndReturnRemaining(1);
            ConsumptionProbe actual = consume(client, quota);
            String request = "request " + (i + 1) + ": ";
            assertEquals(expected.isConsumed(), actual.isConsumed(), request + "consumed");
            assertEquals(expected.getRemainingTokens(), actual.getRemainingTokens(), request + "remaining");
            assertClose(expected.getNanosToWaitForReset(), actual.getNanosToWaitForReset(), request + "until full");
            assertClose(expected.getNanosToWaitForRefill(), actual.getNanosToWaitForRefill(), request + "until the next token");
        }
    }

    private static void assertClose(long expectedNanos, long actualNanos, String what) {
        assertTrue(Math.abs(expectedNanos - actualNanos) <= NOISE.toNanos(),
                what + ": " + Duration.ofNanos(actualNanos) + " in Redis, " + Duration.ofNanos(expectedNanos) + " in memory");
    }

    private static ConsumptionProbe consume(String client, BucketConfiguration quota) {
        return bucket.tryConsume(client, quota).await().atMost(ANSWER_BOUND);
    }

    private static Response send(Request request) {
        return redis.send(request).await().atMost(ANSWER_BOUND);
    }

    private static String client() {
        return "address:test-" + UUID.randomUUID();
    }

    private static String key(String client) {
        return RedisTokenBucket.KEY_PREFIX + client;
    }
}
