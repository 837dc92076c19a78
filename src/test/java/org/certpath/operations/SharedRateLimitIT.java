package org.certpath.operations;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.certpath.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two instances of the packaged application on one PostgreSQL database and one Redis, as behind a
 * load balancer: one quota per client across both, data written through one seen through the other,
 * and a Redis outage survived with local buckets and no error. Redis is a private server of this
 * test, so that it can be killed; the database is the one of {@code QUARKUS_DATASOURCE_JDBC_URL},
 * or else an embedded one. Each test is its own client, through {@code X-Forwarded-For} (the local
 * address is a trusted proxy here).
 */
class SharedRateLimitIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path REDIS_LOG = Path.of("target", "shared-rate-limit-it-redis.log");
    private static final String ADMIN_KEY = "shared-rate-limit-it-admin-key-0123456789";
    /** Small, and refilled so slowly (one request every 12 minutes) that no token returns during a test. */
    private static final int QUOTA = 5;
    private static final String PERIOD = "1H";
    /**
     * Longer than production's few milliseconds: this proves sharing, and a busy CI machine must not
     * turn a slow answer into a fallback that would make a client's quota double.
     */
    private static final String REDIS_TIMEOUT = "250MS";
    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration STEP_BOUND = Duration.ofSeconds(10);
    private static final Duration PROPAGATION_BOUND = Duration.ofSeconds(1);
    /** Redis answers nothing this long; a request waits for it at most REDIS_TIMEOUT. */
    private static final Duration STALL = Duration.ofSeconds(5);
    private static final Duration SLOW_ANSWER = Duration.ofMillis(700);
    private static final String OUTAGE_STARTED = "Redis is unavailable";
    private static final String OUTAGE_ENDED = "Redis answers again";

    /** Clients whose requests only give an instance the occasion to try Redis again. */
    private static final AtomicInteger PROBE_CLIENTS = new AtomicInteger();

    private static RedisServer redis;
    private static Node a;
    private static Node b;

    /** One running instance: its process, its output and how to call it. */
    private record Node(String name, Process process, Path log, RequestSpecification api, RequestSpecification raw) {

        RequestSpecification as(String client) {
            return given(api).header("X-Forwarded-For", client);
        }

        boolean usesLocalBuckets() {
            Response ready = given(api).when().get("/q/health/ready");
            Boolean fallback = ready.path("checks.find { it.name == '" + RateLimitStoreCheck.NAME + "' }.data.fallbackToLocalBuckets");
            return Boolean.TRUE.equals(fallback);
        }

        long occurrences(String text) throws IOException {
            return Files.readAllLines(log).stream().filter(line -> line.contains(text)).count();
        }

        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @RegisterExtension
    final TestWatcher printLogsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (Node node : List.of(a, b)) {
                try {
                    System.err.println("Output of instance " + node.name() + " (" + node.log() + "):\n" + Files.readString(node.log()));
                } catch (IOException e) {
                    System.err.println("No output of instance " + node.name() + " at " + node.log());
                }
            }
        }
    };

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: run ./mvnw verify, which packages before this test");
        Files.deleteIfExists(REDIS_LOG);
        redis = RedisServer.start(REDIS_LOG);
        Map<String, String> env = new HashMap<>();
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", EmbeddedDatabase.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        }
        env.put("CERTPATH_RATE_LIMIT_STORE", "redis");
        env.put("QUARKUS_REDIS_HOSTS", redis.uri());
        env.put("CERTPATH_RATE_LIMIT_REDIS_TIMEOUT", REDIS_TIMEOUT);
        env.put("CERTPATH_RATE_LIMIT_ANONYMOUS_REQUESTS", Integer.toString(QUOTA));
        env.put("CERTPATH_RATE_LIMIT_KEYED_REQUESTS", "100000");
        env.put("CERTPATH_RATE_LIMIT_PERIOD", PERIOD);
        env.put("CERTPATH_RATE_LIMIT_TRUSTED_PROXIES", "127.0.0.0/8");
        env.put("CERTPATH_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
        // One after the other: the first migrates a fresh database, the second finds it ready.
        a = startNode("a", env);
        b = startNode("b", env);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void shouldLimitAClientAlternatingBetweenInstancesToOneQuota() {
        assertOneQuotaAcrossInstances("203.0.113.10");
    }

    @Test
    void shouldShowAWriteThroughOneInstanceThroughTheOtherWithinOneSecond() throws InterruptedException {
        String path = "/v1/organizations/ahima";
        String editor = given(a.api()).header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json")
                .body(Map.of("name", "shared rate limit test " + UUID.randomUUID(), "role", "editor"))
                .when().post("/v1/api-keys")
                .then().statusCode(201)
                .extract().path("key");
        Response before = asAdmin(b).when().get(path).then().statusCode(200).extract().response();
        String originalName = before.path("name");
        String newName = originalName + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
        try {
            rename(a, editor, path, newName);
            Instant written = Instant.now();
            Response after = asAdmin(b).when().get(path);
            while (!newName.equals(after.path("name")) && Duration.between(written, Instant.now()).compareTo(PROPAGATION_BOUND) < 0) {
                Thread.sleep(20);
                after = asAdmin(b).when().get(path);
            }
            assertEquals(200, after.statusCode());
            assertEquals(newName, after.path("name"), "the name written through a, read through b within "
                    + PROPAGATION_BOUND.toMillis() + " ms");
            assertNotEquals(before.header("ETag"), after.header("ETag"), "b's ETag after the write through a");
        } finally {
            rename(a, editor, path, originalName);
        }
    }

    @Test
    void shouldFallBackToLocalBucketsWithoutAnErrorWhileRedisIsDownAndShareAgainOnceItIsBack() throws Exception {
        long warningsBefore = a.occurrences(OUTAGE_STARTED) + b.occurrences(OUTAGE_STARTED);
        long recoveriesBefore = a.occurrences(OUTAGE_ENDED) + b.occurrences(OUTAGE_ENDED);
        redis.kill();
        try {
            // Each instance now counts on its own: the client gets a quota from each, and never a 5xx.
            List<Integer> statuses = alternate("203.0.113.20", 4 * QUOTA);
            assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 429), "statuses " + statuses);
            assertEquals(2 * QUOTA, statuses.stream().filter(status -> status == 200).count(), "successes in " + statuses);
            for (Node node : List.of(a, b)) {
                assertTrue(node.usesLocalBuckets(), node.name() + " says in readiness that it uses its own buckets");
                given(node.api()).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
                given(node.raw()).header("Authorization", "Bearer " + ADMIN_KEY)
                        .when().get("/q/metrics")
                        .then().statusCode(200)
                        .body(containsString("certpath_rate_limit_store_fallback 1.0"));
            }
        } finally {
            redis.start();
        }
        for (Node node : List.of(a, b)) {
            // A request at most every second tries Redis again; the store is empty after the restart.
            await(node, "Redis to be used again", () -> {
                node.as("198.51.100." + PROBE_CLIENTS.incrementAndGet()).when().get("/v1");
                return !node.usesLocalBuckets();
            });
            given(node.raw()).header("Authorization", "Bearer " + ADMIN_KEY)
                    .when().get("/q/metrics")
                    .then().statusCode(200)
                    .body(containsString("certpath_rate_limit_store_fallback 0.0"));
        }
        assertOneQuotaAcrossInstances("203.0.113.30");
        assertEquals(warningsBefore + 2, a.occurrences(OUTAGE_STARTED) + b.occurrences(OUTAGE_STARTED),
                "one warning per instance for the outage");
        assertEquals(recoveriesBefore + 2, a.occurrences(OUTAGE_ENDED) + b.occurrences(OUTAGE_ENDED),
                "one notice per instance for the recovery");
    }

    @Test
    void shouldAnswerWithinTheTimeoutFromLocalBucketsWhileRedisIsSlow() throws Exception {
        long warningsBefore = a.occurrences(OUTAGE_STARTED) + b.occurrences(OUTAGE_STARTED);
        redis.stall(STALL);
        Instant stalled = Instant.now();
        List<Integer> statuses = new ArrayList<>();
        // Each instance answers from its own buckets at once, and stops asking after a few timeouts in a row.
        for (int i = 0; i < 2 * (RedisBucketStore.FAILURES_TO_START_OUTAGE + 1); i++) {
            Instant sent = Instant.now();
            statuses.add(node(i).as("203.0.113.40").when().get("/v1").statusCode());
            Duration took = Duration.between(sent, Instant.now());
            assertTrue(took.compareTo(SLOW_ANSWER) < 0, "request " + (i + 1) + " took " + took.toMillis() + " ms");
        }
        assertTrue(Duration.between(stalled, Instant.now()).compareTo(STALL) < 0, "the requests ran while Redis slept");
        assertTrue(statuses.stream().allMatch(status -> status == 200), "statuses " + statuses);
        assertTrue(a.usesLocalBuckets() && b.usesLocalBuckets(), "both instances use their own buckets");
        for (Node node : List.of(a, b)) {
            await(node, "Redis to be used again", () -> {
                node.as("198.51.100." + PROBE_CLIENTS.incrementAndGet()).when().get("/v1");
                return !node.usesLocalBuckets();
            });
        }
        assertEquals(warningsBefore + 2, a.occurrences(OUTAGE_STARTED) + b.occurrences(OUTAGE_STARTED),
                "one warning per instance for the stall");
    }

    /** The client's requests alternate a, b, a, ...: QUOTA of them pass in all, then both answer 429. */
    private static void assertOneQuotaAcrossInstances(String client) {
        for (int i = 0; i < QUOTA; i++) {
            node(i).as(client).when().get("/v1")
                    .then().statusCode(200)
                    .header(RateLimitFilter.LIMIT, equalTo(Integer.toString(QUOTA)))
                    .header(RateLimitFilter.REMAINING, equalTo(Integer.toString(QUOTA - 1 - i)));
        }
        for (int i = QUOTA; i < QUOTA + 2; i++) {
            Response limited = node(i).as(client).when().get("/v1")
                    .then().statusCode(429)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:certpath:problem:rate-limited"))
                    .body("status", equalTo(429))
                    .header(RateLimitFilter.REMAINING, equalTo("0"))
                    .extract().response();
            long retryAfter = Long.parseLong(limited.header("Retry-After"));
            long reset = Long.parseLong(limited.header(RateLimitFilter.RESET));
            // One token back every 720 s; the whole quota in 3,600 s.
            assertTrue(retryAfter > 700 && retryAfter <= 720, "Retry-After " + retryAfter);
            assertTrue(reset > 3500 && reset <= 3600, "RateLimit-Reset " + reset);
        }
    }

    private static List<Integer> alternate(String client, int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(node(i).as(client).when().get("/v1").statusCode());
        }
        return statuses;
    }

    private static Node node(int request) {
        return request % 2 == 0 ? a : b;
    }

    private static RequestSpecification asAdmin(Node node) {
        return given(node.api()).header("Authorization", "Bearer " + ADMIN_KEY);
    }

    private static void rename(Node node, String editor, String path, String name) {
        String etag = asAdmin(node).when().get(path).then().statusCode(200).extract().header("ETag");
        given(node.api()).header("Authorization", "Bearer " + editor)
                .contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name", name))
                .when().patch(path)
                .then().statusCode(200)
                .body("name", equalTo(name));
    }

    private static Node startNode(String name, Map<String, String> env) throws Exception {
        int port = PackagedApp.freePort();
        Path log = Path.of("target", "shared-rate-limit-it-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        Node node = new Node(name, process, log, PackagedApp.api(port), PackagedApp.raw(port));
        awaitFor(node, START_BOUND, "the application to be ready", () -> {
            try {
                return given(node.raw()).when().get("/q/health/ready").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        return node;
    }

    private static void await(Node node, String what, BooleanSupplier condition) throws InterruptedException {
        awaitFor(node, STEP_BOUND, what, condition);
    }

    private static void awaitFor(Node node, Duration bound, String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (!node.process().isAlive()) {
                fail("Instance " + node.name() + " exited with " + node.process().exitValue() + " while waiting for " + what
                        + "; see " + node.log());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Waited " + bound.toSeconds() + " s for " + what + " on instance " + node.name() + "; see " + node.log());
            }
            Thread.sleep(100);
        }
    }
}
