package org.certpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.certpath.ContractValidationExtension;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The breaking cleanups of contract 1.0, through the API: codes, ids, names, money, examples, exports. */
@QuarkusTest
class ContractOneTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private String editor;
    private final List<String> made = new ArrayList<>();

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    @AfterEach
    void deleteMade() {
        made.forEach(path -> Editors.deleteIfPresent(editor, path));
    }

    private static void unknownCode(String path, String parameter, String value) {
        given().queryParam(parameter, value).when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-parameters"))
                .body("invalidParams[0].name", equalTo(parameter))
                .body("invalidParams[0].reason", containsString("'" + value + "'"));
    }

    @Test
    void shouldRefuseAnUnknownCodeInEveryListFilterNamingParameterAndValue() {
        unknownCode("/v1/programs", "certification", "rhitt");
        unknownCode("/v1/programs", "state", "ZZ");
        unknownCode("/v1/programs", "servingState", "ZZ");
        unknownCode("/v1/programs", "state", "US");
        unknownCode("/v1/programs.csv", "state", "ZZ");
        unknownCode("/v1/certifications/rhit/programs", "state", "ZZ");
        unknownCode("/v1/certifications/rhit/programs", "servingState", "ZZ");
        unknownCode("/v1/certifications", "issuer", "nobody");
        unknownCode("/v1/certifications.csv", "issuer", "nobody");
        unknownCode("/v1/salaries", "soc", "29-9999");
        unknownCode("/v1/salaries", "region", "ZZ");
        unknownCode("/v1/salaries.csv", "region", "ZZ");
        unknownCode("/v1/occupations/29-2072/salaries", "region", "ZZ");
        unknownCode("/v1/outlooks", "soc", "29-9999");
        unknownCode("/v1/outlooks", "region", "ZZ");
        unknownCode("/v1/outlooks.csv", "soc", "29-9999");
        unknownCode("/v1/occupations/29-2072/outlooks", "region", "ZZ");
        unknownCode("/v1/pathways?certification=rhit", "region", "ZZ");
        given().queryParam("certification", "rhit", "rhitt").when().get("/v1/compare")
                .then().statusCode(400).body("invalidParams.name", equalTo(List.of("certification")))
                .body("invalidParams[0].reason", containsString("'rhitt'"));
        // Every unknown code at once, known ones left alone.
        given().queryParam("certification", "rhit", "nosuch").queryParam("state", "NJ", "ZZ").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams.name", equalTo(List.of("certification", "state")));
    }

    @Test
    void shouldAnswerAValidButEmptyFilterWithAnEmptyPage() {
        given().queryParam("certification", "ctr").queryParam("state", "WY").queryParam("deliveryMode", "in_person")
                .when().get("/v1/programs")
                .then().statusCode(200).body("page.total", equalTo(0));
        given().queryParam("soc", "29-2072").queryParam("region", "NJ").queryParam("edition", "1999-05")
                .when().get("/v1/salaries")
                .then().statusCode(200).body("page.total", equalTo(0));
    }

    @Test
    void shouldSuggestTheDeclaredNameForAnOldOne() {
        Map<String, String> renamed = Map.of("maxMonths", "maxDurationMonths", "minMonths", "minDurationMonths",
                "mode", "deliveryMode", "award", "awardLevel");
        renamed.forEach((old, current) -> given().queryParam(old, "1").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo(old))
                .body("invalidParams[0].reason", containsString("did you mean " + current + "?")));
        given().queryParam("certifications", "rhit,cca").when().get("/v1/compare")
                .then().statusCode(400).body("invalidParams.reason", everyItem(not(containsString("did you mean certifications"))))
                .body("invalidParams.find { it.name == 'certifications' }.reason", containsString("did you mean certification?"));
        given().queryParam("minMedian", "1").when().get("/v1/salaries")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("did you mean minAnnualMedian?"));
        given().queryParam("certification", "rhit").queryParam("state", "NJ").when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("state"))
                .body("invalidParams[0].reason", containsString("did you mean region?"));
        given().queryParam("banana", "1").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].reason", not(containsString("did you mean")));
        given().queryParam("limit", "5").when().get("/v1/programs.csv")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("limit"))
                .body("invalidParams[0].reason", containsString("whole filtered collection"));
    }

    @Test
    void shouldFilterAndSortByTheNamesOfTheFields() {
        List<Integer> months = given().queryParam("minDurationMonths", 12).queryParam("maxDurationMonths", 24)
                .queryParam("deliveryMode", "online").queryParam("awardLevel", "certificate", "associate")
                .queryParam("sort", "-durationMonths").queryParam("fields", "durationMonths,deliveryMode,awardLevel")
                .queryParam("limit", 500)
                .when().get("/v1/programs").then().statusCode(200)
                .body("items.deliveryMode", everyItem(equalTo("online")))
                .extract().path("items.durationMonths");
        assertFalse(months.isEmpty());
        for (int i = 1; i < months.size(); i++) {
            assertTrue(months.get(i - 1) >= months.get(i), months.toString());
            assertTrue(months.get(i) >= 12 && months.get(i) <= 24, months.toString());
        }
        given().queryParam("sort", "-annualOpenings").queryParam("fields", "annualOpenings").when().get("/v1/outlooks")
                .then().statusCode(200);
        List<Map<String, Object>> salaries = given().queryParam("sort", "-annual.median")
                .queryParam("minAnnualMedian", 40000).queryParam("fields", "region,annual.median").queryParam("limit", 50)
                .when().get("/v1/salaries").then().statusCode(200).extract().path("items");
        assertFalse(salaries.isEmpty());
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> salary : salaries) {
            assertEquals(Set.of("region", "annual"), salary.keySet(), salary.toString());
            Map<?, ?> annual = (Map<?, ?>) salary.get("annual");
            assertEquals(Set.of("median"), annual.keySet(), salary.toString());
            double median = ((Number) ((Map<?, ?>) annual.get("median")).get("amount")).doubleValue();
            assertTrue(median >= 40000 && median <= previous, salaries.toString());
            previous = median;
        }
        List<Map<String, Object>> certifications = given().queryParam("sort", "examFee").queryParam("maxExamFee", 300)
                .queryParam("fields", "code,examFee").when().get("/v1/certifications").then().statusCode(200)
                .extract().path("items");
        assertFalse(certifications.isEmpty());
        double lower = 0;
        for (Map<String, Object> certification : certifications) {
            assertEquals(Set.of("code", "examFee"), certification.keySet(), certification.toString());
            double fee = ((Number) ((Map<?, ?>) certification.get("examFee")).get("amount")).doubleValue();
            assertTrue(fee >= lower && fee <= 300, certifications.toString());
            lower = fee;
        }
        given().queryParam("fields", "annual.median.amount").when().get("/v1/salaries").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("fields"));
        given().queryParam("fields", "annual.modal").when().get("/v1/salaries").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("annual.median"));
        given().queryParam("certification", "cca").queryParam("deliveryMode", "online").queryParam("maxTotalCost", 5000)
                .when().get("/v1/pathways").then().statusCode(200);
    }

    @Test
    void shouldNameNothingWithAnIdThatIsNotAWholeNumber() {
        for (String path : List.of("/v1/programs/abc", "/v1/programs/1.5", "/v1/salaries/x", "/v1/outlooks/-1",
                "/v1/programs/99999999999999999999")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:certpath:problem:not-found"));
        }
        Editors.asAdmin().when().get("/v1/api-keys/abc").then().statusCode(404);
        Editors.asAdmin().queryParam("keyId", "abc").when().get("/v1/audit")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("keyId"));
    }

    @Test
    void shouldGiveEveryWageAndFeeTheShapeOfMoney() {
        given().queryParam("soc", "29-2072").queryParam("region", "US").queryParam("edition", "2024-05")
                .when().get("/v1/salaries").then().statusCode(200)
                .body("items[0].annual.median.currency", equalTo("USD"))
                .body("items[0].hourly.median.currency", equalTo("USD"))
                .body("items[0].annual.median.amount", equalTo(50250));
        given().queryParam("soc", "29-2072").queryParam("period", "2024-2034").when().get("/v1/outlooks")
                .then().statusCode(200).body("items[0].medianWage.currency", equalTo("USD"));
        given().queryParam("certification", "rhit", "cca").when().get("/v1/compare").then().statusCode(200)
                .body("columns[0].occupations[0].medianWage.currency", equalTo("USD"))
                .body("columns[0].exam.feeNonMember.currency", equalTo("USD"));
        given().queryParam("certification", "cca").when().get("/v1/pathways").then().statusCode(200)
                .body("wages.median.currency", equalTo("USD"))
                .body("baseline.annualWage.currency", equalTo("USD"))
                .body("items[0].cost.knownTotal.currency", equalTo("USD"))
                .body("items[0].paths[1].netGain.currency", equalTo("USD"));
    }

    @Test
    void shouldAcceptEveryRequestBodyExampleOfTheContractAsIs() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(ContractValidationExtension.CONTRACT));
        Map<String, String> creations = new LinkedHashMap<>();
        creations.put("/v1/organizations", "OrganizationInput");
        creations.put("/v1/certifications", "CertificationInput");
        creations.put("/v1/programs", "ProgramInput");
        creations.put("/v1/occupations", "OccupationInput");
        creations.put("/v1/salaries", "SalaryInput");
        creations.put("/v1/outlooks", "OutlookInput");
        List<String> locations = new ArrayList<>();
        creations.forEach((collection, schema) -> {
            String example = contract.at("/components/schemas/" + schema + "/example").toString();
            String location = Editors.as(editor).contentType("application/json").body(example).when().post(collection)
                    .then().statusCode(201).extract().header("Location");
            String path = location.substring(location.indexOf("/v1/"));
            made.add(path);
            locations.add(path);
            String tag = given().when().get(path).then().statusCode(200).extract().header("ETag");
            Editors.as(editor).contentType("application/json").header("If-Match", tag).body(example).when().put(path)
                    .then().statusCode(200);
        });
        String[] templates = {"/v1/organizations/{slug}", "/v1/certifications/{code}", "/v1/programs/{id}",
                "/v1/occupations/{soc}", "/v1/salaries/{id}", "/v1/outlooks/{id}"};
        for (int i = 0; i < templates.length; i++) {
            JsonNode patch = contract.at("/paths/" + templates[i].replace("/", "~1") + "/patch/requestBody/content/"
                    + "application~1merge-patch+json/example");
            assertTrue(patch.isObject(), templates[i]);
            String tag = given().when().get(locations.get(i)).then().extract().header("ETag");
            Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", tag).body(patch.toString())
                    .when().patch(locations.get(i)).then().statusCode(200);
        }
        String key = contract.at("/components/schemas/ApiKeyInput/example").toString();
        int id = Editors.asAdmin().contentType("application/json").body(key).when().post("/v1/api-keys")
                .then().statusCode(201).extract().path("id");
        Editors.asAdmin().when().delete("/v1/api-keys/" + id).then().statusCode(204);
    }

    @Test
    void shouldFlattenEveryNestedValueOfAnExportIntoColumns() throws IOException {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> program = new HashMap<>();
        program.put("institution", "=Flat College " + token);
        program.put("name", "Coding " + token);
        program.put("certifications", List.of("cca", "rhit"));
        program.put("deliveryMode", "online");
        program.put("serviceRestrictedTo", List.of("NY", "PA"));
        program.put("state", "NJ");
        program.put("cost", Editors.usd(1200));
        List<Map<String, Object>> sources = new ArrayList<>(Editors.sources());
        sources.add(Map.of("url", "https://example.org/second/" + token, "publisher", "Second Publisher",
                "title", "Second page", "asOf", "2025", "kind", "aggregator"));
        program.put("sources", sources);
        made.add(Editors.as(editor).contentType("application/json").body(program).when().post("/v1/programs")
                .then().statusCode(201).extract().header("Location").replaceAll("^.*(/v1/)", "/v1/"));

        Response export = given().queryParam("q", token).when().get("/v1/programs.csv");
        export.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=programs.csv");
        List<List<String>> rows = rows(export.asString());
        List<String> header = rows.get(0);
        assertEquals(2, rows.size(), export.asString());
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), rows.get(1).get(i));
        }
        assertEquals("'=Flat College " + token, row.get("institution"));
        assertEquals("cca; rhit", row.get("certifications"));
        assertEquals("NY; PA", row.get("serviceRestrictedTo"));
        assertEquals("1200", row.get("cost.amount"));
        assertEquals("USD", row.get("cost.currency"));
        assertEquals("cca; rhit", row.get("credentialLinks.code"));
        assertEquals("2", row.get("sourceCount"));
        assertTrue(header.containsAll(List.of("sourcePublisher", "sourceUrl", "sourceAsOf", "sourceCount")), header.toString());
        assertTrue(List.of("Example College", "Second Publisher").contains(row.get("sourcePublisher")), row.toString());
        assertFalse(header.contains("sources"), header.toString());
        for (String cell : row.values()) {
            assertFalse(cell.startsWith("{") || cell.startsWith("["), "JSON in a cell: " + cell);
        }
    }

    @Test
    void shouldExportTheAuditTrailAndTheKeysToAdministratorsOnly() throws IOException {
        Response audit = Editors.asAdmin().queryParam("entity", "api-key").when().get("/v1/audit.csv");
        audit.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=audit.csv");
        List<List<String>> rows = rows(audit.asString());
        assertEquals(List.of("id", "at", "keyId", "action", "entity", "entityKey", "before", "after", "requestId"),
                rows.get(0));
        assertTrue(rows.size() > 1, "this class's editor key was made, so the trail has a key creation");
        rows.subList(1, rows.size()).forEach(row -> assertEquals("api-key", row.get(4)));
        List<List<String>> keys = rows(Editors.asAdmin().when().get("/v1/api-keys.csv")
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=api-keys.csv")
                .extract().asString());
        int secret = keys.get(0).indexOf("key");
        keys.subList(1, keys.size()).forEach(row -> assertEquals("", row.get(secret), "a secret in the export"));
        given().when().get("/v1/audit.csv").then().statusCode(401);
        Editors.as(editor).when().get("/v1/api-keys.csv").then().statusCode(403);
    }

    private static List<List<String>> rows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            lines.forEachRemaining(rows::add);
        }
        return rows;
    }
}
