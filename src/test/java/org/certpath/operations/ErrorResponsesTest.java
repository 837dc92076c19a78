package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Errors are problem documents that give away nothing of the implementation. */
@QuarkusTest
class ErrorResponsesTest {

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        assertClean(given().when().get("/v1/no-such-collection").then().statusCode(404));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithAProblem() {
        assertClean(given().when().delete("/v1").then().statusCode(405));
    }

    @Test
    void shouldAnswerAnUnsupportedMediaTypeWithAProblem() {
        assertClean(given().contentType("text/xml").body("<a/>")
                .when().post("/test-only/operations/echo")
                .then().statusCode(415));
    }

    @Test
    void shouldHideTheCauseOfAnUnexpectedFailure() {
        assertClean(given().when().get("/test-only/operations/failure").then().statusCode(500))
                .body("title", equalTo("Internal Server Error"));
    }

    @Test
    void shouldHideTheCauseOfAnUnexpectedDatabaseFailure() {
        assertClean(given().when().get("/test-only/operations/database-failure").then().statusCode(500))
                .body("title", equalTo("Internal Server Error"));
    }

    @Test
    void shouldAnswer503ToADatabaseFailureWithoutSqlState() {
        assertClean(given().when().get("/test-only/operations/pool-exhausted").then().statusCode(503))
                .header("Retry-After", "5")
                .body("type", equalTo("urn:certpath:problem:service-unavailable"));
    }

    @Test
    void shouldAnswer503WithRetryAfterToADeadlockOrSerializationFailure() {
        for (String state : new String[] {"40P01", "40001"}) {
            assertClean(given().when().post("/test-only/operations/database-error/" + state).then().statusCode(503))
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:certpath:problem:concurrent-write"));
        }
    }

    private static ValidatableResponse assertClean(ValidatableResponse response) {
        return response.contentType("application/problem+json")
                .body(not(containsString(OperationsProbeResource.SECRET)))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("Quarkus")))
                .body(not(containsString("select ")));
    }
}
