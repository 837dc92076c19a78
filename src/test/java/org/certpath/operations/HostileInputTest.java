package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text no record may hold (NUL and other control characters, invalid UTF-8, unpaired surrogates)
 * and JSON that costs more to read than to send are refused with a 400 or 422 naming the
 * parameter, field or line, wherever they come in, and nothing is written.
 */
@QuarkusTest
class HostileInputTest {

    private static final String NUL = "%00";
    private static final String BAD_UTF8 = "%C3%28";
    private String editor;

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    private static int total(String path) {
        return given().queryParam("limit", 1).when().get(path).then().statusCode(200).extract().path("page.total");
    }

    @Test
    void shouldRefuseControlCharactersAndInvalidUtf8InPathIds() {
        for (String path : List.of("/v1/organizations/ahima", "/v1/certifications/rhit", "/v1/occupations/29-2072",
                "/v1/occupations/29-2072/salaries", "/v1/occupations/29-2072/outlooks", "/v1/regions/NJ",
                "/v1/programs/1", "/v1/salaries/1", "/v1/outlooks/1")) {
            for (String bad : List.of(NUL, "%01", "%1B", BAD_UTF8, "%ED%A0%80")) {
                String hostile = path.replaceFirst("/([^/]+)$", "/$1" + bad);
                if (path.endsWith("/salaries") || path.endsWith("/outlooks")) {
                    hostile = path.replace("29-2072", "29-2072" + bad);
                }
                given().urlEncodingEnabled(false).when().get(hostile).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:certpath:problem:invalid-parameters"));
            }
        }
    }

    @Test
    void shouldRefuseControlCharactersInKeywordSearchNamingIt() {
        for (String list : List.of("/v1/organizations", "/v1/certifications", "/v1/programs", "/v1/occupations",
                "/v1/regions")) {
            given().urlEncodingEnabled(false).when().get(list + "?q=coding" + NUL).then().statusCode(400)
                    .body("invalidParams.name", hasItem("q"));
            given().urlEncodingEnabled(false).when().get(list + "?q=" + BAD_UTF8).then().statusCode(400)
                    .body("invalidParams.name", hasItem("q"));
        }
    }

    @Test
    void shouldRefuseBadTextInWriteBodiesNamingTheField() {
        int before = total("/v1/organizations");
        write("{\"slug\": \"nul-test\", \"name\": \"A\\u0000B\", \"sources\": []}")
                .body("invalidParams.name", hasItem("name"));
        write("{\"slug\": \"nul-test\", \"name\": \"A\\ud800B\", \"sources\": []}")
                .body("invalidParams.name", hasItem("name"))
                .body("invalidParams.reason", hasItem(containsString("surrogate")));
        write("{\"slug\": \"nul-test\", \"name\": \"Bell\\u0007\", \"sources\": []}")
                .body("invalidParams.name", hasItem("name"));
        byte[] invalidUtf8 = withByte("{\"slug\": \"nul-test\", \"name\": \"A?B\", \"sources\": []}", 0xC3);
        Editors.as(editor).contentType("application/json").body(invalidUtf8).when().post("/v1/organizations")
                .then().statusCode(400).body("invalidParams.name", hasItem("body"))
                .body("invalidParams.reason", hasItem(containsString("UTF-8")));
        assertEquals(before, total("/v1/organizations"));
    }

    @Test
    void shouldRefuseDeepNestingLongNumbersAndRepeatedKeys() {
        int before = total("/v1/programs");
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        writeProgram("{\"institution\": " + deep + "}").body("invalidParams.reason", hasItem(containsString("Nested")));
        writeProgram("{\"cost\": {\"amount\": " + "9".repeat(5_000) + "}}").body("invalidParams.reason", hasItem(containsString("number")));
        writeProgram("{\"cost\": {\"amount\": 1e-999999999}}").body("invalidParams.name", hasItem("cost.amount"));
        writeProgram("{\"cost\": {\"amount\": 1e999999999}}").body("invalidParams.name", hasItem("cost.amount"));
        writeProgram("{\"name\": \"a\", \"name\": \"b\"}").body("invalidParams.reason", hasItem(containsString("twice")));
        assertEquals(before, total("/v1/programs"));
    }

    @Test
    void shouldRefuseBadTextInImportParametersAndCellsNamingTheLine() {
        int before = total("/v1/programs");
        String header = "institution,program_name,credential_prepared_for,award_level,delivery_mode,duration_text,"
                + "duration_months,credit_or_clock_hours,accreditation_or_approval,published_cost_usd,cost_notes,state,"
                + "source_url,source_type,as_of,notes,cip_code\n";
        String good = "Hostile Input College,Coding,,certificate,online,,12,,,100,,NJ,https://example.org/h,official,2026,,\n";
        importPrograms(header + good + "Hostile Input College,Coding\u0000,,certificate,online,,12,,,100,,NJ,"
                + "https://example.org/h,official,2026,,\n")
                .statusCode(422).body("invalidRows.line", hasItem(3));
        importPrograms(header + good + "Hostile Input College,Billing,,certificate,online,,12,,," + "1".repeat(200_000)
                + ",,NJ,https://example.org/h,official,2026,,\n")
                .statusCode(422).body("invalidRows.line", hasItem(3));
        importPrograms(header + good + "Hostile Input College,Billing,,certificate,online,,12,,,1e-999999999"
                + ",,NJ,https://example.org/h,official,2026,,\n")
                .statusCode(422).body("invalidRows.line", hasItem(3));
        byte[] invalidUtf8 = withByte(header + good + "Hostile Input College,Bad ?,,certificate,online,,12,,,100,,NJ,"
                + "https://example.org/h,official,2026,,\n", 0xFF);
        Editors.as(editor).contentType("text/csv").body(invalidUtf8).when().post("/v1/imports/programs")
                .then().statusCode(422).body("invalidRows.reason", hasItem(containsString("UTF-8")));
        given().urlEncodingEnabled(false).header("Authorization", "Bearer " + editor).contentType("text/csv")
                .body(header + good).when().post("/v1/imports/oews?edition=2024-05&asOf=May" + NUL)
                .then().statusCode(400).body("invalidParams.name", hasItem("asOf"));
        given().urlEncodingEnabled(false).header("Authorization", "Bearer " + editor).contentType("text/csv")
                .body(header + good).when().post("/v1/imports/oews?edition=2024-05&sourceUrl=https://bls.gov/a" + NUL)
                .then().statusCode(400).body("invalidParams.name", hasItem("sourceUrl"));
        assertEquals(before, total("/v1/programs"));
    }

    /** The text in UTF-8 with its first '?' replaced by a byte that no UTF-8 text has there. */
    private static byte[] withByte(String text, int replacement) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.indexOf('?')] = (byte) replacement;
        return bytes;
    }

    private ValidatableResponse write(String json) {
        return Editors.as(editor).contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/organizations").then().statusCode(400).contentType("application/problem+json");
    }

    private ValidatableResponse writeProgram(String json) {
        return Editors.as(editor).contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/programs").then().statusCode(400).contentType("application/problem+json");
    }

    private ValidatableResponse importPrograms(String csv) {
        return Editors.as(editor).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/imports/programs").then();
    }
}
