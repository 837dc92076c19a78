package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BoundedWorkTest {

    @Test
    void shouldRefuseATooLargeBodyWithAProblem() {
        given().contentType("application/json").body("\"" + "x".repeat(70 * 1024) + "\"")
                .when().post("/test-only/operations/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void shouldAcceptABodyWithinTheLimit() {
        given().contentType("application/json").body("\"small\"")
                .when().post("/test-only/operations/echo")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseATooLongUrl() {
        given().queryParam("q", "x".repeat(9000))
                .when().get("/v1")
                .then().statusCode(414);
    }

    @Test
    void shouldRefuseTooLargeHeaders() {
        given().header("X-Padding", "x".repeat(17 * 1024))
                .when().get("/v1")
                .then().statusCode(431);
    }

    @Test
    void shouldCancelAQueryThatOutlivesTheStatementTimeout() {
        Instant start = Instant.now();
        given().when().get("/test-only/operations/slow-query")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(DatabaseProblemMapper.RETRY_AFTER_SECONDS)))
                .body("type", equalTo("urn:certpath:problem:timeout"));
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, () -> "the 30 s query was answered after " + took);
    }
}
