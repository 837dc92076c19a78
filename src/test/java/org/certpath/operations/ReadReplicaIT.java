package org.certpath.operations;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the packaged application with a read replica. With a real streaming replica, made by
 * {@code .ci/replica} and named by {@code CERTPATH_TEST_REPLICA_URL} (the same database on the
 * replica's port): pausing the replica's replay shows that a write is read back from the primary
 * while the replica lags, and resuming it that public reads go back to the replica. {@code .ci/run}
 * sets the variable for its run on the machine's server; a run without a server of its own (the
 * embedded database, which has no replica) skips that test. With a replica that cannot be reached,
 * on any primary: reads are answered from the primary and the instance stays ready.
 */
class ReadReplicaIT {

    private static final Path LOG = Path.of("target", "read-replica-it.log");
    private static final String ADMIN_KEY = "read-replica-it-admin-key-" + UUID.randomUUID();
    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration STEP_BOUND = Duration.ofSeconds(10);
    /** A backend reports its table statistics when idle, at the latest after PostgreSQL's 10 s idle interval. */
    /** Logged by ReadReplica when the replica cannot be read. */
    private static final String REPLICA_DOWN = "Cannot read the read replica";
    /** Several of the replica's check intervals (100 ms), in which a retry would log again. */
    private static final Duration CHECK_INTERVALS = Duration.ofSeconds(1);
    private static final Duration REPORT_BOUND = Duration.ofSeconds(20);
    private static final Pattern READS = Pattern.compile(
            "^certpath_public_reads_total\\{datasource=\"(primary|replica)\"[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LAG = Pattern.compile("^certpath_read_replica_lag_versions(?:\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);

    private static PackagedApp.Database database;
    /** What the application is given besides the environment of the build, which it inherits. */
    private String streamingReplica;
    private Process app;
    private int port;
    private RequestSpecification api;
    private String editorKey;
    private String slug;
    /** Each read asks for a different page size, so that no response comes from the instance's cache. */
    private int limit = 100;

    @RegisterExtension
    final TestWatcher printLogOnFailure = PackagedApp.printLogOnFailure(LOG);

    @BeforeAll
    static void primary() {
        database = PackagedApp.Database.ofSuite();
    }

    /** Starts the packaged application with this replica; its credentials are the primary's. */
    private void start(String replica) throws IOException, InterruptedException {
        assertTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is missing: run ./mvnw verify, which packages before this test");
        port = PackagedApp.freePort();
        ProcessBuilder builder = new ProcessBuilder(
                PackagedApp.java(), "-jar", PackagedApp.JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(database.environment());
        env.put("CERTPATH_READ_REPLICA_URL", replica);
        env.put("CERTPATH_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_SHUTDOWN_DELAY", "0S");
        app = builder.start();
        api = PackagedApp.api(port);
        await(START_BOUND, "the application to be ready", () -> statusOrZero("/q/health/ready") == 200);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (streamingReplica != null) {
                replaying(true);
            }
            if (slug != null && app.isAlive()) {
                String etag = given(api).when().get("/v1/organizations/" + slug).then().extract().header("ETag");
                given(api).header("Authorization", "Bearer " + editorKey).header("If-Match", etag)
                        .when().delete("/v1/organizations/" + slug).then().statusCode(204);
            }
        } finally {
            if (app != null && app.isAlive()) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void shouldAnswerFromThePrimaryAndStayReadyWhileTheReplicaCannotBeReached() throws Exception {
        start("jdbc:postgresql://127.0.0.1:" + PackagedApp.freePort() + "/certpath");

        for (int read = 0; read < 3; read++) {
            given(api).queryParam("limit", limit++)
                    .when().get("/v1/organizations")
                    .then().statusCode(200);
        }
        assertEquals(0, reads("replica"));
        assertEquals(3, reads("primary"));
        assertTrue(Double.isNaN(lag()), "the lag of a replica that cannot be read is unknown");
        given(api).when().get("/q/health/ready").then().statusCode(200);
        await(STEP_BOUND, "the outage to be logged", () -> log().contains(REPLICA_DOWN));
        Thread.sleep(CHECK_INTERVALS.toMillis());
        assertEquals(1, log().split(REPLICA_DOWN, -1).length - 1, "the outage is logged once, not at every retry");
    }

    @Test
    void shouldReadAWriteBackFromThePrimaryWhileTheReplicaLagsAndFromTheReplicaOnceItCatchesUp() throws Exception {
        streamingReplica = System.getenv("CERTPATH_TEST_REPLICA_URL");
        assumeTrue(streamingReplica != null && !streamingReplica.isBlank(),
                "no streaming replica configured (CERTPATH_TEST_REPLICA_URL; .ci/run sets it)");
        assertNotNull(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                "a replica needs the primary it streams from: set QUARKUS_DATASOURCE_JDBC_URL too");
        replaying(true);
        start(streamingReplica);
        editorKey = given(api).header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json")
                .body(Map.of("name", "read replica test editor", "role", "editor"))
                .when().post("/v1/api-keys")
                .then().statusCode(201)
                .extract().path("key");

        String token = "replicated" + UUID.randomUUID().toString().substring(0, 8);
        slug = "read-replica-" + token;
        given(api).header("Authorization", "Bearer " + editorKey).contentType("application/json")
                .body(Map.of("slug", slug, "acronym", "RRT", "name", "Replica Test " + token,
                        "sources", List.of(Map.of("url", "https://example.org/replica-test",
                                "publisher", "Example", "title", "Replica test", "asOf", "2026",
                                "kind", "secondary"))))
                .when().post("/v1/organizations")
                .then().statusCode(201);
        assertNameListed(token, "Replica Test " + token);

        // Public lists come from the replica once it has replayed the write.
        await(STEP_BOUND, "the replica to catch up with the write", () -> lag() == 0);
        double fromReplica = reads("replica");
        long scanned = replicaSourceScans();
        assertNameListed(token, "Replica Test " + token);
        assertEquals(fromReplica + 1, reads("replica"), "a fresh replica answers the public list");
        awaitReplicaScansAbove(scanned);

        replaying(false);
        String etag = given(api).when().get("/v1/organizations/" + slug).then().statusCode(200).extract().header("ETag");
        given(api).header("Authorization", "Bearer " + editorKey).header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"name\": \"Renamed Replica Test " + token + "\"}")
                .when().patch("/v1/organizations/" + slug)
                .then().statusCode(200);
        await(STEP_BOUND, "the replica to be seen behind", () -> lag() >= 1);
        // The write has reached the replica's WAL but is not replayed: a read there would be stale.
        assertEquals("Replica Test " + token, replicaName(slug));

        double replicaBefore = reads("replica");
        double primaryBefore = reads("primary");
        assertNameListed(token, "Renamed Replica Test " + token);
        assertEquals(replicaBefore, reads("replica"), "a lagging replica answers nothing");
        assertEquals(primaryBefore + 1, reads("primary"), "the primary answers while the replica lags");

        replaying(true);
        await(STEP_BOUND, "the replica to catch up after resuming replay", () -> lag() == 0);
        assertEquals("Renamed Replica Test " + token, replicaName(slug));
        double replicaAfter = reads("replica");
        scanned = replicaSourceScans();
        assertNameListed(token, "Renamed Replica Test " + token);
        assertEquals(replicaAfter + 1, reads("replica"), "reads return to the replica once it has caught up");
        awaitReplicaScansAbove(scanned);
    }

    private void assertNameListed(String token, String name) {
        given(api).queryParam("q", token).queryParam("limit", limit++)
                .when().get("/v1/organizations")
                .then().statusCode(200)
                .body("items.name", contains(name));
    }

    private String metrics() {
        return given().baseUri("http://127.0.0.1").port(port)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .when().get("/q/metrics")
                .then().statusCode(200)
                .extract().asString();
    }

    private double reads(String datasource) {
        Matcher matcher = READS.matcher(metrics());
        while (matcher.find()) {
            if (matcher.group(1).equals(datasource)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return fail("no certpath_public_reads_total for " + datasource);
    }

    private double lag() {
        Matcher matcher = LAG.matcher(metrics());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : fail("no certpath_read_replica_lag_versions");
    }

    private void replaying(boolean replay) throws SQLException {
        try (Connection replica = DriverManager.getConnection(streamingReplica, database.credentials());
             Statement statement = replica.createStatement()) {
            statement.execute(replay ? "select pg_wal_replay_resume()" : "select pg_wal_replay_pause()");
        }
    }

    /**
     * Proof that the replica's server itself ran the list's queries: the sources of each item are
     * read from record_source, which nothing else in this test reads there. A standby counts the
     * scans run on it; a backend reports them within seconds of its query.
     */
    private void awaitReplicaScansAbove(long before) throws InterruptedException {
        await(REPORT_BOUND, "the replica to report the list's scans of record_source", () -> {
            try {
                return replicaSourceScans() > before;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long replicaSourceScans() throws SQLException {
        try (Connection replica = DriverManager.getConnection(streamingReplica, database.credentials());
             Statement statement = replica.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(seq_scan, 0) + coalesce(idx_scan, 0)"
                     + " from pg_stat_user_tables where relname = 'record_source'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private String replicaName(String slug) throws SQLException {
        try (Connection replica = DriverManager.getConnection(streamingReplica, database.credentials());
             PreparedStatement query = replica.prepareStatement("select name from organization where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static String log() {
        try {
            return Files.readString(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int statusOrZero(String path) {
        return PackagedApp.statusOrZero(api, path);
    }

    private void await(Duration bound, String what, BooleanSupplier condition) throws InterruptedException {
        PackagedApp.await(app, bound, what, condition);
    }
}
