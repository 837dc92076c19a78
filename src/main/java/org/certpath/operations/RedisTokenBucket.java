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
 * A client's token bucket in Redis: one round trip per request, to {@code token-bucket.lua}, which
 * takes the token atomically on Redis's clock. The script is sent by its digest ({@code EVALSHA})
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

    /** Takes one token from {@code client}'s bucket, of the quota's capacity, refilled greedily as in memory. */
    Uni<ConsumptionProbe> tryConsume(String client, BucketConfiguration quota) {
        Bandwidth bandwidth = quota.getBandwidths()[0];
        // The time for the whole capacity to come back.
        double periodNanos = (double) bandwidth.getRefillPeriodNanos() * bandwidth.getCapacity() / bandwidth.getRefillTokens();
        String key = KEY_PREFIX + client;
        String period = Long.toString(Math.round(periodNanos / TimeUnit.MICROSECONDS.toNanos(1)));
        String tokens = Long.toString(bandwidth.getCapacity());
        return redis.send(Request.cmd(Command.EVALSHA).arg(digest).arg(1).arg(key).arg(tokens).arg(period))
                .onFailure(RedisTokenBucket::unknownScript)
                .recoverWithUni(() -> redis.send(Request.cmd(Command.EVAL).arg(script).arg(1).arg(key).arg(tokens).arg(period)))
                .map(RedisTokenBucket::probe);
    }

    private static ConsumptionProbe probe(Response answer) {
        long remaining = answer.get(1).toLong();
        long nanosToRefill = TimeUnit.MICROSECONDS.toNanos(answer.get(2).toLong());
        long nanosToReset = TimeUnit.MICROSECONDS.toNanos(answer.get(3).toLong());
        return answer.get(0).toInteger() == 1
                ? ConsumptionProbe.consumed(remaining, nanosToReset)
                : ConsumptionProbe.rejected(remaining, nanosToRefill, nanosToReset);
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
