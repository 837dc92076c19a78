package org.certpath.pathway;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CompareResourceTest {

    @Test
    void shouldCompareCredentialsColumnByColumnInTheOrderGiven() {
        given().queryParam("certification", "rhit", "CCA", "cpc")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("columns.code", contains("rhit", "cca", "cpc"))
                .body("columns.issuer.slug", contains("ahima", "ahima", "aapc"))
                .body("columns[0].focus", contains("general_him"))
                .body("columns[0].eligibility.minEducation", equalTo("associate"))
                .body("columns[0].eligibility.experienceMonths", equalTo(0))
                .body("columns[0].exam.questionsMin", equalTo(150))
                .body("columns[0].exam.minutes", equalTo(210))
                .body("columns[0].exam.feeMember.amount", equalTo(229))
                .body("columns[0].exam.feeNonMember.amount", equalTo(299))
                .body("columns[0].renewal.cycleYears", equalTo(2))
                .body("columns[0].renewal.ceUnits", equalTo(20))
                .body("columns[1].exam.feeMember.amount", equalTo(199))
                .body("columns[1].eligibility.minEducation", equalTo("high_school"))
                .body("columns[2].exam.feeMember.amount", equalTo(425))
                .body("columns[2].exam.feeIncludes", equalTo("$425 = 1 attempt; $499 = 2 attempts"))
                .body("columns[2].exam.feeNonMember", nullValue())
                .body("columns[2].eligibility.minEducation", equalTo("none"))
                .body("columns.occupations.soc", everyItem(contains("29-2072")))
                .body("columns[0].occupations[0].medianWage.amount", equalTo(50250))
                .body("columns[0].occupations[0].medianWageEdition", equalTo("2024-05"))
                .body("columns[0].occupations[0].growth.period", equalTo("2024-2034"))
                .body("columns[0].occupations[0].growth.percentChange", equalTo(7.1f));
    }

    @Test
    void shouldCountTheProgramsThatPrepareForEachCredential() {
        List<Integer> counts = given().queryParam("certification", "rhit", "cca", "cpc", "cmaa", "chps")
                .when().get("/v1/compare")
                .then().statusCode(200).extract().path("columns.programCount");
        List<Integer> listed = List.of("rhit", "cca", "cpc", "cmaa", "chps").stream()
                .map(code -> given().queryParam("certification", code).when().get("/v1/programs")
                        .then().statusCode(200).extract().<Integer>path("page.total")).toList();
        assertEquals(listed, counts);
        assertEquals(List.of(36, 21, 35, 34, 0), counts);
    }

    @Test
    void shouldMatchTheNewestNationalFiguresOfEachOccupation() {
        int median = given().queryParam("soc", "29-9021").queryParam("region", "US").queryParam("edition", "2024-05")
                .when().get("/v1/salaries").then().statusCode(200).extract().path("items[0].annual.median.amount");
        given().queryParam("certification", "chps", "ctr")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("columns[0].occupations[0].soc", equalTo("29-9021"))
                .body("columns[0].occupations[0].medianWage.amount", equalTo(median))
                .body("columns[0].occupations[0].growth.percentChange", equalTo(14.7f))
                .body("columns[0].eligibility.experienceMonths", equalTo(72))
                .body("columns[1].occupations[0].editorial", equalTo(false));
    }

    @Test
    void shouldShowUnknownsAsNull() {
        given().queryParam("certification", "cmaa", "ctr")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("columns[0].occupations.soc", contains("43-6013"))
                .body("columns[0].eligibility.minEducation", nullValue())
                .body("columns[0].eligibility.experienceMonths", nullValue())
                .body("columns[0].exam.minutes", nullValue())
                .body("columns[0].renewal.cycleYears", nullValue())
                .body("columns[1].eligibility.minEducation", equalTo("associate"))
                .body("columns[1].eligibility.experienceMonths", nullValue());
    }

    @Test
    void shouldAnswer400NamingAnUnknownCode() {
        given().queryParam("certification", "rhit", "xyz")
                .when().get("/v1/compare")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-parameters"))
                .body("invalidParams.name", contains("certification"))
                .body("invalidParams[0].reason", containsString("'xyz'"));
        given().queryParam("certification", "rhit", "4bad")
                .when().get("/v1/compare")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("'4bad'"));
    }

    @Test
    void shouldAnswer400ForACountOutOfRange() {
        for (String codes : List.of("rhit", "rhit,RHIT", "rhit,rhia,cca,ccs,cpc,cpb,crc")) {
            given().queryParam("certification", codes)
                    .when().get("/v1/compare")
                    .then().statusCode(400)
                    .body("invalidParams.name", contains("certification"))
                    .body("invalidParams[0].reason", containsString("2 to 6"));
        }
        given().when().get("/v1/compare")
                .then().statusCode(400).body("invalidParams.name", contains("certification"));
        given().queryParam("certification", "rhit", "rhia", "cca", "ccs", "cpc", "cpb")
                .when().get("/v1/compare")
                .then().statusCode(200).body("columns.size()", equalTo(6));
    }

    @Test
    void shouldAnswer400ForAnUnknownParameter() {
        given().queryParam("certification", "rhit", "cca").queryParam("limit", 5)
                .when().get("/v1/compare")
                .then().statusCode(400).body("invalidParams.name", contains("limit"));
    }

    @Test
    void shouldPriceEachColumnsCheapestRouteWithThePathwaysModel() {
        var compared = given().queryParam("certification", "cca", "chps").queryParam("region", "NJ")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("region.code", equalTo("NJ"))
                .body("baseline.basis", equalTo("high_school_entry_median"))
                .body("settings.horizonYears", equalTo(5))
                .extract().jsonPath();
        int priced = 0;
        for (int column = 0; column < 2; column++) {
            String code = compared.getString("columns[" + column + "].code");
            var pathways = given().queryParam("certification", code).queryParam("region", "NJ").queryParam("limit", 1)
                    .when().get("/v1/pathways").then().statusCode(200).extract().jsonPath();
            assertEquals(pathways.getMap("wages"), compared.getMap("columns[" + column + "].wages"), code);
            assertEquals(pathways.getInt("page.total"), compared.getInt("columns[" + column + "].routeCount"), code);
            String route = "columns[" + column + "].cheapestRoute";
            Map<String, Object> cost = pathways.getMap("items[0].cost");
            if (cost.get("program") == null || cost.get("examFees") == null || cost.get("membershipDues") == null) {
                assertNull(compared.get(route), code + ": its cheapest route is not priced");
                continue;
            }
            priced++;
            for (String field : List.of("route", "program", "monthsToCredential", "monthsBasis", "examRate",
                    "expectedAttempts", "paths", "missing", "assumptions")) {
                assertEquals(pathways.<Object>get("items[0]." + field), compared.get(route + "." + field),
                        code + " " + field);
            }
            assertEquals(pathways.<Object>get("items[0].cost.knownTotal"), compared.get(route + ".price"), code);
        }
        assertTrue(priced > 0, "the exam-only route to the CCA is priced");
    }

    @Test
    void shouldSayWhichFiguresDoNotTellTheColumnsApart() {
        // CCA and CCS lead to the same occupation, so their wages are the same; their fees are not. Neither has a
        // salary survey of its holders, so their evidence is the same too: none.
        given().queryParam("certification", "cca", "ccs")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("columns.wages.soc", contains("29-2072", "29-2072"))
                .body("sameInEveryColumn", hasItem("wages"))
                .body("sameInEveryColumn", hasItem("premium.evidence"))
                .body("sameInEveryColumn", not(hasItem("examFeeNonMember")));
        given().queryParam("certification", "cca", "chps")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("columns.wages.soc", contains("29-2072", "29-9021"))
                .body("sameInEveryColumn", not(hasItem("wages")));
    }

    @Test
    void shouldShowEachColumnsSalarySurveysAndSayTheyTellTheColumnsApart() {
        // CPC and CCA lead to the same occupation and earn the same wages; only the CPC has surveys of its holders.
        var compared = given().queryParam("certification", "cpc", "cca")
                .when().get("/v1/compare")
                .then().statusCode(200)
                .body("columns.wages.soc", contains("29-2072", "29-2072"))
                .body("columns[0].premium.measured", equalTo(false))
                .body("columns[0].premium.evidence.surveyYear", contains(2025, 2017, 2012))
                .body("columns[0].premium.evidence.amount.amount", contains(67147, 54106, 47796))
                .body("columns[0].premium.evidence.source.confidence", everyItem(equalTo("low")))
                .body("columns[1].premium.evidence", empty())
                .body("columns[1].premium.note", containsString("no salary survey of its holders is loaded"))
                .body("sameInEveryColumn", hasItem("wages"))
                .body("sameInEveryColumn", not(hasItem("premium.evidence")))
                .extract().jsonPath();
        for (int column = 0; column < 2; column++) {
            String code = compared.getString("columns[" + column + "].code");
            var pathways = given().queryParam("certification", code).queryParam("limit", 1)
                    .when().get("/v1/pathways").then().statusCode(200).extract().jsonPath();
            assertEquals(pathways.getMap("premium"), compared.getMap("columns[" + column + "].premium"), code);
        }
    }
}
