package org.certpath.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a written or imported value becomes in a CSV export, and keyword search for literal % and _. */
@QuarkusTest
class CsvAndSearchTest {

    private String editor;
    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    @AfterEach
    void deleteMade() {
        made.forEach(path -> Editors.deleteIfPresent(editor, path));
    }

    private void program(String institution, String name, String notes) {
        Map<String, Object> program = new HashMap<>();
        program.put("institution", institution);
        program.put("name", name);
        program.put("notes", notes);
        program.put("sources", Editors.sources());
        made.add(Editors.as(editor).contentType("application/json").body(program).when().post("/v1/programs")
                .then().statusCode(201).extract().header("Location"));
    }

    private String csv(String q) {
        return given().queryParam("q", q).queryParam("fields", "institution,name,notes")
                .when().get("/v1/programs.csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=programs.csv").extract().asString();
    }

    @Test
    void shouldNeutraliseFormulasWrittenThroughTheApi() {
        program("+SUM(1+1) College " + token, "=HYPERLINK(\"https://evil.example\",\"" + token + "\")", "@cmd|' /C calc'!A0");
        program("-2+3 Institute " + token, "Coding " + token, "\tTabbed");
        String csv = csv(token);
        assertTrue(csv.contains("'=HYPERLINK("), csv);
        assertTrue(csv.contains("'+SUM(1+1) College"), csv);
        assertTrue(csv.contains("'@cmd"), csv);
        assertTrue(csv.contains("'-2+3 Institute"), csv);
        assertTrue(csv.contains("'\tTabbed"), csv);
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(bare.isEmpty() || "=+-@\t\r".indexOf(bare.charAt(0)) < 0, "a live formula cell: " + line);
            }
        }
    }

    @Test
    void shouldNeutraliseFormulasImported() {
        String csv = "institution,program_name,credential_prepared_for,award_level,delivery_mode,duration_text,"
                + "duration_months,credit_or_clock_hours,accreditation_or_approval,published_cost_usd,cost_notes,state,"
                + "source_url,source_type,as_of,notes,cip_code,source_kind\n"
                + "\"=cmd|' /C calc'!A0 " + token + "\",@SUM(A1:A9),,certificate,online,,12,,,100,,NJ,"
                + "https://example.org/formula,official,2026,\"-1+1\",,institution\n";
        Response imported = Editors.as(editor).contentType("text/csv").body(csv).when().post("/v1/imports/programs")
                .then().statusCode(200).extract().response();
        assertTrue(imported.<Integer>path("inserted") == 1, imported.asString());
        List<Integer> ids = given().queryParam("q", token).when().get("/v1/programs").then().extract().path("items.id");
        ids.forEach(id -> made.add("/v1/programs/" + id));
        String exported = csv(token);
        assertTrue(exported.contains("'=cmd"), exported);
        assertTrue(exported.contains("'@SUM(A1:A9)"), exported);
        assertTrue(exported.contains("'-1+1"), exported);
    }

    @Test
    void shouldFindALiteralPercentOrUnderscoreInEveryKeywordSearch() {
        program("Percent College " + token, "100% Online_Coding " + token, null);
        given().queryParam("q", "100% online_").when().get("/v1/programs").then().statusCode(200)
                .body("items.name", hasItem(containsString(token)));
        given().queryParam("q", "0%_o").when().get("/v1/programs").then().statusCode(200)
                .body("items.name", not(hasItem(containsString(token))));
        String slug = "pct-" + token;
        made.add(Editors.as(editor).contentType("application/json")
                .body(Map.of("slug", slug, "acronym", "P_C", "name", "50% Board " + token, "sources", Editors.sources()))
                .when().post("/v1/organizations").then().statusCode(201).extract().header("Location"));
        given().queryParam("q", "50%").when().get("/v1/organizations").then().statusCode(200)
                .body("items.slug", hasItem(slug))
                .body("items.name", everyItem(containsString("%")));
        given().queryParam("q", "p_c").when().get("/v1/organizations").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        given().queryParam("q", "_").when().get("/v1/regions").then().statusCode(200)
                .body("items.name", everyItem(containsString("_")));
    }
}
