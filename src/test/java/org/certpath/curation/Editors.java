package org.certpath.curation;

import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Keys and sources for the write tests. Each test class gets its own editor key from the
 * bootstrap admin key of the test profile, so that no test depends on another having run.
 */
public final class Editors {

    public static final String BOOTSTRAP_ADMIN_KEY = "test-bootstrap-admin-key-not-a-real-secret";

    private Editors() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + BOOTSTRAP_ADMIN_KEY);
    }

    /** A new key of this role, made by the bootstrap admin. */
    public static String newKey(String role) {
        return asAdmin().contentType("application/json")
                .body(Map.of("name", "test " + role + " " + UUID.randomUUID(), "role", role))
                .when().post("/v1/api-keys")
                .then().statusCode(201)
                .extract().path("key");
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** Deletes an item a test made, unless the test deleted it already. */
    public static void deleteIfPresent(String key, String path) {
        io.restassured.response.Response item = given().when().get(path);
        if (item.statusCode() == 200) {
            as(key).header("If-Match", item.header("ETag")).when().delete(path).then().statusCode(204);
        }
    }

    public static List<Map<String, Object>> sources() {
        return List.of(Map.of("url", "https://example.org/catalog/health-information",
                "publisher", "Example College", "title", "Program catalog page", "asOf", "2026 catalog",
                "kind", "institution"));
    }

    /** An amount in a write body: the API's one money shape. */
    public static Map<String, Object> usd(Number amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
