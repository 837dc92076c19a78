package org.certpath.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Link and Location are built without the request's Host: one client naming another host must not
 * put that host into a response that caches hand to every later client.
 */
@QuarkusTest
class HostHeaderTest {

    private static final String ATTACKER = "attacker.example";
    private static final List<String> LISTS = List.of("/v1/programs?state=NJ&limit=5", "/v1/certifications?limit=3",
            "/v1/salaries?limit=2", "/v1/pathways?certification=cpc&member=true&limit=2", "/v1/regions?limit=4");

    @Test
    void shouldNeverLinkToTheHostARequestNamed() {
        List<String> headers = new ArrayList<>();
        for (String list : LISTS) {
            headers.addAll(hostile().when().get(list).then().statusCode(200).extract().headers().getValues("Link"));
        }
        for (String list : LISTS) {
            List<String> links = given().when().get(list).then().statusCode(200).extract().headers().getValues("Link");
            assertFalse(links.isEmpty(), list);
            links.forEach(link -> assertTrue(link.startsWith("</v1/"), list + ": " + link));
            headers.addAll(links);
        }
        headers.add(hostile().redirects().follow(false).when().get("/").then().statusCode(302).extract().header("Location"));
        headers.forEach(header -> assertFalse(header.contains(ATTACKER), header));
    }

    @Test
    void shouldAnswerACreatedItemWithARelativeLocation() {
        String editor = Editors.newKey("editor");
        Response created = Editors.as(editor).header("Host", ATTACKER).contentType("application/json")
                .body(Map.of("slug", "host-test-" + System.nanoTime(), "acronym", "HTB", "name", Editors.unique("Host Test Board"),
                        "sources", Editors.sources()))
                .when().post("/v1/organizations").then().statusCode(201).extract().response();
        String location = created.header("Location");
        assertTrue(location.startsWith("/v1/organizations/"), location);
        Editors.deleteIfPresent(editor, location);
        String key = Editors.asAdmin().header("Host", ATTACKER).contentType("application/json")
                .body(Map.of("name", "host test", "role", "editor"))
                .when().post("/v1/api-keys").then().statusCode(201).extract().header("Location");
        assertTrue(key.startsWith("/v1/api-keys/"), key);
    }

    private static io.restassured.specification.RequestSpecification hostile() {
        return given().header("Host", ATTACKER).header("X-Forwarded-Host", ATTACKER).header("Forwarded", "host=" + ATTACKER);
    }
}
