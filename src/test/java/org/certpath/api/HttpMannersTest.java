package org.certpath.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The HTTP behaviour every collection shares: caching, CORS and the 400 problems of list parameters. */
@QuarkusTest
class HttpMannersTest {

    /** IMF-fixdate (RFC 9110, section 5.6.7): the one form a sender may use. */
    private static final String HTTP_DATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3][0-9] [A-Z][a-z]{2} [0-9]{4} [0-2][0-9]:[0-5][0-9]:[0-6][0-9] GMT";

    @Test
    void shouldTagEqualRequestsAlikeAndDifferentOnesApart() {
        String first = given().when().get("/v1/programs?state=NJ").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .header("Last-Modified", matchesPattern(HTTP_DATE))
                .extract().header("ETag");
        String again = given().when().get("/v1/programs?state=NJ").then().extract().header("ETag");
        String other = given().when().get("/v1/programs?state=NY").then().extract().header("ETag");
        String csv = given().when().get("/v1/programs.csv?state=NJ").then().extract().header("ETag");
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertNotEquals(first, csv);
    }

    @Test
    void shouldAnswer304ToACurrentListTag() {
        String tag = given().when().get("/v1/certifications").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/v1/certifications")
                .then().statusCode(304).header("ETag", tag).body(equalTo(""));
        given().header("If-None-Match", "\"stale\"").when().get("/v1/certifications").then().statusCode(200);
    }

    @Test
    void shouldTagItemsWithTheirRowVersionAndAnswer304() {
        Response item = given().when().get("/v1/certifications/rhit").then().statusCode(200)
                .header("Last-Modified", matchesPattern(HTTP_DATE)).extract().response();
        String tag = item.header("ETag");
        // The row version: a seed migration that changes a loaded row (V66 adds RHIT's sourced link) raises it.
        org.hamcrest.MatcherAssert.assertThat(tag, org.hamcrest.Matchers.matchesPattern("\"r[0-9]+-.+\""));
        given().header("If-None-Match", "W/" + tag).when().get("/v1/certifications/rhit").then().statusCode(304);
        given().header("If-None-Match", tag).when().get("/v1/certifications/cca").then().statusCode(200);
    }

    @Test
    void shouldSendAShortJsonBodyWithItsLength() {
        // JSON is written as it is generated (JsonBytesWriter): a flush would send even a short body in chunks.
        Response region = given().when().get("/v1/regions/NJ").then().statusCode(200)
                .header("Transfer-Encoding", nullValue()).extract().response();
        assertEquals(String.valueOf(region.asByteArray().length), region.header("Content-Length"));
        assertEquals("NJ", region.jsonPath().getString("code"));
    }

    @Test
    void shouldLetAnyOriginReadWithoutCredentials() {
        given().header("Origin", "https://jobs.example").when().get("/v1/regions/NJ")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://jobs.example"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Allow-Credentials", equalTo("false"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void shouldAnswerCorsPreflightForReads() {
        given().header("Origin", "https://school.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .when().options("/v1/programs")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://school.example"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void shouldNotOfferWritesToOtherOriginsInAPreflight() {
        given().header("Origin", "https://school.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/v1/programs")
                .then().statusCode(200)
                .header("Access-Control-Allow-Methods", not(containsString("POST")));
    }

    @Test
    void shouldLetTheApisOwnPagesWrite() {
        // Swagger UI after Authorize: the browser names the page's origin, which is this server.
        Editors.as(Editors.newKey("editor")).header("Origin", "http://localhost:" + RestAssured.port)
                .contentType("application/json").body("{}")
                .when().post("/v1/programs")
                .then().statusCode(400)
                .body("type", equalTo(Problems.type("invalid-body").toString()));
    }

    @Test
    void shouldRefuseAWriteFromAnotherOriginWithAProblem() {
        String key = Editors.newKey("editor");
        for (String origin : List.of("https://jobs.example", "http://localhost:1", "null")) {
            Editors.as(key).header("Origin", origin)
                    .contentType("application/json").body("{}")
                    .when().post("/v1/programs")
                    .then().statusCode(403).contentType("application/problem+json")
                    .header("Vary", containsString("Origin"))
                    .body("type", equalTo(Problems.type("cross-origin-write").toString()));
        }
    }

    @Test
    void shouldRejectAnUnknownQueryParameter() {
        given().queryParam("colour", "blue").when().get("/v1/certifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-parameters"))
                .body("invalidParams[0].name", equalTo("colour"));
        given().queryParam("colour", "blue").when().get("/v1/certifications/rhit")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("colour"));
    }

    @Test
    void shouldRejectABadEnumValue() {
        given().queryParam("deliveryMode", "carrier-pigeon").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("deliveryMode"))
                .body("invalidParams[0].reason", containsString("hybrid, in_person, online"));
        given().queryParam("education", "phd").when().get("/v1/certifications")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("education"));
    }

    @Test
    void shouldRejectBadNumbersBooleansAndDates() {
        given().queryParam("maxCost", "cheap").queryParam("accredited", "maybe").queryParam("updatedSince", "yesterday")
                .when().get("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("maxCost", "accredited", "updatedSince"));
        given().queryParam("maxCost", "-5").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("at least 0"));
        for (String outOfRange : List.of("+10000-01-01T00:00:00Z", "+300000-01-01T00:00:00Z", "0000-12-31T00:00:00Z")) {
            for (String list : List.of("/v1/programs", "/v1/programs?q=college", "/v1/salaries", "/v1/regions")) {
                given().queryParam("updatedSince", outOfRange).when().get(list)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("invalidParams[0].name", equalTo("updatedSince"));
            }
        }
    }

    /** Decimals are bounded in magnitude and scale when read: none costs more to parse than it costs to send. */
    @Test
    void shouldRejectHugeOrOverPreciseAmountsNamingTheParameter() {
        for (String list : List.of("/v1/programs?maxCost=", "/v1/salaries?maxAnnualMedian=", "/v1/salaries?minAnnualMedian=",
                "/v1/certifications?maxExamFee=", "/v1/pathways?certification=cca&maxTotalCost=")) {
            for (String hostile : List.of("1e64000000", "1e1000000", "10000000.01", "0.001", "99999999999999999999")) {
                String name = list.substring(list.lastIndexOf('?') + 1).replaceFirst(".*&", "").replace("=", "");
                given().urlEncodingEnabled(false).when().get(list + hostile)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("invalidParams[0].name", equalTo(name));
            }
        }
    }

    @Test
    void shouldRejectAnEmptySortField() {
        given().queryParam("sort", ",").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("sort"));
        given().queryParam("sort", "name,").when().get("/v1/regions")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("sort"));
    }

    @Test
    void shouldRejectALimitOutOfRange() {
        given().queryParam("limit", 0).when().get("/v1/programs").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("limit"));
        given().queryParam("limit", 501).when().get("/v1/programs").then().statusCode(400)
                .body("invalidParams[0].reason", equalTo("Must be between 1 and 500."));
    }

    @Test
    void shouldRejectAnInvalidCursorOrOneMadeForAnotherSort() {
        given().queryParam("cursor", "not-a-cursor").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        String cursor = given().queryParam("limit", 2).queryParam("sort", "name")
                .when().get("/v1/programs").then().extract().path("page.nextCursor");
        given().queryParam("cursor", cursor).queryParam("sort", "cost")
                .when().get("/v1/programs").then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
    }

    @Test
    void shouldRejectAnUnknownSortOrField() {
        given().queryParam("sort", "-price").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("cost"));
        given().queryParam("fields", "id,colour").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("fields"));
    }

    @Test
    void shouldListEveryProblemAtOnce() {
        given().queryParam("limit", 9999).queryParam("deliveryMode", "x").queryParam("sort", "y").queryParam("z", "1")
                .when().get("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("limit", "deliveryMode", "sort", "z"))
                .body("detail", containsString("limit"));
    }

    @Test
    void shouldAnswer404ProblemsForUnknownPaths() {
        given().when().get("/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldExportEveryCollectionAsCsv() {
        for (String collection : new String[] {"organizations", "certifications", "programs", "occupations", "regions",
                "salaries", "outlooks"}) {
            given().when().get("/v1/" + collection + ".csv")
                    .then().statusCode(200).contentType("text/csv")
                    .header("Content-Disposition", "attachment; filename=" + collection + ".csv")
                    .body(startsWith(collection.equals("regions") ? "code,fipsCode,name" : ""));
        }
        given().queryParam("fields", "code,exam").when().get("/v1/certifications.csv")
                .then().statusCode(200)
                .body(startsWith("code,exam.questionsMin,exam.questionsMax,exam.minutes,exam.feeMember.amount,"
                        + "exam.feeMember.currency,exam.feeNonMember.amount,exam.feeNonMember.currency,"
                        + "exam.questionsNote,exam.delivery,exam.feeIncludes\n"))
                .body(containsString("\nrhit,150,150,210,229,USD,299,USD,150 (130 scored + 20 pretest),"
                        + "computer-based at Pearson VUE testing centers,\n"));
    }

    @Test
    void shouldReportTheEditionsInTheIndexAndCacheIt() {
        given().when().get("/v1").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("editions.salaries", hasItem("2024-05"));
    }
}
