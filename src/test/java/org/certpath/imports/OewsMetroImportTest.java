package org.certpath.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OEWS metropolitan file ({@code MSA_M2024_dl} saved as CSV, with its byte order mark and CRLF): metro
 * areas become regions whose salaries and pathways can be asked for. The metro areas and their rows are
 * removed after each test, since the API deletes no region.
 */
@QuarkusTest
class OewsMetroImportTest {

    private static final String IMPORT = "/v1/imports/oews?edition=2024-05&sourceUrl=https://www.bls.gov/oes/special-requests/oesm24ma.zip";

    @Inject
    AgroalDataSource dataSource;

    private String editor;

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    @AfterEach
    void removeMetroAreas() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from record_source where record_type = 'salary' and record_id in (select s.id "
                    + "from salary s join region r on r.id = s.region_id where r.kind = 'metro')");
            statement.execute("delete from record_source where record_type = 'region' and record_id in "
                    + "(select id from region where kind = 'metro')");
            statement.execute("delete from salary where region_id in (select id from region where kind = 'metro')");
            statement.execute("delete from region where kind = 'metro'");
        }
        // The API learns of a change made in SQL by a notification: wait for it, so that no test sees the areas.
        long until = System.currentTimeMillis() + 5000;
        while (given().when().get("/v1/regions/10900").statusCode() != 404 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
    }

    private ValidatableResponse post(String path, String file) {
        return ImportSamples.post(editor, "text/csv", path, file);
    }


    @Test
    void shouldDryRunAMetroFileWithoutWriting() {
        int salaries = ImportSamples.total("/v1/salaries");
        post(IMPORT + "&dryRun=true", ImportSamples.read("oews-msa-2024-05.csv"))
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(18))
                .body("inserted", equalTo(15))
                .body("ignored", equalTo(3))
                .body("ignoredReasons.'occupation not tracked by this API'", equalTo(2))
                .body("ignoredReasons.'area is not the nation, a state or a metro area'", equalTo(1))
                .body("notes", hasItem("Metro area(s) would be made as regions: 10900 Allentown-Bethlehem-Easton, "
                        + "PA-NJ; 37980 Philadelphia-Camden-Wilmington, PA-NJ-DE-MD; 45940 Trenton-Princeton, NJ."))
                .body("notes", hasItem(containsString("3 kept row(s) have wages BLS marks '#'")));
        assertEquals(salaries, ImportSamples.total("/v1/salaries"));
        given().when().get("/v1/regions/10900").then().statusCode(404);
    }

    @Test
    void shouldImportMetroAreasAsRegionsWithTheirWages() {
        int salaries = ImportSamples.total("/v1/salaries");
        post(IMPORT, ImportSamples.read("oews-msa-2024-05.csv"))
                .statusCode(200).body("dryRun", equalTo(false)).body("inserted", equalTo(15))
                .body("notes", hasItem(containsString("made as regions: 10900")));
        assertEquals(salaries + 15, ImportSamples.total("/v1/salaries"));
        given().when().get("/v1/regions/10900").then().statusCode(200)
                .body("name", equalTo("Allentown-Bethlehem-Easton, PA-NJ"))
                .body("kind", equalTo("metro"))
                .body("fipsCode", nullValue())
                .body("states", contains("PA", "NJ"))
                .body("sources[0].url", equalTo("https://www.bls.gov/oes/special-requests/oesm24ma.zip"))
                .body("sources[0].confidence", equalTo("high"));
        given().queryParam("kind", "metro").when().get("/v1/regions").then().statusCode(200)
                .body("items.code", contains("10900", "37980", "45940"))
                .body("items[1].states", contains("PA", "NJ", "DE", "MD"));
        given().queryParam("region", "10900").queryParam("sort", "id").when().get("/v1/salaries")
                .then().statusCode(200)
                .body("items.soc", contains("00-0000", "29-2072", "29-9021", "43-6013", "31-9094", "11-9111", "43-3021"))
                .body("items[2].annual.median.amount", equalTo(61980))
                .body("items[2].annual.p90", nullValue())
                .body("items[2].hourly.p90", nullValue())
                .body("items[2].notes", containsString("'#'"))
                .body("items[4].employment", nullValue())
                .body("items[4].annual.mean", nullValue())
                .body("items.region", everyItem(equalTo("10900")));
        // The same file again changes nothing: the areas are stored as it names them.
        post(IMPORT, ImportSamples.read("oews-msa-2024-05.csv"))
                .statusCode(200).body("unchanged", equalTo(15)).body("inserted", equalTo(0)).body("updated", equalTo(0))
                .body("notes", not(hasItem(containsString("Metro area"))));
        assertEquals(salaries + 15, ImportSamples.total("/v1/salaries"));
        Editors.asAdmin().queryParam("entity", "region").queryParam("entityKey", "10900").when().get("/v1/audit")
                .then().statusCode(200).body("items[0].action", equalTo("import"))
                .body("items[0].after.states", contains("PA", "NJ"));
    }

    @Test
    void shouldPriceAPathwayWithTheMetroWagesAndTheProgramsOfItsStates() {
        post(IMPORT, ImportSamples.read("oews-msa-2024-05.csv")).statusCode(200);
        int serving = given().queryParam("certification", "cca").queryParam("servingState", "PA,NJ")
                .queryParam("limit", 1).when().get("/v1/programs").then().extract().path("page.total");
        List<String> routes = given().queryParam("certification", "cca").queryParam("region", "10900")
                .queryParam("limit", 100).when().get("/v1/pathways").then().statusCode(200)
                .body("region.code", equalTo("10900"))
                .body("region.name", equalTo("Allentown-Bethlehem-Easton, PA-NJ"))
                .body("wages.region", equalTo("10900"))
                .body("wages.nationalFallback", equalTo(false))
                .body("wages.median.amount", equalTo(48050))
                .body("wages.p75.amount", equalTo(57410))
                .body("wages.sources[0].url", equalTo("https://www.bls.gov/oes/special-requests/oesm24ma.zip"))
                .extract().path("items.route");
        assertEquals(serving, routes.stream().filter(route -> !"exam_only".equals(route)).count());
    }

    @Test
    void shouldRejectBadMetroRowsChangingNothing() {
        int salaries = ImportSamples.total("/v1/salaries");
        post(IMPORT, ImportSamples.read("oews-msa-bad-rows.csv"))
                .statusCode(422).contentType("application/problem+json")
                .body("invalidRows.line", contains(2, 3, 5))
                .body("invalidRows[0].reason", containsString("ZZ is not a state of this API"))
                .body("invalidRows[1].reason", containsString("AREA: '109' is not the CBSA code"))
                .body("invalidRows[2].reason", containsString("is not the title line 4 gives area 45940"));
        assertEquals(salaries, ImportSamples.total("/v1/salaries"));
        given().when().get("/v1/regions/45940").then().statusCode(404);
    }

    @Test
    void shouldAcceptACbsaCodeWhereARegionIsAskedAndRefuseOtherForms() {
        given().queryParam("region", "99999").when().get("/v1/salaries").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("region"));
        given().queryParam("region", "1090").when().get("/v1/salaries").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("CBSA code such as 10900"));
        given().queryParam("region", "99999").queryParam("certification", "cca").when().get("/v1/pathways").then()
                .statusCode(400).body("invalidParams[0].reason", containsString("CBSA code such as 10900"));
    }
}
