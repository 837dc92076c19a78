package org.certpath.operations;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A client's token bucket in Redis: one round trip to {@code token-bucket.lua}, which takes one or
 * several tokens atomically on Redis's clock. The script is sent by its digest ({@code EVALSHA})
 * and in full only when Redis does not know it (after a restart).
 */
final class RedisTokenBucket {

    private static final String SCRIPT_RESOURCE = "token-bucket.lua";
    static final String KEY_PREFIX = "certpath:rate-limit:";
    private static final String UNKNOWN_SCRIPT = "NOSCRIPT";

    private final Redis redis;
    private final String script;
    private final String digest;

    RedisTokenBucket(Redis redis) {
        this.redis = redis;
        this.script = readScript();
        this.digest = sha1(script);
    }

    /** What one trip took from a bucket, and what the bucket holds after it. */
    record Reservation(long taken, long remaining, long nanosToRefill, long nanosToReset) {

        /** The answer to the one request that asked for this reservation's first token. */
        ConsumptionProbe probe() {
            return taken > 0
                    ? ConsumptionProbe.consumed(remaining + taken - 1, nanosToReset)
                    : ConsumptionProbe.rejected(remaining, nanosToRefill, nanosToReset);
        }
    }

    /** Takes one token from {@code client}'s bucket, of the quota's capacity, refilled greedily as in memory. */
    Uni<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota) {
        return reserve(client, quota, 1).map(Reservation::probe);
    }

    /** Takes up to {@code wanted} tokens from {@code client}'s bucket: as many as it holds, or none. */
    Uni<Reservation> reserve(String client, BucketConfiguration quota, long wanted) {
        Bandwidth bandwidth = quota.getBandwidths()[0];
        // The time for the whole capacity to come back.
        double periodNanos = (double) bandwidth.getRefillPeriodNanos() * bandwidth.getCapacity() / bandwidth.getRefillTokens();
        String key = KEY_PREFIX + client;
        String period = Long.toString(Math.round(periodNanos / TimeUnit.MICROSECONDS.toNanos(1)));
        String tokens = Long.toString(bandwidth.getCapacity());
        String count = Long.toString(wanted);
        return redis.send(Request.cmd(Command.EVALSHA).arg(digest).arg(1).arg(key).arg(tokens).arg(period).arg(count))
                .onFailure(RedisTokenBucket::unknownScript)
                .recoverWithUni(() -> redis.send(
                        Request.cmd(Command.EVAL).arg(script).arg(1).arg(key).arg(tokens).arg(period).arg(count)))
                .map(RedisTokenBucket::reservation);
    }

    private static Reservation reservation(Response answer) {
        return new Reservation(answer.get(0).toLong(), answer.get(1).toLong(),
                TimeUnit.MICROSECONDS.toNanos(answer.get(2).toLong()), TimeUnit.MICROSECONDS.toNanos(answer.get(3).toLong()));
    }

    private static boolean unknownScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith(UNKNOWN_SCRIPT);
    }

    private static String readScript() {
        try (InputStream in = RedisTokenBucket.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digest Redis names a script by. */
    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-1", e);
        }
    }
}
