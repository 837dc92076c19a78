package org.certpath.salary;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SalaryResourceTest {

    @Test
    void shouldServeEverySalaryRowOfTheReferenceData() {
        // salaries.csv, then occupations/salaries.csv
        given().when().get("/v1/salaries?limit=1").then().statusCode(200).body("page.total", equalTo(114 + 164));
    }

    @Test
    void shouldServeTheNationalMay2024FiguresOfMedicalRecordsSpecialists() {
        given().queryParam("soc", "29-2072").queryParam("region", "US").queryParam("edition", "2024-05")
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].editionName", equalTo("May 2024"))
                .body("items[0].employment", equalTo(187910))
                .body("items[0].annual.mean.amount", equalTo(55970))
                .body("items[0].annual.p10.amount", equalTo(35780))
                .body("items[0].annual.p25.amount", equalTo(41600))
                .body("items[0].annual.median.amount", equalTo(50250))
                .body("items[0].annual.p75.amount", equalTo(64070))
                .body("items[0].annual.p90.amount", equalTo(80950))
                .body("items[0].hourly.mean.amount", equalTo(26.91f))
                .body("items[0].hourly.p10.amount", equalTo(17.2f))
                .body("items[0].employmentRse", equalTo(1))
                .body("items[0].sources[0].originalUrl", equalTo("https://www.bls.gov/oes/special-requests/oesm24nat.zip"));
    }

    @Test
    void shouldKeepStatePercentilesNullBecauseBlsFileCopiesHadNone() {
        given().queryParam("soc", "29-2072").queryParam("region", "DC").queryParam("edition", "2023-05")
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].annual.mean.amount", equalTo(70900))
                .body("items[0].annual.median", nullValue())
                .body("items[0].employment", nullValue())
                .body("items[0].figures", contains("annual.mean", "hourly.mean"))
                .body("items[0].coverage", equalTo("means"));
    }

    @Test
    void shouldTellTheNewerStateRowsFromTheMeanOnlyOnesAndCiteTheirPercentilesApart() {
        given().queryParam("soc", "29-2072").queryParam("region", "NJ").queryParam("sort", "edition")
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items.edition", contains("2023-05", "2024-05"))
                .body("items[0].coverage", equalTo("means"))
                .body("items[1].coverage", equalTo("partial"))
                .body("items[1].figures", contains("employment", "annual.mean", "annual.p10", "annual.p25",
                        "annual.median", "annual.p75", "annual.p90", "hourly.mean", "hourly.median"))
                .body("items[1].employment", equalTo(3690))
                .body("items[1].annual.p10.amount", equalTo(33280))
                .body("items[1].annual.p25.amount", equalTo(39280))
                .body("items[1].annual.median.amount", equalTo(49910))
                .body("items[1].annual.p75.amount", equalTo(65030))
                .body("items[1].annual.p90.amount", equalTo(85380))
                .body("items[1].hourly.mean.amount", equalTo(27.28f))
                .body("items[1].hourly.median.amount", equalTo(24))
                .body("items[1].hourly.p10", nullValue())
                .body("items[1].sources[0].kind", equalTo("secondary"))
                .body("items[1].sources[0].fields", nullValue())
                .body("items[1].sources[0].originalUrl", equalTo("https://www.bls.gov/oes/special-requests/oesm24st.zip"))
                .body("items[1].sources[1].kind", equalTo("secondary"))
                .body("items[1].sources[1].fields", contains("annual.p10", "annual.p25", "annual.p75", "annual.p90",
                        "hourly.mean", "hourly.median"))
                .body("items[1].sources[1].originalUrl", equalTo("https://www.bls.gov/oes/special-requests/oesm24all.zip"));
        given().queryParam("soc", "29-2072,29-9021").queryParam("edition", "2024-05").queryParam("limit", 200)
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("page.total", equalTo(104))
                .body("items.findAll { it.region != 'US' }.coverage", everyItem(equalTo("partial")));
    }

    @Test
    void shouldServeTheIndustryRowsOfMay2021() {
        given().queryParam("edition", "2021-05").queryParam("sort", "-employment")
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items.industry", contains("Cross-industry (all ownerships)", "General Medical and Surgical Hospitals",
                        "Offices of Physicians", "Management of Companies and Enterprises", "Outpatient Care Centers"));
    }

    @Test
    void shouldFilterByMedianRangeLeavingRowsWithoutAMedianOut() {
        given().queryParam("minAnnualMedian", 60000).queryParam("region", "US").queryParam("soc", "29-2072,29-9021")
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items.annual.median.amount", everyItem(greaterThanOrEqualTo(60000)))
                .body("items.soc", everyItem(equalTo("29-9021")))
                .body("page.total", equalTo(2));
        given().queryParam("maxAnnualMedian", 49000).queryParam("region", "US").queryParam("soc", "29-2072")
                .when().get("/v1/salaries")
                .then().statusCode(200).body("items.annual.median.amount", contains(48780));
    }

    @Test
    void shouldSortByRegionAndMean() {
        given().queryParam("soc", "29-2072").queryParam("edition", "2023-05").queryParam("sort", "-annual.mean")
                .queryParam("limit", 3).queryParam("fields", "region")
                .when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items.region", contains("DC", "WA", "CA"));
    }

    /**
     * Pages of 7 follow one another in each order the list offers, unknown medians last, with no row twice and none
     * missed: the rows the whole list holds in one page.
     */
    @Test
    void shouldWalkEveryPageInEachOrderWithNoRowTwiceOrMissed() {
        for (String sort : List.of("-annual.median", "annual.mean", "region,-edition", "employment", "-updatedAt")) {
            List<Integer> whole = given().queryParam("soc", "29-2072").queryParam("sort", sort).queryParam("limit", 500)
                    .when().get("/v1/salaries").then().statusCode(200).extract().path("items.id");
            List<Integer> walked = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("soc", "29-2072").queryParam("sort", sort).queryParam("limit", 7);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.when().get("/v1/salaries").then().statusCode(200)
                        .body("page.total", equalTo(whole.size())).extract().response();
                walked.addAll(page.path("items.id"));
                cursor = page.path("page.nextCursor");
            } while (cursor != null);
            assertTrue(whole.size() > 7, sort);
            assertEquals(whole, walked, sort);
        }
    }

    /**
     * The export streams from one cursor, the list pages through JSON: in each order, every row reads the same in
     * both, in the same order.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldExportTheRowsOfTheListInItsOrderAsItShowsThem() throws Exception {
        for (String sort : List.of("-annual.median", "region,-edition", "-updatedAt")) {
            List<Map<String, Object>> items = given().queryParam("soc", "29-2072").queryParam("sort", sort)
                    .queryParam("limit", 500).when().get("/v1/salaries").then().statusCode(200)
                    .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                    .getList("items");
            String csv = given().queryParam("soc", "29-2072").queryParam("sort", sort).when().get("/v1/salaries.csv")
                    .then().statusCode(200).contentType("text/csv").extract().asString();
            List<List<String>> rows = new ArrayList<>();
            try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readerForListOf(String.class).<List<String>>readValues(csv)) {
                it.forEachRemaining(rows::add);
            }
            List<String> header = rows.get(0);
            assertTrue(items.size() > 7, sort);
            assertEquals(items.size() + 1, rows.size(), sort);
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> item = items.get(i);
                List<String> row = rows.get(i + 1);
                for (String column : List.of("id", "region", "edition", "employment", "coverage", "updatedAt")) {
                    assertEquals(item.get(column) == null ? "" : String.valueOf(item.get(column)),
                            row.get(header.indexOf(column)), sort + ": " + column + " of row " + i);
                }
                for (String wage : List.of("annual", "hourly")) {
                    var figures = (Map<String, Map<String, Object>>) item.get(wage);
                    Object median = figures == null ? null : figures.get("median");
                    assertEquals(median == null ? "" : String.valueOf(((Map<String, Object>) median).get("amount")),
                            row.get(header.indexOf(wage + ".median.amount")), sort + ": median of row " + i);
                }
                assertEquals(String.valueOf(((List<?>) item.get("sources")).size()),
                        row.get(header.indexOf("sourceCount")), sort + ": sources of row " + i);
            }
        }
    }

    @Test
    void shouldListOnlyTheRowsUpdatedSinceAnInstant() {
        String latest = given().queryParam("sort", "-updatedAt").queryParam("limit", 1).when().get("/v1/salaries")
                .then().statusCode(200).extract().path("items[0].updatedAt");
        given().queryParam("updatedSince", latest).when().get("/v1/salaries")
                .then().statusCode(200).body("items.updatedAt", hasItem(latest)).body("page.total", greaterThanOrEqualTo(1));
        // Stored times have microseconds: a nanosecond after the latest is after every row.
        String after = OffsetDateTime.parse(latest).plusNanos(1).toString();
        given().queryParam("updatedSince", after).when().get("/v1/salaries")
                .then().statusCode(200).body("items", hasSize(0)).body("page.total", equalTo(0));
    }

    @Test
    void shouldServeAnOccupationsSalaries() {
        given().queryParam("region", "US").when().get("/v1/occupations/29-9021/salaries")
                .then().statusCode(200)
                .body("items.edition", containsInAnyOrder("2024-05", "2023-05", "2021-05", "2021-05", "2021-05", "2021-05",
                        "2021-05"));
    }

    @Test
    void shouldServeOneSalaryById() {
        int id = given().queryParam("region", "PR").queryParam("soc", "29-9021")
                .when().get("/v1/salaries").then().extract().path("items[0].id");
        given().when().get("/v1/salaries/" + id)
                .then().statusCode(200)
                .body("annual.mean.amount", equalTo(30570))
                .body("regionName", equalTo("Puerto Rico"));
        given().when().get("/v1/salaries/0").then().statusCode(404);
    }

    @Test
    void shouldRejectMalformedEditionsAndOccupations() {
        given().queryParam("edition", "May 2024").queryParam("soc", "292072")
                .when().get("/v1/salaries")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("edition", "soc"));
    }

    @Test
    void shouldListOnlyTheRowsOfAnEdition() {
        List<String> editions = given().queryParam("edition", "2023-05").queryParam("limit", 500)
                .when().get("/v1/salaries").then().statusCode(200).extract().path("items.edition");
        // 107 rows of salaries.csv and the six national May 2023 rows of occupations/salaries.csv
        org.junit.jupiter.api.Assertions.assertEquals(107 + 6, editions.size());
    }
}
