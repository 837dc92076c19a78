package org.certpath.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Key ids, the last admin key, exact totals of keys and audit events, and keys that must never go into URLs. */
@QuarkusTest
class KeyManagementTest {

    private static final Path LOG = Path.of("target", "quarkus.log");

    private static int total(String path) {
        return Editors.asAdmin().queryParam("limit", 1).when().get(path).then().statusCode(200).extract().path("page.total");
    }

    private static int issue(String role) {
        return Editors.asAdmin().contentType("application/json")
                .body(Map.of("name", Editors.unique("key test"), "role", role))
                .when().post("/v1/api-keys").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldNameAKeyByItsCanonicalIdOnly() {
        int id = issue("editor");
        for (String alias : List.of("+" + id, "0" + id, id + "%20", "-0")) {
            given().urlEncodingEnabled(false).header("Authorization", "Bearer " + Editors.BOOTSTRAP_ADMIN_KEY)
                    .when().delete("/v1/api-keys/" + alias).then().statusCode(404);
        }
        Editors.asAdmin().when().get("/v1/api-keys/" + id).then().statusCode(200).body("revokedAt", nullValue());
    }

    @Test
    void shouldCountKeysAndAuditEventsExactly() {
        int keys = total("/v1/api-keys");
        int events = total("/v1/audit");
        issue("editor");
        assertEquals(keys + 1, total("/v1/api-keys"));
        assertEquals(events + 1, total("/v1/audit"));
    }

    @Test
    void shouldRefuseToRevokeTheLastActiveAdminKey() {
        List<Map<String, Object>> keys = Editors.asAdmin().queryParam("limit", 500).when().get("/v1/api-keys")
                .then().statusCode(200).extract().path("items");
        Object bootstrap = keys.stream().filter(key -> "bootstrap admin".equals(key.get("name"))).findFirst()
                .orElseThrow().get("id");
        keys.stream().filter(key -> "admin".equals(key.get("role")) && key.get("revokedAt") == null
                        && !key.get("id").equals(bootstrap))
                .forEach(key -> Editors.asAdmin().when().delete("/v1/api-keys/" + key.get("id")).then().statusCode(204));
        Editors.asAdmin().when().delete("/v1/api-keys/" + bootstrap)
                .then().statusCode(409).body("type", equalTo("urn:certpath:problem:conflict"));
        Editors.asAdmin().when().get("/v1/api-keys/" + bootstrap).then().statusCode(200).body("revokedAt", nullValue());
    }

    @Test
    void shouldRefuseAKeyInTheUrlAndKeepItOutOfTheLog() throws IOException {
        String secret = "cpk_" + "url-secret-" + System.nanoTime();
        given().queryParam("access_token", secret).when().get("/v1/programs")
                .then().statusCode(400)
                .body("type", equalTo("urn:certpath:problem:invalid-parameters"))
                .body("invalidParams.name", hasItem("access_token"));
        given().queryParam("api_key", secret).when().get("/v1")
                .then().statusCode(400).body("invalidParams.name", hasItem("api_key"));
        given().queryParam("token", secret).queryParam("limit", 1).when().get("/v1/regions").then().statusCode(400);
        Response response = given().queryParam("limit", 1).when().get("/v1/regions");
        assertEquals(200, response.statusCode());
        assertFalse(Files.readString(LOG).contains(secret), "the log holds a key sent in a URL");
    }
}
