package org.certpath.audit;

import io.quarkus.test.junit.QuarkusTest;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AuditTrailTest {

    @Test
    void shouldRecordWhoChangedWhatWhenAndInWhichRequest() {
        String editor = Editors.newKey("editor");
        int keyId = Editors.asAdmin().queryParam("sort", "-id").queryParam("limit", 1).when().get("/v1/api-keys")
                .then().extract().path("items[0].id");
        String slug = "audit-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Editors.as(editor).header("X-Request-Id", "audit-create-" + slug).contentType("application/json")
                .body(Map.of("slug", slug, "acronym", "AUD", "name", "Audited Issuer", "sources", Editors.sources()))
                .when().post("/v1/organizations").then().statusCode(201);
        String etag = given().when().get("/v1/organizations/" + slug).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"name\": \"Audited Issuer, renamed\"}")
                .when().patch("/v1/organizations/" + slug).then().statusCode(200);
        etag = given().when().get("/v1/organizations/" + slug).then().extract().header("ETag");
        Editors.as(editor).header("If-Match", etag).when().delete("/v1/organizations/" + slug).then().statusCode(204);

        Editors.asAdmin().queryParam("entity", "organization").queryParam("entityKey", slug).queryParam("sort", "id")
                .when().get("/v1/audit")
                .then().statusCode(200)
                .body("page.total", equalTo(3))
                .body("items.action", contains("create", "update", "delete"))
                .body("items.keyId", everyItem(equalTo(keyId)))
                .body("items.at", everyItem(notNullValue()))
                .body("items[0].requestId", equalTo("audit-create-" + slug))
                .body("items[0].before", nullValue())
                .body("items[0].after.name", equalTo("Audited Issuer"))
                .body("items[1].before.name", equalTo("Audited Issuer"))
                .body("items[1].after.name", equalTo("Audited Issuer, renamed"))
                .body("items[2].after", nullValue())
                .body("items[2].before.sources[0].publisher", equalTo("Example College"));
        Editors.asAdmin().queryParam("keyId", keyId).queryParam("action", "delete")
                .when().get("/v1/audit")
                .then().statusCode(200).body("items.entityKey", contains(slug));
    }

    @Test
    void shouldRecordKeyManagementWithoutTheSecret() {
        String key = Editors.newKey("editor");
        Editors.asAdmin().queryParam("entity", "api-key").queryParam("action", "create").queryParam("limit", 1)
                .when().get("/v1/audit")
                .then().statusCode(200)
                .body("items[0].after.role", equalTo("editor"))
                .body("items[0].after.keyHash", nullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(key)));
    }

    @Test
    void shouldRefuseUnknownFilters() {
        Editors.asAdmin().queryParam("updatedSince", "2026-01-01T00:00:00Z").queryParam("action", "explode")
                .when().get("/v1/audit")
                .then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("updatedSince", "action"));
        List<String> none = Editors.asAdmin().queryParam("since", "2999-01-01T00:00:00Z").when().get("/v1/audit")
                .then().statusCode(200).extract().path("items");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), none);
    }
}
