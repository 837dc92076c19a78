package org.certpath.region;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RegionResourceTest {

    @Test
    void shouldServeTheNationStatesDistrictAndTerritoriesOfTheData() {
        given().when().get("/v1/regions?limit=1").then().statusCode(200).body("page.total", equalTo(55));
        given().queryParam("kind", "territory,district").when().get("/v1/regions")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("DC", "GU", "PR", "VI"));
    }

    @Test
    void shouldServeARegionByCodeWithItsFipsCode() {
        given().when().get("/v1/regions/nj")
                .then().statusCode(200)
                .body("name", equalTo("New Jersey"))
                .body("fipsCode", equalTo("34"))
                .body("kind", equalTo("state"))
                .body("states", empty());
        given().when().get("/v1/regions/US")
                .then().statusCode(200).body("kind", equalTo("nation")).body("fipsCode", nullValue());
    }

    @Test
    void shouldSearchAndSortByName() {
        given().queryParam("q", "new").queryParam("sort", "name").when().get("/v1/regions")
                .then().statusCode(200)
                .body("items.code", contains("NH", "NJ", "NM", "NY"));
    }

    @Test
    void shouldSortByCodeDescending() {
        given().queryParam("sort", "-code").queryParam("limit", 3).when().get("/v1/regions")
                .then().statusCode(200)
                .body("items.code", contains("WY", "WV", "WI"));
    }

    @Test
    void shouldAnswer404ForAnUnknownRegion() {
        given().when().get("/v1/regions/ZZ").then().statusCode(404);
    }
}
