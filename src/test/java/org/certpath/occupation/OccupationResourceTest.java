package org.certpath.occupation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OccupationResourceTest {

    @Test
    void shouldServeTheOccupationsOfTheData() {
        given().when().get("/v1/occupations")
                .then().statusCode(200)
                .body("items.soc", contains("00-0000", "11-9111", "29-2071", "29-2072", "29-9021", "31-9094", "43-3021",
                        "43-4071", "43-6013"));
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
        given().queryParam("sort", "title").queryParam("limit", 2).when().get("/v1/occupations")
                .then().statusCode(200)
                .body("items.title", contains("All Occupations", "Billing and Posting Clerks"));
        given().queryParam("q", "registrars").when().get("/v1/occupations")
                .then().statusCode(200)
                .body("items.soc", contains("29-9021"));
    }

    @Test
    void shouldAnswer404ForAnUnknownOccupation() {
        given().when().get("/v1/occupations/11-1111").then().statusCode(404);
        given().when().get("/v1/occupations/11-1111/salaries").then().statusCode(404);
    }
    @Test
    void shouldFindAnOccupationByAnAlternateTitleInAnyCaseAndWordOrder() {
        for (String q : List.of("medical records clerk", "MEDICAL RECORDS CLERK", "clerk, medical records")) {
            given().queryParam("q", q).when().get("/v1/occupations")
                    .then().statusCode(200)
                    .body("items.soc", hasItems("29-2072", "43-4071", "43-6013"))
                    .body("items.soc", not(hasItem("29-9021")));
        }
        given().queryParam("q", "release of information specialist").when().get("/v1/occupations")
                .then().statusCode(200).body("items.soc", hasItems("29-2072", "29-9021"));
        given().queryParam("q", "tumor registrar").when().get("/v1/occupations")
                .then().statusCode(200).body("items.soc", contains("29-9021"));
        given().queryParam("q", "no such job title anywhere").when().get("/v1/occupations")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldServeTheAlternateTitlesWithTheListsThatGiveThemAndTheirSources() {
        given().when().get("/v1/occupations/29-2072")
                .then().statusCode(200)
                .body("alternateTitles.title", hasItems("Medical Records Clerk", "Medical Coder",
                        "Health Information Clerk", "Release of Information Specialist"))
                .body("alternateTitles.find { it.title == 'Medical Records Clerk' }.kinds",
                        hasItems("onet_alternate", "onet_reported"))
                .body("sources.findAll { it.fields != null && it.fields.contains('alternateTitles') }.kind",
                        everyItem(equalTo("mirror")))
                .body("sources.findAll { it.fields != null && it.fields.contains('alternateTitles') }.originalUrl",
                        hasItems("https://www.onetcenter.org/database.html", "https://data.bls.gov/projections/occupationProj"))
                // O*NET OnLine's own page, read for the duties already, backs the whole record
                .body("sources.find { it.url == 'https://onetonline.org/find/match/2/29-2072.00' }.kind",
                        equalTo("official_statistics"));
    }

    @Test
    void shouldListTheCredentialsThatLeadToAnOccupationWithTheirBasisAndSource() {
        given().when().get("/v1/occupations/43-6013")
                .then().statusCode(200)
                .body("credentials.code", hasItem("cmaa"))
                .body("credentials.find { it.code == 'cmaa' }.basis", equalTo("onet_title"))
                .body("credentials.find { it.code == 'cmaa' }.matchedTitle",
                        equalTo("Certified Medical Administrative Assistant (CMMA)"))
                .body("credentials.find { it.code == 'cmaa' }.source.kind", equalTo("mirror"))
                .body("credentials.find { it.code == 'cmaa' }.source.originalUrl",
                        equalTo("https://www.onetcenter.org/database.html"));
        given().when().get("/v1/occupations/11-9111")
                .then().statusCode(200)
                .body("credentials.code", contains("cppm", "rhia"))
                .body("credentials[1].basis", equalTo("stated"))
                .body("credentials[1].source.kind", equalTo("secondary"));
        given().when().get("/v1/occupations/29-2072")
                .then().statusCode(200)
                .body("credentials.code", hasItems("rhit", "cpc", "ccs", "cca"))
                .body("credentials.find { it.code == 'cca' }.basis", equalTo("editorial"))
                .body("credentials.find { it.code == 'cca' }.source", nullValue());
        given().when().get("/v1/occupations/43-4071")
                .then().statusCode(200).body("credentials", empty());
    }

    @Test
    void shouldServeTheNeighbouringOccupationsWithDutiesWagesOfTwoEditionsAndProjections() {
        given().when().get("/v1/occupations/43-3021")
                .then().statusCode(200)
                .body("title", equalTo("Billing and Posting Clerks"))
                .body("typicalEducation", equalTo("High school diploma or equivalent"))
                .body("duties", hasSize(28));
        given().queryParam("region", "US").when().get("/v1/occupations/43-3021/salaries")
                .then().statusCode(200)
                .body("items.edition", containsInAnyOrder("2024-05", "2023-05"))
                .body("items.coverage", everyItem(equalTo("full")));
        given().queryParam("region", "US").queryParam("edition", "2024-05").when().get("/v1/occupations/11-9111/salaries")
                .then().statusCode(200)
                .body("items[0].annual.median.amount", equalTo(117960))
                .body("items[0].employment", equalTo(565840));
        given().when().get("/v1/occupations/11-9111/outlooks")
                .then().statusCode(200)
                .body("items.find { it.period == '2024-2034' }.baseEmployment", equalTo(616200))
                .body("items.find { it.period == '2024-2034' }.projectedEmployment", equalTo(759100));
    }

    @Test
    void shouldGiveHealthInformationTechnologistsTheirDuties() {
        given().when().get("/v1/occupations/29-9021")
                .then().statusCode(200)
                .body("duties", hasSize(16))
                .body("duties[0].position", equalTo(1))
                .body("duties[0].text", startsWith("Assign the patient to diagnosis-related groups"))
                .body("sources.findAll { it.fields != null && it.fields.contains('duties') }.kind", hasItem("mirror"));
    }

}
