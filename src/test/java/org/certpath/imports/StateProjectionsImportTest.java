package org.certpath.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Projections Central long-term download (saved as CSV, with its byte order mark and CRLF): outlooks per
 * state, each row with its own period. The outlooks it makes are deleted after each test.
 */
@QuarkusTest
class StateProjectionsImportTest {

    private static final String PUBLISHER = "Projections Managing Partnership (Projections Central)";
    private static final String IMPORT = "/v1/imports/state-projections?asOf=Last updated 7/12/2023";

    private String editor;

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    @AfterEach
    void deleteImportedOutlooks() {
        List<Integer> ids = given().queryParam("region", "NJ,PA,DE,AL,TX").queryParam("limit", 100)
                .when().get("/v1/outlooks").then().statusCode(200)
                .extract().path("items.findAll { it.sources[0].publisher == '" + PUBLISHER + "' }.id");
        ids.forEach(id -> Editors.deleteIfPresent(editor, "/v1/outlooks/" + id));
    }

    private ValidatableResponse post(String path, String file) {
        return ImportSamples.post(editor, "text/csv", path, file);
    }


    @Test
    void shouldDryRunTheStateProjectionsWithoutWriting() {
        int outlooks = ImportSamples.total("/v1/outlooks");
        post(IMPORT + "&dryRun=true", ImportSamples.read("state-projections.csv"))
                .statusCode(200)
                .body("kind", equalTo("state-projections"))
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(23))
                .body("inserted", equalTo(19))
                .body("updated", equalTo(0))
                .body("ignored", equalTo(4))
                .body("ignoredReasons.'national row (the Employment Projections import brings those)'", equalTo(2))
                .body("ignoredReasons.'occupation not tracked by this API'", equalTo(2))
                .body("notes", hasItem(containsString("2 kept row(s) have figures the state publishes as (NA)")))
                .body("source.publisher", equalTo(PUBLISHER))
                .body("source.asOf", equalTo("Last updated 7/12/2023"));
        assertEquals(outlooks, ImportSamples.total("/v1/outlooks"));
    }

    @Test
    void shouldImportAnOutlookPerStateWithItsOwnPeriod() {
        int outlooks = ImportSamples.total("/v1/outlooks");
        post(IMPORT, ImportSamples.read("state-projections.csv")).statusCode(200).body("inserted", equalTo(19));
        assertEquals(outlooks + 19, ImportSamples.total("/v1/outlooks"));
        given().queryParam("region", "NJ").queryParam("period", "2022-2032").queryParam("sort", "id")
                .when().get("/v1/outlooks").then().statusCode(200)
                .body("items.soc", contains("00-0000", "29-2072", "29-9021", "43-6013", "11-9111", "31-9094", "43-3021",
                        "43-4071"))
                .body("items[1].occupationTitle", equalTo("Medical Records Specialists"))
                .body("items[1].baseEmployment", equalTo(5460))
                .body("items[1].projectedEmployment", equalTo(5790))
                .body("items[1].numericChange", equalTo(330))
                .body("items[1].percentChange", equalTo(6))
                .body("items[1].annualOpenings", equalTo(460))
                .body("items[1].medianWage", nullValue())
                .body("items[1].sources[0].publisher", equalTo(PUBLISHER))
                .body("items[1].sources[0].asOf", equalTo("Last updated 7/12/2023"))
                .body("items[1].sources[0].confidence", equalTo("high"))
                .body("items[5].numericChange", equalTo(-170));
        given().queryParam("region", "PA").queryParam("soc", "31-9094").when().get("/v1/outlooks").then()
                .body("items[0].baseEmployment", nullValue())
                .body("items[0].annualOpenings", nullValue())
                .body("items[0].notes", containsString("(NA)"));
        given().queryParam("region", "DE").when().get("/v1/outlooks").then()
                .body("items.period", contains("2020-2030", "2020-2030"));
        given().queryParam("region", "AL").queryParam("soc", "29-2072").when().get("/v1/outlooks").then()
                .body("items[0].baseEmployment", equalTo(3060));
        // The same file again changes nothing.
        post(IMPORT, ImportSamples.read("state-projections.csv"))
                .statusCode(200).body("unchanged", equalTo(19)).body("inserted", equalTo(0)).body("updated", equalTo(0));
        assertEquals(outlooks + 19, ImportSamples.total("/v1/outlooks"));
        Editors.asAdmin().queryParam("entity", "import").queryParam("entityKey", "state-projections")
                .when().get("/v1/audit").then().statusCode(200).body("items[0].after.unchanged", equalTo(19));
    }

    @Test
    void shouldRejectBadStateRowsChangingNothing() {
        int outlooks = ImportSamples.total("/v1/outlooks");
        post(IMPORT, ImportSamples.read("state-projections-bad-rows.csv"))
                .statusCode(422).contentType("application/problem+json")
                .body("invalidRows.line", contains(2, 4, 4, 5))
                .body("invalidRows[0].reason", containsString("'99' is not the FIPS code"))
                .body("invalidRows[1].reason", containsString("'29-902' is not a SOC code"))
                .body("invalidRows[2].reason", containsString("is not a projection period"))
                .body("invalidRows[3].reason", containsString("'570.5' is not a whole number"));
        assertEquals(outlooks, ImportSamples.total("/v1/outlooks"));
    }

    @Test
    void shouldRejectAFileInAnotherLayout() {
        post("/v1/imports/state-projections", ImportSamples.read("projections-2022-2032.csv"))
                .statusCode(422).body("invalidRows[0].line", equalTo(1))
                .body("invalidRows[0].reason", containsString("not the Projections Central long-term download"));
    }
}
