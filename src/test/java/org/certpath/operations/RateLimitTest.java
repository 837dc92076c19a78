package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quotas small enough to exhaust: 3 requests per 12 s without a key (one back every 4 s, slow
 * enough that no token returns while a busy CI machine runs the requests of one test), 6 with one. The local address is a trusted proxy here, so each test is its own client through
 * {@code X-Forwarded-For} and the tests do not share buckets.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest {

    /** Registered as an admin key by this profile, so that it is a valid key like any issued one. */
    private static final String KNOWN_KEY = "rate-limit-test-key-0123456789abcdef";
    private static final int MAX_TRACKED = 30;

    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "certpath.rate-limit.anonymous-requests", "3",
                    "certpath.rate-limit.keyed-requests", "6",
                    "certpath.rate-limit.period", "12S",
                    "certpath.bootstrap-admin-key", KNOWN_KEY,
                    "certpath.rate-limit.max-tracked-clients", String.valueOf(MAX_TRACKED),
                    "certpath.rate-limit.trusted-proxies", "127.0.0.0/8,::1");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheQuotaIsUsedUpAndServeAgainAfterIt() throws InterruptedException {
        for (int remaining = 2; remaining >= 0; remaining--) {
            from("203.0.113.1").when().get("/v1")
                    .then().statusCode(200)
                    .header(RateLimitFilter.LIMIT, equalTo("3"))
                    .header(RateLimitFilter.REMAINING, equalTo(String.valueOf(remaining)));
        }
        var limited = from("203.0.113.1").when().get("/v1")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:rate-limited"))
                .body("status", equalTo(429))
                .header(RateLimitFilter.REMAINING, equalTo("0"))
                .extract();
        long wait = Long.parseLong(limited.header("Retry-After"));
        long reset = Long.parseLong(limited.header(RateLimitFilter.RESET));
        assertTrue(wait >= 1 && wait <= 4, "Retry-After " + wait);
        assertTrue(reset > 8 && reset <= 12, "RateLimit-Reset " + reset);

        Thread.sleep(wait * 1000);

        from("203.0.113.1").when().get("/v1").then().statusCode(200);
    }

    @Test
    void shouldGiveAValidApiKeyTheHigherQuota() {
        from("203.0.113.2").header("Authorization", "Bearer " + KNOWN_KEY)
                .when().get("/v1")
                .then().statusCode(200)
                .header(RateLimitFilter.LIMIT, equalTo("6"))
                .header(RateLimitFilter.REMAINING, equalTo("5"));
    }

    @Test
    void shouldCountAnUnknownApiKeyAsAnonymous() {
        from("203.0.113.3").header("Authorization", "Bearer made-up-key")
                .when().get("/v1")
                .then().statusCode(200)
                .header(RateLimitFilter.LIMIT, equalTo("3"))
                .header(RateLimitFilter.REMAINING, equalTo("2"));
    }

    @Test
    void shouldCountTheClientsOfATrustedProxySeparately() {
        from("203.0.113.4").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("2"));
        from("203.0.113.5").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("2"));
    }

    @Test
    void shouldBelieveOnlyTheAddressTheTrustedProxySaw() {
        // A client can write anything left of the address its proxy appends.
        from("192.0.2.1, 203.0.113.6").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("2"));
        from("192.0.2.2, 203.0.113.6").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("1"));
    }

    @Test
    void shouldCountAnIpv6ClientByItsSlash64() {
        from("2001:db8:1:2::1").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("2"));
        from("2001:db8:1:2::ffff").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("1"));
        from("2001:db8:1:2:abcd:ef01:2345:6789").when().get("/v1").then().header(RateLimitFilter.REMAINING, equalTo("0"));
        from("2001:db8:1:2::2").when().get("/v1").then().statusCode(429);
        from("2001:db8:1:3::1").when().get("/v1").then().statusCode(200).header(RateLimitFilter.REMAINING, equalTo("2"));
    }

    @Test
    void shouldKeepAnExhaustedClientLimitedWhileNewAddressesFlood() throws Exception {
        for (int i = 0; i < 3; i++) {
            from("203.0.113.50").when().get("/v1").then().statusCode(200);
        }
        from("203.0.113.50").when().get("/v1").then().statusCode(429);
        // In parallel, so that the flood is over before a token comes back (one every 4 s).
        ExecutorService flood = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 1; i <= MAX_TRACKED + 10; i++) {
                String address = "198.51.100." + i;
                sent.add(flood.submit(() -> from(address).when().get("/v1")));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        } finally {
            flood.shutdown();
        }
        // A bucket forgotten and made anew would have 2 tokens left after this request; one kept has
        // at most the one token that may have come back meanwhile.
        var after = from("203.0.113.50").when().get("/v1").then().extract();
        assertTrue(after.statusCode() == 429 || "0".equals(after.header(RateLimitFilter.REMAINING)),
                after.statusCode() + " with " + after.header(RateLimitFilter.REMAINING) + " left");
        // The flood's buckets are forgotten once refilled (a token comes back every 4 s): the next tests are tracked again.
        Thread.sleep(9_000);
    }

    @Test
    void shouldNeverLimitHealthProbes() {
        for (int i = 0; i < 5; i++) {
            from("203.0.113.7").when().get("/q/health/live")
                    .then().statusCode(200)
                    .header(RateLimitFilter.LIMIT, nullValue());
        }
    }

    private static RequestSpecification from(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor);
    }
}
