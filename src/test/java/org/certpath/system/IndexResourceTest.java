package org.certpath.system;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IndexResourceTest {

    @Test
    void shouldLinkEveryCollectionAndListTheEditionsServed() {
        given().when().get("/v1")
                .then().statusCode(200)
                .body("links.certifications", equalTo("/v1/certifications"))
                .body("links.programs", equalTo("/v1/programs"))
                .body("links.salaries", equalTo("/v1/salaries"))
                .body("links.pathways", equalTo("/v1/pathways"))
                .body("links.compare", equalTo("/v1/compare"))
                .body("editions.salaries", contains("2024-05", "2023-05", "2021-05"))
                .body("editions.outlooks", contains("2024-2034", "2023-2033", "2022-2032", "2019-2029", "2016-2026"));
    }

    @Test
    void shouldRedirectTheBareHostToSwaggerUi() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Location", endsWith("/q/swagger-ui/"));
    }
}
