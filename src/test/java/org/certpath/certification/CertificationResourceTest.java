package org.certpath.certification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CertificationResourceTest {

    @Test
    void shouldServeEveryCertificationOfTheReferenceData() {
        given().queryParam("limit", 100).when().get("/v1/certifications")
                .then().statusCode(200)
                .body("page.total", equalTo(19))
                .body("items.acronym", containsInAnyOrder("RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CDIP", "CHDA", "CHPS",
                        "CPC", "CPC-A", "CPB", "CRC", "COC", "CEHRS", "CBCS", "CMAAC", "NCICS", "CMAA", "CTR"));
    }

    @Test
    void shouldServeTheRhitFiguresAsPublished() {
        given().when().get("/v1/certifications/rhit")
                .then().statusCode(200)
                .body("name", equalTo("Registered Health Information Technician"))
                .body("issuer.slug", equalTo("ahima"))
                .body("focus", equalTo(List.of("general_him")))
                .body("exam.questionsMin", equalTo(150))
                .body("exam.minutes", equalTo(210))
                .body("exam.feeMember.amount", equalTo(229))
                .body("exam.feeNonMember.amount", equalTo(299))
                .body("exam.feeNonMember.currency", equalTo("USD"))
                .body("renewal.cycleYears", equalTo(2))
                .body("renewal.ceUnits", equalTo(20))
                .body("renewal.feeNonMember.amount", equalTo(218))
                .body("eligibility.minEducation", equalTo("associate"))
                .body("eligibility.routes[0].accreditation", equalTo("CAHIIM"))
                .body("occupations[0].soc", equalTo("29-2072"))
                .body("occupations[0].editorial", equalTo(true))
                .body("sources[0].kind", equalTo("mirror"))
                .body("sources[0].confidence", equalTo("low"));
    }

    @Test
    void shouldKeepUnknownFiguresNull() {
        given().when().get("/v1/certifications/rhia")
                .then().statusCode(200)
                .body("exam.feeMember", nullValue())
                .body("exam.feeNonMember", nullValue());
        given().when().get("/v1/certifications/chps")
                .then().statusCode(200)
                .body("exam.questionsMin", equalTo(140))
                .body("exam.questionsMax", equalTo(160));
    }

    @Test
    void shouldFindACodeCaseInsensitively() {
        given().when().get("/v1/certifications/CCS-P")
                .then().statusCode(200).body("code", equalTo("ccs-p"));
    }

    @Test
    void shouldAnswer404ForAnUnknownCode() {
        given().when().get("/v1/certifications/xyz")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:not-found"))
                .body("detail", org.hamcrest.Matchers.containsString("xyz"));
    }

    @Test
    void shouldFilterByIssuer() {
        given().queryParam("issuer", "aapc").when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("cpc", "cpc-a", "cpb", "crc", "coc"));
        given().queryParam("issuer", "nha,ncct").when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("cehrs", "cbcs", "cmaa", "ncics"));
    }

    @Test
    void shouldFilterByAnyOfSeveralFocusAreas() {
        given().queryParam("focus", "privacy").when().get("/v1/certifications")
                .then().statusCode(200).body("items.code", equalTo(List.of("chps")));
        given().queryParam("focus", "privacy,registry").when().get("/v1/certifications")
                .then().statusCode(200).body("items.code", containsInAnyOrder("chps", "ctr"));
    }

    @Test
    void shouldReturnTheCredentialsReachableWithAnEducationLevel() {
        given().queryParam("education", "none").when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("cpc", "cpc-a", "cpb", "crc", "coc"));
        given().queryParam("education", "high_school").queryParam("limit", 100).when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", hasItems("cca", "ccs", "chps", "cehrs", "cmaac", "cpc"))
                .body("items.code", not(hasItem("rhit")));
        given().queryParam("education", "bachelor").queryParam("limit", 100).when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", hasItems("rhit", "rhia", "ctr", "cca"))
                .body("items.code", not(hasItem("cdip")));
    }

    @Test
    void shouldFilterByMaximumExamFeeLeavingUnknownFeesOut() {
        given().queryParam("maxExamFee", 300).when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("rhit", "cca"));
        given().queryParam("maxExamFee", 100).when().get("/v1/certifications")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldSearchAcronymsNamesAndNotes() {
        given().queryParam("q", "tumor").when().get("/v1/certifications")
                .then().statusCode(200).body("items.code", hasItem("ctr"));
        given().queryParam("q", "Registered").when().get("/v1/certifications")
                .then().statusCode(200).body("items.code", containsInAnyOrder("rhit", "rhia"));
    }

    @Test
    void shouldSortByExamFeeWithUnknownFeesLast() {
        given().queryParam("sort", "examFee").queryParam("limit", 4).when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("rhit", "cca", "ccs", "ccs-p")));
        given().queryParam("sort", "-examFee,code").queryParam("limit", 2).when().get("/v1/certifications")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("cpc", "cpc-a")));
    }

    @Test
    void shouldListTheProgramsThatPrepareForACredential() {
        given().queryParam("limit", 100).when().get("/v1/certifications/RHIT/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(36))
                .body("items.certifications", everyItem(hasItem("rhit")));
        given().queryParam("state", "NY").when().get("/v1/certifications/rhit/programs")
                .then().statusCode(200).body("items", hasSize(2)).body("items.state", everyItem(equalTo("NY")));
    }

    @Test
    void shouldRejectTheCertificationFilterOnACredentialsPrograms() {
        given().queryParam("certification", "cca").when().get("/v1/certifications/rhit/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("certification"));
        given().when().get("/v1/certifications/nope/programs").then().statusCode(404);
    }
}
