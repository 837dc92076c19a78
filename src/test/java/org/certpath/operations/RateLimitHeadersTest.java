package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rate-limit headers under the default profile, whose quotas the suite never exhausts. */
@QuarkusTest
class RateLimitHeadersTest {

    @Test
    void shouldSendRateLimitHeadersOnApiResponses() {
        given().when().get("/v1")
                .then().statusCode(200)
                .header(RateLimitFilter.LIMIT, equalTo("1000000"))
                .header(RateLimitFilter.REMAINING, notNullValue())
                .header(RateLimitFilter.RESET, notNullValue());
    }

    @Test
    void shouldNotLimitHealthProbes() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .header(RateLimitFilter.LIMIT, nullValue());
    }

    @Test
    void shouldSayInReadinessThatTheBucketsAreInMemoryByDefault() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == '" + RateLimitStoreCheck.NAME + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + RateLimitStoreCheck.NAME + "' }.data.store", equalTo("memory"));
    }

    @Test
    void shouldIgnoreForwardedForFromAPeerThatIsNotATrustedProxy() {
        long first = remaining("198.51.100.1");
        long second = remaining("198.51.100.2");
        assertEquals(first - 1, second, "both requests should have come out of the bucket of 127.0.0.1");
    }

    private static long remaining(String forwardedFor) {
        return Long.parseLong(given().header("X-Forwarded-For", forwardedFor)
                .when().get("/v1")
                .then().statusCode(200)
                .extract().header(RateLimitFilter.REMAINING));
    }
}
