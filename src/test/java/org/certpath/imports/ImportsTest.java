package org.certpath.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each import: dry run, success, and a file with bad rows that changes nothing. Imported rows are deleted again. */
@QuarkusTest
class ImportsTest {

    private String editor;

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    private static String sample(String name) {
        return ImportSamples.read(name);
    }

    private ValidatableResponse post(String path, String file) {
        return ImportSamples.post(editor, "text/csv", path, file);
    }


    private void deleteAll(String path, List<Integer> ids) {
        ids.forEach(id -> Editors.deleteIfPresent(editor, path + "/" + id));
    }

    @Test
    void shouldDryRunAnOewsFileWithoutWriting() {
        int salaries = ImportSamples.total("/v1/salaries");
        // A later edition than the reference data holds, so that every kept row is new.
        post("/v1/imports/oews?edition=2025-05&dryRun=true", sample("oews-2024-05.csv"))
                .statusCode(200)
                .body("kind", equalTo("oews"))
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(6))
                .body("inserted", equalTo(4))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("ignored", equalTo(2))
                .body("ignoredReasons.'occupation not tracked by this API'", equalTo(1))
                .body("ignoredReasons.'area is not the nation, a state or a metro area'", equalTo(1))
                .body("notes", hasItem(containsString("marks '#' (at or above the top-coded value)")))
                .body("source.publisher", equalTo("U.S. Bureau of Labor Statistics"));
        // An edition whose top-coded wage BLS states names it.
        post("/v1/imports/oews?edition=2024-05&dryRun=true", sample("oews-2024-05.csv"))
                .statusCode(200).body("notes", hasItem(containsString("$115.00 an hour, $239,200 a year")));
        assertEquals(salaries, ImportSamples.total("/v1/salaries"));
    }

    @Test
    void shouldImportAnOewsFileStoringMarkersAsNull() {
        int salaries = ImportSamples.total("/v1/salaries");
        // A later edition than the reference data holds (which has May 2024 state rows), so that the
        // clean-up removes only what this import made. The all-occupations row is kept: 00-0000 is tracked.
        post("/v1/imports/oews?edition=2025-05&sourceUrl=https://www.bls.gov/oes/special-requests/oesm24st.zip",
                sample("oews-2024-05.csv"))
                .statusCode(200).body("dryRun", equalTo(false)).body("inserted", equalTo(4));
        List<Integer> ids = given().queryParam("edition", "2025-05").queryParam("region", "NJ,VT")
                .when().get("/v1/salaries").then().extract().path("items.id");
        try {
            assertEquals(salaries + 4, ImportSamples.total("/v1/salaries"));
            given().queryParam("edition", "2025-05").queryParam("region", "NJ").queryParam("soc", "29-9021")
                    .when().get("/v1/salaries")
                    .then().statusCode(200)
                    .body("items[0].annual.median.amount", equalTo(93390))
                    .body("items[0].annual.p90.amount", nullValue())
                    .body("items[0].hourly.p90.amount", nullValue())
                    .body("items[0].employment", equalTo(1120))
                    .body("items[0].notes", containsString("'#'"))
                    .body("items[0].sources[0].url", equalTo("https://www.bls.gov/oes/special-requests/oesm24st.zip"))
                    .body("items[0].sources[0].asOf", equalTo("May 2025 OEWS estimates"));
            given().queryParam("edition", "2025-05").queryParam("region", "VT").when().get("/v1/salaries")
                    .then().body("items[0].employment", nullValue()).body("items[0].annual.mean", nullValue());
            post("/v1/imports/oews?edition=2025-05&dryRun=true&sourceUrl=https://www.bls.gov/oes/special-requests/oesm24st.zip",
                    sample("oews-2024-05.csv"))
                    .statusCode(200).body("unchanged", equalTo(4)).body("inserted", equalTo(0));
            Editors.asAdmin().queryParam("entity", "import").queryParam("entityKey", "oews 2025-05")
                    .when().get("/v1/audit")
                    .then().statusCode(200).body("items[0].after.inserted", equalTo(4));
        } finally {
            deleteAll("/v1/salaries", ids);
        }
        assertEquals(salaries, ImportSamples.total("/v1/salaries"));
    }

    @Test
    void shouldRejectAnOewsFileWithBadRowsChangingNothing() {
        int salaries = ImportSamples.total("/v1/salaries");
        post("/v1/imports/oews?edition=2024-05", sample("oews-bad-rows.csv"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-file"))
                .body("invalidRows.line", contains(2, 4))
                .body("invalidRows[0].reason", containsString("A_MEDIAN"))
                .body("invalidRows[1].reason", containsString("OCC_CODE"));
        assertEquals(salaries, ImportSamples.total("/v1/salaries"));
    }

    @Test
    void shouldRejectAFileInAnotherLayout() {
        post("/v1/imports/oews?edition=2024-05", sample("projections-2022-2032.csv"))
                .statusCode(422).body("invalidRows[0].line", equalTo(1));
        post("/v1/imports/projections?period=2024-2034", sample("projections-2022-2032.csv"))
                .statusCode(422).body("invalidRows[0].reason", containsString("Employment 2024"));
    }

    @Test
    void shouldDryRunImportAndRejectProjections() {
        int outlooks = ImportSamples.total("/v1/outlooks");
        // 00-0000 is tracked (the all-occupations total); 43-4051 is not.
        post("/v1/imports/projections?period=2022-2032&dryRun=true", sample("projections-2022-2032.csv"))
                .statusCode(200).body("inserted", equalTo(3)).body("ignored", equalTo(1));
        assertEquals(outlooks, ImportSamples.total("/v1/outlooks"));
        post("/v1/imports/projections?period=2022-2032", sample("projections-bad-rows.csv"))
                .statusCode(422).body("invalidRows.line", contains(2, 4, 4));
        assertEquals(outlooks, ImportSamples.total("/v1/outlooks"));

        post("/v1/imports/projections?period=2022-2032", sample("projections-2022-2032.csv"))
                .statusCode(200).body("inserted", equalTo(3));
        // National rows only: the reference data has a Texas 2022-2032 row to keep.
        List<Integer> ids = given().queryParam("period", "2022-2032").queryParam("region", "US").when().get("/v1/outlooks")
                .then().extract().path("items.id");
        try {
            given().queryParam("period", "2022-2032").queryParam("soc", "29-2072").when().get("/v1/outlooks")
                    .then().body("items[0].baseEmployment", equalTo(186400))
                    .body("items[0].numericChange", equalTo(15500))
                    .body("items[0].annualOpenings", equalTo(14900))
                    .body("items[0].medianWage.amount", equalTo(47180))
                    .body("items[0].medianWageYear", equalTo(2022));
            given().queryParam("period", "2022-2032").queryParam("soc", "29-9021").when().get("/v1/outlooks")
                    .then().body("items[0].medianWage", nullValue())
                    .body("items[0].notes", containsString(">=239200"));
            Editors.asAdmin().when().get("/q/metrics")
                    .then().body(containsString("certpath_data_editions{kind=\"outlooks\"} 5.0"));
        } finally {
            deleteAll("/v1/outlooks", ids);
        }
        assertEquals(outlooks, ImportSamples.total("/v1/outlooks"));
    }

    @Test
    void shouldDryRunImportAndRejectPrograms() {
        int programs = ImportSamples.total("/v1/programs");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = sample("programs.csv").replace("${run}", run);
        post("/v1/imports/programs?dryRun=true", file)
                .statusCode(200).body("inserted", equalTo(1)).body("unchanged", equalTo(1)).body("source", nullValue());
        post("/v1/imports/programs", sample("programs-bad-rows.csv"))
                .statusCode(422).body("invalidRows.line", contains(2, 3, 3, 4));
        assertEquals(programs, ImportSamples.total("/v1/programs"));

        post("/v1/imports/programs", file).statusCode(200).body("inserted", equalTo(1)).body("unchanged", equalTo(1));
        List<Integer> ids = given().queryParam("q", run).when().get("/v1/programs").then().extract().path("items.id");
        try {
            assertEquals(1, ids.size());
            given().when().get("/v1/programs/" + ids.get(0)).then().statusCode(200)
                    .body("certifications", contains("cca", "rhit"))
                    .body("awardLevel", equalTo("associate"))
                    .body("deliveryMode", equalTo("online"))
                    .body("creditHours", equalTo(64))
                    .body("accredited", equalTo(true))
                    .body("cost.amount", equalTo(18250))
                    .body("sources[0].url", equalTo("https://example.org/programs/hit"));
        } finally {
            deleteAll("/v1/programs", ids);
        }
        assertEquals(programs, ImportSamples.total("/v1/programs"));
    }

    @Test
    void shouldRefuseAFileOverTheImportLimit() {
        String header = sample("oews-2024-05.csv").lines().findFirst().orElseThrow();
        post("/v1/imports/oews?edition=2024-05", header + "\n" + "x".repeat(2100 * 1024))
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:payload-too-large"));
    }

    @Test
    void shouldNeedAnEditorKeyAndTheEdition() {
        given().contentType("text/csv").body(sample("oews-2024-05.csv"))
                .when().post("/v1/imports/oews?edition=2024-05")
                .then().statusCode(401);
        post("/v1/imports/oews?dryRun=maybe", sample("oews-2024-05.csv"))
                .statusCode(400).body("invalidParams.name", contains("edition", "dryRun"));
    }

    @Test
    void shouldReportIgnoredReasonsAsCounts() {
        post("/v1/imports/projections?period=2022-2032&dryRun=true", sample("projections-2022-2032.csv"))
                .statusCode(200).body("ignoredReasons", hasKey("occupation not tracked by this API"))
                .body("notes", hasItem(containsString("thousands")));
    }
}
