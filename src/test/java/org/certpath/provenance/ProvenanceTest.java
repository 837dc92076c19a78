package org.certpath.provenance;

import io.quarkus.test.junit.QuarkusTest;
import org.certpath.program.ProgramResourceTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every record the API serves says where it was read: at least one source with an absolute http(s) URL, a
 * declared kind, and the confidence that kind gives (undated sources low).
 */
@QuarkusTest
class ProvenanceTest {

    private static final Map<String, Integer> REFERENCE_ROWS = Map.of(
            "organizations", 12, "certifications", 35, "programs", ProgramResourceTest.REFERENCE_PROGRAMS, "occupations", 9,
            "regions", 55, "salaries", 114 + 164, "outlooks", 6 + 11);

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
                    assertTrue(((String) source.get("url")).matches("https?://\\S+"), collection + ": " + source);
                    String asOf = (String) source.get("asOf");
                    assertTrue(asOf == null || !asOf.isBlank(), collection + ": " + source);
                    SourceKind kind = SourceKind.of((String) source.get("kind"));
                    assertEquals(kind.confidenceFor(collection.replaceFirst("s$", ""), asOf).code(),
                            source.get("confidence"), collection + ": " + source);
                    if (SourceKind.isStagingHost((String) source.get("url"))) {
                        assertEquals(SourceKind.MIRROR, kind, collection + ": " + source);
                    }
                }
            }
        });
    }

    @Test
    void shouldGradeConfidenceByTheDeclaredKindOfEachSource() {
        given().when().get("/v1/certifications/cic").then().statusCode(200)
                .body("sources.kind", everyItem(equalTo("issuer")))
                .body("sources.findAll { it.asOf != null }.confidence", everyItem(equalTo("high")))
                .body("sources.findAll { it.asOf == null }.confidence", everyItem(equalTo("low")));
        given().queryParam("edition", "2023-05").queryParam("region", "NJ").when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items[0].sources.kind", everyItem(equalTo("mirror")))
                .body("items[0].sources.confidence", everyItem(equalTo("low")));
    }

    @Test
    void shouldNeverServeAStagingHostAsAnOfficialUrl() {
        List<String> urls = given().queryParam("limit", 500).when().get("/v1/certifications")
                .then().statusCode(200).extract().path("items.officialUrl");
        urls.stream().filter(url -> url != null).forEach(url -> assertFalse(SourceKind.isStagingHost(url), url));
        given().when().get("/v1/certifications/chps").then().statusCode(200)
                .body("sources.findAll { it.url.contains('cms-test.') }.kind", everyItem(equalTo("mirror")))
                .body("sources.findAll { it.url.contains('cms-test.') }.confidence", everyItem(equalTo("low")));
    }

    @Test
    void shouldShareOneSourceAmongTheRowsReadInIt() {
        List<String> urls = given().queryParam("edition", "2023-05").queryParam("region", "AL,AK,AZ")
                .when().get("/v1/salaries").then().statusCode(200).extract().path("items.sources[0].url");
        assertEquals(1, urls.stream().distinct().count());
    }
}
