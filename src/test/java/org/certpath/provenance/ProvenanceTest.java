package org.certpath.provenance;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every record the API serves says where it was read: at least one source with a url and an as-of. */
@QuarkusTest
class ProvenanceTest {

    private static final Map<String, Integer> REFERENCE_ROWS = Map.of(
            "organizations", 6, "certifications", 19, "programs", 90, "occupations", 3,
            "regions", 55, "salaries", 114, "outlooks", 6);

    @Test
    void shouldServeEveryReferenceRowWithAtLeastOneDatedSource() {
        REFERENCE_ROWS.forEach((collection, rows) -> {
            List<Map<String, Object>> items = given().queryParam("limit", 500).queryParam("fields", "sources")
                    .when().get("/v1/" + collection)
                    .then().statusCode(200).extract().path("items");
            assertEquals(rows, items.size(), collection);
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> sources = (List<Map<String, Object>>) item.get("sources");
                assertFalse(sources.isEmpty(), collection + " item without sources");
                for (Map<String, Object> source : sources) {
                    assertTrue(((String) source.get("url")).startsWith("http"), collection + ": " + source);
                    assertFalse(((String) source.get("asOf")).isBlank(), collection + ": " + source);
                    assertTrue(List.of("high", "medium", "low").contains(source.get("confidence")), collection + ": " + source);
                }
            }
        });
    }

    @Test
    void shouldKeepTheLowConfidenceMarksOfTheReferenceData() {
        given().when().get("/v1/certifications/cehrs").then().statusCode(200)
                .body("sources.confidence", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("low")));
        given().when().get("/v1/certifications/cpb").then().statusCode(200)
                .body("sources.confidence", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("high")));
    }

    @Test
    void shouldShareOneSourceAmongTheRowsReadInIt() {
        List<String> urls = given().queryParam("edition", "2023-05").queryParam("region", "AL,AK,AZ")
                .when().get("/v1/salaries").then().statusCode(200).extract().path("items.sources[0].url");
        assertEquals(1, urls.stream().distinct().count());
    }
}
