package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.certpath.database.EmbeddedDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stops the embedded PostgreSQL under the running service and starts it again. Only the embedded
 * server can be stopped from here: against an external one the test skips itself.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(6);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutARestart() throws InterruptedException {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "needs the embedded database, which this test stops and starts");
        given().when().get("/v1").then().statusCode(200);

        EmbeddedDatabase.stop();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                Instant start = Instant.now();
                given().when().get("/v1")
                        .then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", equalTo(String.valueOf(DatabaseProblemMapper.RETRY_AFTER_SECONDS)))
                        .body("type", equalTo("urn:certpath:problem:service-unavailable"));
                assertWithin(ANSWER_BOUND, start, "a request during the outage");
            }
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"));
        } finally {
            EmbeddedDatabase.restart();
        }

        Instant restarted = Instant.now();
        while (given().when().get("/v1").then().extract().statusCode() != 200
                && Duration.between(restarted, Instant.now()).compareTo(RECOVERY_BOUND) < 0) {
            Thread.sleep(200);
        }
        given().when().get("/v1").then().statusCode(200);
        assertWithin(RECOVERY_BOUND, restarted, "recovery after the database came back");
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    private static void assertWithin(Duration bound, Instant start, String what) {
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(bound) < 0, () -> what + " took " + took);
    }
}
