package org.certpath.operations;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged application (prod profile) as a child process and stops it with SIGTERM, as a
 * container platform would, while a request is held in flight by a table lock. A
 * {@code @QuarkusTest} cannot do this: it cannot signal its own application. Runs after packaging
 * ({@code ./mvnw verify}), on the database named by {@code QUARKUS_DATASOURCE_JDBC_URL} or else on
 * an embedded one.
 */
class GracefulShutdownIT {

    private static final Path LOG = Path.of("target", "graceful-shutdown-it.log");
    private static final Duration DELAY = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A fresh embedded database is migrated and seeded first, on a CI machine that may be busy. */
    private static final Duration START_BOUND = Duration.ofSeconds(120);
    private static final Duration STEP_BOUND = Duration.ofSeconds(5);
    /**
     * The request held on the lock must outlast every step of the test on a busy machine: the 5 s of
     * production would cancel it with a 503 and test nothing about shutdown.
     */
    private static final String STATEMENT_TIMEOUT = "-Dquarkus.datasource.jdbc.additional-jdbc-properties.options="
            + "-c statement_timeout=60000";
    /** Logged by Quarkus once the delay is over and it waits for the requests still in flight. */
    private static final String WAITING_FOR_REQUESTS = "Waiting for HTTP requests to complete";
    /** The JVM's status after SIGTERM once its shutdown hooks have run: 128 + 15. */
    private static final int SIGTERM_EXIT_STATUS = 143;

    private static PackagedApp.Database database;

    private Process app;
    private RequestSpecification api;

    @RegisterExtension
    final TestWatcher printLogOnFailure = PackagedApp.printLogOnFailure(LOG);

    @BeforeAll
    static void database() {
        database = PackagedApp.Database.ofSuite();
    }

    @BeforeEach
    void start() throws IOException, InterruptedException {
        assertTrue(Files.exists(PackagedApp.JAR), PackagedApp.JAR + " is missing: run ./mvnw verify, which packages before this test");
        int port = PackagedApp.freePort();
        ProcessBuilder builder = new ProcessBuilder(
                PackagedApp.java(), STATEMENT_TIMEOUT,
                "-jar", PackagedApp.JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(database.environment());
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_SHUTDOWN_DELAY", DELAY.toSeconds() + "S");
        env.put("QUARKUS_SHUTDOWN_TIMEOUT", TIMEOUT.toSeconds() + "S");
        app = builder.start();
        api = PackagedApp.api(port);
        await(START_BOUND, "the application to be ready", () -> statusOrZero("/q/health/ready") == 200);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldFinishRequestsInFlightAndRefuseNewOnesWith503OnSigterm() throws Exception {
        given(api).when().get("/v1")
                .then().statusCode(200)
                .body("name", equalTo("CertPath API"));

        CompletableFuture<ExtractableResponse<Response>> inFlight;
        Instant terminated;
        try (Connection lock = DriverManager.getConnection(database.jdbcUrl(), database.credentials())) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table program in access exclusive mode");
            }
            inFlight = CompletableFuture.supplyAsync(() -> given(api).queryParam("limit", 1)
                    .when().get("/v1/programs").then().extract());
            await(STEP_BOUND, "the request to wait for the lock on program", () -> waitsForProgram(lock));

            app.destroy();
            terminated = Instant.now();

            // The index reads no locked table: it is answered at once until the refusals begin.
            await(STEP_BOUND, "new requests to be refused", () -> statusOrZero("/v1") == 503);
            assertRefused();
            given(api).when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"));

            await(STEP_BOUND, "the shutdown delay to end", this::waitsForRequests);
            assertRefused();
            assertTrue(app.isAlive(), "the application waits for the request in flight");
            lock.rollback();
        }

        inFlight.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .response().then().statusCode(200)
                .body("items", hasSize(1));
        Duration left = DELAY.plus(TIMEOUT).minus(Duration.between(terminated, Instant.now()));
        assertTrue(app.waitFor(left.toMillis(), TimeUnit.MILLISECONDS),
                "the application exits within the shutdown delay and timeout of SIGTERM");
        assertEquals(SIGTERM_EXIT_STATUS, app.exitValue());
    }

    /** A new request, the same as the one in flight, refused before it reaches the database. */
    private void assertRefused() {
        given(api).queryParam("limit", 1)
                .when().get("/v1/programs")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(ShutdownFilter.RETRY_AFTER_SECONDS)))
                .header("Connection", equalTo("close"))
                .body("type", equalTo("urn:certpath:problem:shutting-down"))
                .body("status", equalTo(503));
    }

    private static boolean waitsForProgram(Connection connection) {
        String waiting = "select count(*) from pg_locks where locktype = 'relation' and not granted"
                + " and database = (select oid from pg_database where datname = current_database())"
                + " and relation = 'program'::regclass";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(waiting)) {
            rows.next();
            return rows.getInt(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean waitsForRequests() {
        try {
            return Files.readString(LOG).contains(WAITING_FOR_REQUESTS);
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
