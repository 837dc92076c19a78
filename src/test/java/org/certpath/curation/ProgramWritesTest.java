package org.certpath.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ProgramWritesTest {

    private String editor;
    private final List<Integer> created = new ArrayList<>();

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    /** The reference data's 90 programs stay the 90 programs other tests count. */
    @AfterEach
    void deleteCreated() {
        for (int id : created) {
            Editors.deleteIfPresent(editor, "/v1/programs/" + id);
        }
    }

    private static Map<String, Object> program(String name) {
        Map<String, Object> program = new HashMap<>();
        program.put("institution", "Example Community College");
        program.put("name", name);
        program.put("certifications", List.of("rhit"));
        program.put("awardLevel", "associate");
        program.put("deliveryMode", "online");
        program.put("durationMonths", 24);
        program.put("cost", Editors.usd(12500));
        program.put("state", "NJ");
        program.put("sources", Editors.sources());
        return program;
    }

    private Response create(Map<String, Object> program) {
        Response response = Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(201).extract().response();
        created.add(response.path("id"));
        return response;
    }

    @Test
    void shouldServeAnUndatedSourceAsUndatedAndLowWithTheFieldsItSupports() {
        Map<String, Object> program = program(Editors.unique("Undated"));
        program.put("sources", List.of(Map.of("url", "https://example.edu/hit", "publisher", "Example College",
                "title", "Program page", "kind", "institution", "fields", List.of("cost", "durationMonths"))));
        create(program).then()
                .body("sources[0].asOf", nullValue())
                .body("sources[0].kind", equalTo("institution"))
                .body("sources[0].fields", contains("cost", "durationMonths"))
                .body("sources[0].confidence", equalTo("low"));
    }

    @Test
    void shouldGiveANewReadingOfAStoredPageThePagesOwnTitle() {
        String page = "https://example.edu/" + Editors.unique("catalog").replace(' ', '-');
        Map<String, Object> first = program(Editors.unique("Titled"));
        first.put("sources", List.of(Map.of("url", page, "publisher", "Example College",
                "title", "Health Information Technology - Example College", "asOf", "2025-2026 catalog",
                "kind", "institution")));
        create(first).then().body("sources[0].title", equalTo("Health Information Technology - Example College"));
        Map<String, Object> second = program(Editors.unique("Titled"));
        second.put("sources", List.of(Map.of("url", page, "publisher", "Example College",
                "title", "official college catalog", "asOf", "2026-2027 catalog", "kind", "institution")));
        create(second).then()
                .body("sources[0].asOf", equalTo("2026-2027 catalog"))
                .body("sources[0].title", equalTo("Health Information Technology - Example College"));
    }

    @Test
    void shouldDateAProgramByTheOldestSourceOfItsKeyFiguresInItsJsonAndItsCsv() {
        String name = Editors.unique("Dated Coding Program");
        Map<String, Object> catalog = Map.of("url", "https://example.edu/catalog", "publisher", "Example College",
                "title", "Catalog", "asOf", "2024-25 catalog", "kind", "institution");
        Map<String, Object> tuition = Map.of("url", "https://example.edu/tuition", "publisher", "Example College",
                "title", "Tuition", "asOf", "Fall 2022", "kind", "institution", "fields", List.of("cost"));
        Map<String, Object> history = Map.of("url", "https://example.edu/history", "publisher", "Example College",
                "title", "History", "asOf", "2019", "kind", "institution", "fields", List.of("notes"));
        Map<String, Object> length = Map.of("url", "https://example.edu/length", "publisher", "Example College",
                "title", "Length", "kind", "institution", "fields", List.of("durationMonths"));
        Map<String, Object> program = program(name);
        program.put("sources", List.of(catalog, tuition, history, length));
        int id = create(program).then().body("asOf", equalTo("2022")).extract().path("id");
        given().when().get("/v1/programs/" + id).then().statusCode(200).body("asOf", equalTo("2022"));
        assertEquals("id,asOf\n" + id + ",2022\n", exportedAsOf(name));

        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("sources", List.of(history, catalog, length)))
                .when().patch("/v1/programs/" + id)
                .then().statusCode(200).body("asOf", equalTo("2024"));
        assertEquals("id,asOf\n" + id + ",2024\n", exportedAsOf(name));

        etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("sources", List.of(history, length)))
                .when().patch("/v1/programs/" + id)
                .then().statusCode(200).body("asOf", nullValue());
        assertEquals("id,asOf\n" + id + ",\n", exportedAsOf(name));
    }

    private static String exportedAsOf(String name) {
        return given().queryParam("q", name).queryParam("fields", "id,asOf").when().get("/v1/programs.csv")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void shouldGradeADatedInstitutionSourceHighForItsOwnProgram() {
        create(program(Editors.unique("Dated"))).then()
                .body("sources[0].kind", equalTo("institution"))
                .body("sources[0].fields", nullValue())
                .body("sources[0].confidence", equalTo("high"));
    }

    @Test
    void shouldCreateAProgramAndServeItBack() {
        String name = Editors.unique("Health Information Technology");
        Response created = create(program(name));
        String location = created.header("Location");
        int id = created.path("id");
        assertEquals("/v1/programs/" + id, java.net.URI.create(location).getPath());
        created.then().header("ETag", startsWith("\"r0-"))
                .body("name", equalTo(name))
                .body("certifications", contains("rhit"))
                .body("cost.amount", equalTo(12500))
                .body("state", equalTo("NJ"))
                .body("sources[0].publisher", equalTo("Example College"));
        given().when().get("/v1/programs/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("durationMonths", equalTo(24))
                .body("sources[0].url", equalTo("https://example.org/catalog/health-information"));
    }

    @Test
    void shouldCompareIfMatchExactlyEvenOnAFirstVersion() {
        int id = create(program(Editors.unique("Exact Tag Program"))).path("id");
        String etag = given().when().get("/v1/programs/" + id).then().statusCode(200).extract().header("ETag");
        String opaque = etag.substring(1, etag.length() - 1);
        for (String forged : List.of("W/" + etag, "\"r0-\"", opaque, "\"r00-" + opaque.substring(3) + "\"",
                "\"" + opaque + "x\"", "\"r0-anything\"", "\"r0-" + "G".repeat(24) + "\"", "\"r1-" + opaque.substring(3) + "\"",
                "\"r+0-" + opaque.substring(3) + "\"")) {
            Editors.as(editor).header("If-Match", forged).when().delete("/v1/programs/" + id).then().statusCode(412);
        }
        Editors.as(editor).header("If-Match", etag).when().delete("/v1/programs/" + id).then().statusCode(204);
    }

    /** The list reads a program's links from the program (V91), so it must follow every change of them at once. */
    @Test
    void shouldListTheCredentialsAWriteGaveAProgram() {
        String name = Editors.unique("Relinked Coding Program");
        int id = create(program(name)).path("id");
        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"certifications\": [\"cpc\", \"cca\"]}")
                .when().patch("/v1/programs/" + id)
                .then().statusCode(200).body("certifications", contains("cca", "cpc"));
        given().queryParam("q", name).when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].certifications", contains("cca", "cpc"))
                .body("items[0].credentialLinks.code", contains("cca", "cpc"));
        given().queryParam("q", name).queryParam("certification", "rhit").when().get("/v1/programs")
                .then().statusCode(200).body("items", empty());
        etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"certifications\": []}")
                .when().patch("/v1/programs/" + id).then().statusCode(200);
        given().queryParam("q", name).when().get("/v1/programs")
                .then().statusCode(200)
                .body("items[0].certifications", empty())
                .body("items[0].credentialLinks", empty());
    }

    /** A write that keeps a link keeps why the program leads to the credential, which writes cannot state. */
    @Test
    void shouldKeepTheReasonOfALinkAWriteKeeps() {
        Map<String, Object> listed = given().queryParam("q", "Portland Community College").when().get("/v1/programs")
                .then().statusCode(200).extract().path("items.find { it.name == 'Health Information Management AAS Degree' }");
        int id = (Integer) listed.get("id");
        String notes = (String) listed.get("notes");
        for (String written : List.of("Checked against the handbook.", notes)) {
            String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
            Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("notes", written))
                    .when().patch("/v1/programs/" + id)
                    .then().statusCode(200)
                    .body("notes", equalTo(written))
                    .body("credentialLinks", contains(Map.of("code", "rhit", "reason", "eligibility")));
        }
        given().when().get("/v1/programs/" + id).then().statusCode(200)
                .body("credentialLinks", contains(Map.of("code", "rhit", "reason", "eligibility")));
        given().queryParam("q", "Portland Community College").when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.id == " + id + " }.credentialLinks",
                        contains(Map.of("code", "rhit", "reason", "eligibility")));
    }

    @Test
    void shouldMergePatchOnlyTheGivenFields() {
        int id = create(program(Editors.unique("Coding Certificate"))).path("id");
        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Response patched = Editors.as(editor).contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"cost\": {\"amount\": 9900}, \"deliveryMode\": null, \"notes\": \"Fee changed for 2026.\"}")
                .when().patch("/v1/programs/" + id)
                .then().statusCode(200)
                .body("cost.amount", equalTo(9900))
                .body("deliveryMode", nullValue())
                .body("notes", equalTo("Fee changed for 2026."))
                .body("durationMonths", equalTo(24))
                .body("certifications", contains("rhit"))
                .header("ETag", startsWith("\"r1-"))
                .extract().response();
        assertNotEquals(etag, patched.header("ETag"));
        given().header("If-None-Match", patched.header("ETag")).when().get("/v1/programs/" + id)
                .then().statusCode(304);
    }

    @Test
    void shouldCountAProgramInTheTotalsOfItsFiltersFromTheMomentItIsWritten() {
        Map<String, Object> filter = Map.of("certification", "rhit", "state", "NJ", "deliveryMode", "online",
                "maxCost", 12500, "minDurationMonths", 24);
        int before = total(filter);
        int id = create(program(Editors.unique("Health Information Technology"))).path("id");
        assertEquals(before + 1, total(filter));

        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"cost\": {\"amount\": 12500.01}}")
                .when().patch("/v1/programs/" + id).then().statusCode(200);
        assertEquals(before, total(filter));
        assertEquals(before + 1, total(Map.of("certification", "rhit", "state", "NJ", "deliveryMode", "online",
                "maxCost", "12500.01", "minDurationMonths", 24)));

        etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).header("If-Match", etag).when().delete("/v1/programs/" + id).then().statusCode(204);
        assertEquals(before, total(Map.of("certification", "rhit", "state", "NJ", "deliveryMode", "online",
                "maxCost", "12500.01", "minDurationMonths", 24)));
    }

    private static int total(Map<String, Object> filter) {
        return given().queryParams(filter).when().get("/v1/programs").then().statusCode(200).extract().path("page.total");
    }

    @Test
    void shouldReplaceAProgramWithPut() {
        int id = create(program(Editors.unique("Medical Billing"))).path("id");
        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Map<String, Object> replacement = program(Editors.unique("Medical Billing and Coding"));
        replacement.remove("cost");
        Editors.as(editor).contentType("application/json").header("If-Match", etag).body(replacement)
                .when().put("/v1/programs/" + id)
                .then().statusCode(200)
                .body("name", equalTo(replacement.get("name")))
                .body("cost", nullValue());
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleOneLeavingTheRowUntouched() {
        String name = Editors.unique("Cancer Registry");
        int id = create(program(name)).path("id");
        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).contentType("application/merge-patch+json").body("{\"name\": \"No precondition\"}")
                .when().patch("/v1/programs/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:precondition-required"));
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"name\": \"" + name + " (2026)\"}")
                .when().patch("/v1/programs/" + id).then().statusCode(200);
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"name\": \"Stale write\"}")
                .when().patch("/v1/programs/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:precondition-failed"));
        Editors.as(editor).header("If-Match", etag).when().delete("/v1/programs/" + id)
                .then().statusCode(412);
        given().when().get("/v1/programs/" + id).then().statusCode(200)
                .body("name", equalTo(name + " (2026)"));
    }

    @Test
    void shouldDeleteAndReportTheRemovalToMirrors() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        int id = create(program(Editors.unique("Health Information Management"))).path("id");
        String etag = given().when().get("/v1/programs/" + id).then().extract().header("ETag");
        Editors.as(editor).header("If-Match", etag).when().delete("/v1/programs/" + id)
                .then().statusCode(204);
        given().when().get("/v1/programs/" + id).then().statusCode(404);
        given().queryParam("updatedSince", before.toString()).when().get("/v1/programs")
                .then().statusCode(200)
                .body("removed.key", hasItem(String.valueOf(id)))
                .body("removed.find { it.key == '" + id + "' }.removedAt", notNullValue())
                .body("items.id", not(hasItem(id)));
        given().when().get("/v1/programs").then().statusCode(200).body("removed", nullValue());
    }

    @Test
    void shouldListEveryViolationAtOnce() {
        Map<String, Object> program = program(Editors.unique("Invalid"));
        program.remove("institution");
        program.put("durationMonths", 999);
        program.put("deliveryMode", "by-post");
        program.put("certifications", List.of("rhit", "nosuch"));
        program.put("sources", List.of(Map.of("url", "not a url", "publisher", "", "title", "t", "asOf", "2026",
                "kind", "certain")));
        program.put("colour", "blue");
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-body"))
                .body("invalidParams.name", containsInAnyOrder("colour", "institution", "durationMonths",
                        "deliveryMode", "sources[0].url", "sources[0].publisher", "sources[0].kind"));
    }

    @Test
    void shouldNameUnknownReferencesAfterTheInputIsValid() {
        Map<String, Object> program = program(Editors.unique("Unknown references"));
        program.put("certifications", List.of("rhit", "nosuch"));
        program.put("state", "ZZ");
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("certifications[1]", "state"));
    }

    @Test
    void shouldRefuseMalformedJsonAndWrongTypes() {
        Editors.as(editor).contentType("application/json").body("{\"name\": ")
                .when().post("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("body"));
        Map<String, Object> program = program(Editors.unique("Wrong types"));
        program.put("durationMonths", "two years");
        program.put("accredited", List.of(true));
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("durationMonths", "accredited"));
    }

    @Test
    void shouldTakeACostOnlyInTheMoneyShapeOfTheReadSide() {
        int before = total(Map.of("q", "Money shape"));
        Map<String, Object> program = program(Editors.unique("Money shape"));
        program.put("cost", 12500);
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("cost"));
        program.put("cost", Map.of("amount", 12500, "currency", "EUR"));
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", contains("cost.currency"));
        program.put("cost", Map.of("amount", -1, "currency", "USD"));
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", contains("cost.amount"));
        program.put("cost", Map.of("amount", 12500));
        Editors.as(editor).contentType("application/json").body(program)
                .when().post("/v1/programs")
                .then().statusCode(400)
                .body("invalidParams.name", contains("cost.currency"));
        assertEquals(before, total(Map.of("q", "Money shape")));

        program.put("cost", Editors.usd(12500.5));
        int id = create(program).path("id");
        given().when().get("/v1/programs/" + id).then().statusCode(200)
                .body("cost.amount", equalTo(12500.5f)).body("cost.currency", equalTo("USD"))
                .body("costBasis.method", equalTo("published"));
    }
}
