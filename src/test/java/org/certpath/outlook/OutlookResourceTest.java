package org.certpath.outlook;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OutlookResourceTest {

    @Test
    void shouldServeEveryOutlookRowIncludingHistoricalOnes() {
        given().when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("page.total", equalTo(17))
                .body("items.period", hasItems("2024-2034", "2023-2033", "2022-2032", "2016-2026", "2019-2029"));
    }

    @Test
    void shouldServeThe2024To2034OutlookOfMedicalRecordsSpecialists() {
        given().queryParam("soc", "29-2072").queryParam("period", "2024-2034")
                .when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].baseEmployment", equalTo(194800))
                .body("items[0].projectedEmployment", equalTo(208600))
                .body("items[0].numericChange", equalTo(13800))
                .body("items[0].percentChange", equalTo(7.1f))
                .body("items[0].annualOpenings", equalTo(14200))
                .body("items[0].medianWage.amount", equalTo(50250))
                .body("items[0].medianWageYear", equalTo(2024))
                .body("items[0].entryEducation", equalTo("Postsecondary nondegree award"));
    }

    @Test
    void shouldKeepTheHistoricalRowWithoutSocCodeAndItsUnknownFigures() {
        given().queryParam("period", "2019-2029").when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("items[0].soc", nullValue())
                .body("items[0].projectedEmployment", nullValue())
                .body("items[0].annualOpenings", nullValue())
                .body("items[0].baseEmployment", equalTo(341600));
    }

    @Test
    void shouldSortByPercentChange() {
        given().queryParam("sort", "-percentChange").queryParam("limit", 2).queryParam("fields", "soc,period,percentChange")
                .when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("items.percentChange", contains(28.5f, 23.2f));
    }

    @Test
    void shouldFilterByRegion() {
        given().queryParam("region", "US").when().get("/v1/outlooks")
                .then().statusCode(200).body("page.total", equalTo(16));
        given().queryParam("region", "NJ").when().get("/v1/outlooks")
                .then().statusCode(200).body("page.total", equalTo(0));
        given().queryParam("region", "TX").when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("items.soc", contains("31-9094"))
                .body("items[0].period", equalTo("2022-2032"))
                .body("items[0].baseEmployment", equalTo(3955))
                .body("items[0].projectedEmployment", equalTo(4203))
                .body("items[0].annualOpenings", equalTo(726))
                .body("items[0].percentChange", nullValue())
                .body("items[0].sources[0].kind", equalTo("official_statistics"));
    }

    @Test
    void shouldSortByOpeningsAndPeriodWithUnknownsLast() {
        given().queryParam("sort", "-annualOpenings").queryParam("fields", "annualOpenings")
                .when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("items.annualOpenings", contains(85900, 82400, 62100, 61400, 45300, 42200, 15800, 15000, 14200,
                        9600, 8300, 7400, 7300, 3200, 3200, 726, null));
        given().queryParam("sort", "period").queryParam("fields", "period")
                .when().get("/v1/outlooks")
                .then().statusCode(200)
                .body("items.period", contains("2016-2026", "2019-2029", "2022-2032", "2023-2033", "2023-2033", "2023-2033",
                        "2023-2033", "2023-2033", "2023-2033", "2023-2033", "2024-2034", "2024-2034", "2024-2034",
                        "2024-2034", "2024-2034", "2024-2034", "2024-2034"));
    }

    @Test
    void shouldServeAnOccupationsOutlooks() {
        given().when().get("/v1/occupations/29-9021/outlooks")
                .then().statusCode(200)
                .body("items.period", contains("2024-2034", "2023-2033"))
                .body("items.annualOpenings", contains(3200, 3200));
    }
}
