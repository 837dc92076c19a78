package org.certpath.security;

import io.quarkus.test.junit.QuarkusTest;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiKeySecurityTest {

    private static final Path LOG = Path.of("target", "quarkus.log");

    private static Map<String, Object> organization(String slug) {
        return Map.of("slug", slug, "acronym", "EX", "name", "Example Issuer", "sources", Editors.sources());
    }

    private static int organizationCount() {
        return given().when().get("/v1/organizations").then().statusCode(200).extract().path("page.total");
    }

    @Test
    void shouldAnswer401WithAChallengeWithoutAKeyAndChangeNothing() {
        int before = organizationCount();
        given().contentType("application/json").body(organization("no-key"))
                .when().post("/v1/organizations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        assertEquals(before, organizationCount());
    }

    @Test
    void shouldAnswer401ForAnUnknownKey() {
        Editors.as("cpk_made-up-key").contentType("application/json").body(organization("bad-key"))
                .when().post("/v1/organizations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswer403WhenTheRoleIsTooLow() {
        String editor = Editors.newKey("editor");
        Editors.as(editor).when().get("/v1/api-keys")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        Editors.as(editor).contentType("application/json").body(Map.of("name", "escalation", "role", "admin"))
                .when().post("/v1/api-keys")
                .then().statusCode(403);
        Editors.as(editor).when().get("/v1/audit").then().statusCode(403);
    }

    @Test
    void shouldKeepReadsPublicEvenWithAnUnknownKey() {
        Editors.as("cpk_made-up-key").when().get("/v1/organizations").then().statusCode(200);
        given().when().get("/v1/programs?limit=1").then().statusCode(200);
    }

    @Test
    void shouldShowANewKeyOnceAndRefuseItOnceRevoked() {
        var created = Editors.asAdmin().contentType("application/json")
                .body(Map.of("name", "wage editor", "role", "editor"))
                .when().post("/v1/api-keys")
                .then().statusCode(201)
                .header("Location", containsString("/v1/api-keys/"))
                .header("Cache-Control", equalTo("no-store"))
                .body("key", startsWith("cpk_"))
                .body("role", equalTo("editor"))
                .body("revokedAt", nullValue())
                .extract();
        String key = created.path("key");
        int id = created.path("id");
        assertTrue(key.length() >= 43, key.length() + " characters");
        Editors.asAdmin().queryParam("limit", 500).when().get("/v1/api-keys")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.key", everyItem(nullValue()))
                .body(not(containsString(key)));
        Editors.asAdmin().when().get("/v1/api-keys/" + id)
                .then().statusCode(200).body("name", equalTo("wage editor")).body("key", nullValue());

        Editors.asAdmin().when().delete("/v1/api-keys/" + id).then().statusCode(204);
        Editors.asAdmin().when().get("/v1/api-keys/" + id).then().statusCode(200).body("revokedAt", notNullValue());
        Editors.as(key).contentType("application/json").body(organization("revoked-key"))
                .when().post("/v1/organizations")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseAnInvalidKeyRequest() {
        Editors.asAdmin().contentType("application/json").body(Map.of("role", "owner", "scope", "all"))
                .when().post("/v1/api-keys")
                .then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("name", "role", "scope"));
    }

    @Test
    void shouldNeverLogOrEchoAKey() throws IOException {
        String key = Editors.newKey("editor");
        Editors.as(key).contentType("application/json").body(organization("Not A Slug"))
                .when().post("/v1/organizations")
                .then().statusCode(400);
        Editors.asAdmin().queryParam("limit", 500).when().get("/v1/audit")
                .then().statusCode(200)
                .body(not(containsString(key)))
                .body(not(containsString(Editors.BOOTSTRAP_ADMIN_KEY)))
                .body(not(containsString(KeyDigest.of(key))));
        String log = Files.readString(LOG);
        assertFalse(log.isEmpty(), "the test log is written to " + LOG);
        assertFalse(log.contains(key), "a key is in " + LOG);
        assertFalse(log.contains(Editors.BOOTSTRAP_ADMIN_KEY), "the bootstrap key is in " + LOG);
        assertFalse(log.contains(KeyDigest.of(key)), "a key digest is in " + LOG);
    }
}
