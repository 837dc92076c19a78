package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendSecurityHeadersOnApiResponses() {
        assertStrictHeaders(given().when().get("/v1").then().statusCode(200));
    }

    @Test
    void shouldSendSecurityHeadersOnHealthProbes() {
        assertStrictHeaders(given().when().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void shouldSendSecurityHeadersOnErrors() {
        assertStrictHeaders(given().when().get("/v1/no-such-collection").then().statusCode(404));
    }

    @Test
    void shouldRelaxTheContentSecurityPolicyForSwaggerUiOnly() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeadersFilter.SWAGGER_UI_POLICY));
    }

    @Test
    void shouldNotAnnounceTheServer() {
        given().when().get("/v1")
                .then().statusCode(200)
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }

    private static void assertStrictHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeadersFilter.API_POLICY))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
