package org.certpath.organization;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void shouldServeEveryIssuerSortedBySlug() {
        given().when().get("/v1/organizations")
                .then().statusCode(200)
                .body("page.total", equalTo(12))
                .body("items.slug", contains("aaham", "aapc", "acdis", "ahima", "amba", "amca", "hfma", "mab", "naham",
                        "ncct", "ncra", "nha"));
    }

    @Test
    void shouldServeOneIssuerWithItsWebsiteWhereKnown() {
        given().when().get("/v1/organizations/AHIMA")
                .then().statusCode(200)
                .body("name", equalTo("American Health Information Management Association"))
                .body("website", equalTo("https://www.ahima.org"));
        given().when().get("/v1/organizations/nha")
                .then().statusCode(200)
                .body("name", equalTo("National Healthcareer Association"))
                .body("website", nullValue());
    }

    @Test
    void shouldSortByNameDescending() {
        given().queryParam("sort", "-name").queryParam("fields", "slug").when().get("/v1/organizations")
                .then().statusCode(200)
                .body("items.slug", contains("nha", "ncct", "ncra", "naham", "mab", "hfma", "acdis", "amca", "amba",
                        "ahima", "aaham", "aapc"));
    }

    @Test
    void shouldAnswer404ForAnUnknownIssuer() {
        given().when().get("/v1/organizations/unknown").then().statusCode(404);
    }
}
