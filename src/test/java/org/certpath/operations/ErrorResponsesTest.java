package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.certpath.api.Problems;
import org.certpath.curation.Editors;
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
        assertClean(given().when().get("/v1/no-such-collection").then().statusCode(404))
                .body("type", equalTo(Problems.type("not-found").toString()));
        assertClean(given().when().get("/no-such-page").then().statusCode(404))
                .body("type", equalTo(Problems.type("not-found").toString()));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithAProblem() {
        assertClean(given().when().delete("/v1").then().statusCode(405))
                .body("type", equalTo(Problems.type("method-not-allowed").toString()));
    }

    @Test
    void shouldAnswerAnUnacceptableMediaTypeWithAProblem() {
        assertClean(given().accept("application/xml").when().get("/v1/certifications").then().statusCode(406))
                .body("type", equalTo(Problems.type("not-acceptable").toString()));
    }

    @Test
    void shouldAnswerAnUnsupportedMediaTypeWithAProblem() {
        assertClean(given().contentType("text/xml").body("<a/>")
                .when().post("/test-only/operations/echo")
                .then().statusCode(415))
                .body("type", equalTo(Problems.type("unsupported-media-type").toString()));
    }

    @Test
    void shouldAnswerAWriteOfAnUnsupportedMediaTypeWithAProblem() {
        assertClean(Editors.as(Editors.newKey("editor")).contentType("text/xml").body("<program/>")
                .when().post("/v1/programs")
                .then().statusCode(415))
                .body("type", equalTo(Problems.type("unsupported-media-type").toString()));
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
                .body(not(containsString("@")))
                .body(not(containsString("select ")));
    }
}
