package org.certpath.occupation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OccupationResourceTest {

    @Test
    void shouldServeTheOccupationsOfTheData() {
        given().when().get("/v1/occupations")
                .then().statusCode(200)
                .body("items.soc", contains("29-2071", "29-2072", "29-9021"));
    }

    @Test
    void shouldServeTheDutiesOfMedicalRecordsSpecialistsInSourceOrder() {
        given().when().get("/v1/occupations/29-2072")
                .then().statusCode(200)
                .body("title", equalTo("Medical Records Specialists"))
                .body("typicalEducation", equalTo("Postsecondary nondegree award"))
                .body("duties", hasSize(22))
                .body("duties[0].position", equalTo(1))
                .body("duties[0].kind", equalTo("O*NET task"))
                .body("duties[0].text", startsWith("Assign the patient to diagnosis-related groups"))
                .body("duties[21].kind", equalTo("BLS OOH 'what they do'"));
    }

    @Test
    void shouldSearchAndSortByTitle() {
        given().queryParam("sort", "title").queryParam("limit", 1).when().get("/v1/occupations")
                .then().statusCode(200)
                .body("items.soc", contains("29-9021"));
        given().queryParam("q", "registrars").when().get("/v1/occupations")
                .then().statusCode(200)
                .body("items.soc", contains("29-9021"));
    }

    @Test
    void shouldAnswer404ForAnUnknownOccupation() {
        given().when().get("/v1/occupations/11-1111").then().statusCode(404);
        given().when().get("/v1/occupations/11-1111/salaries").then().statusCode(404);
    }
}
