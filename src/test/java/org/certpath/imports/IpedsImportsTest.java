package org.certpath.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The IPEDS files in their official layouts (BOM and CRLF in the directory, CRLF in the completions, IPEDS '.' cells,
 * CIP codes with and without the dot, UNITIDs the directory lacks): dry run, import, re-import, rejected file. Each
 * test loads its own institutions (UNITIDs 9xxx01 to 9xxx12, names ending in a run id) and deletes the programs
 * it made; institutions and charges have no delete and stay, under UNITIDs no other test uses.
 */
@QuarkusTest
class IpedsImportsTest {

    /** Three digits of the UNITIDs of one test: different for every test of the run. */
    private static final AtomicInteger BLOCKS = new AtomicInteger(100 + new Random().nextInt(800));

    private String editor;
    private String block;
    private String run;

    @BeforeEach
    void setUp() {
        editor = Editors.newKey("editor");
        block = String.valueOf(BLOCKS.getAndIncrement());
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private String sample(String name) {
        try (InputStream in = IpedsImportsTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${u}", block).replace("${run}", run);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unitId(String last) {
        return "9" + block + last;
    }

    /** As bytes: REST Assured would encode a text body in ISO-8859-1, which has no byte order mark. */
    private ValidatableResponse post(String path, String csv) {
        return post(path, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ValidatableResponse post(String path, byte[] csv) {
        return Editors.as(editor).contentType("text/csv").body(csv).when().post(path).then();
    }

    private static int total(String path) {
        return given().queryParam("limit", 1).when().get(path).then().statusCode(200).extract().path("page.total");
    }

    private List<Integer> importedPrograms() {
        return given().queryParam("q", run).queryParam("limit", 100).when().get("/v1/programs")
                .then().statusCode(200).extract().path("items.id");
    }

    private void deleteImportedPrograms() {
        importedPrograms().forEach(id -> Editors.deleteIfPresent(editor, "/v1/programs/" + id));
    }

    private void loadDirectoryAndCharges() {
        post("/v1/imports/ipeds-institutions?year=2023", sample("ipeds-hd2023.csv")).statusCode(200);
        post("/v1/imports/ipeds-charges?year=2023", sample("ipeds-ic2023-ay.csv")).statusCode(200);
    }

    @Test
    void shouldDryRunImportAndReimportTheDirectoryAndRejectBadRowsChangingNothing() {
        post("/v1/imports/ipeds-institutions?year=2023&dryRun=true", sample("ipeds-hd2023.csv"))
                .statusCode(200)
                .body("kind", equalTo("ipeds-institutions"))
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(12))
                .body("inserted", equalTo(12))
                .body("ignored", equalTo(0))
                .body("source.publisher", equalTo("National Center for Education Statistics (NCES), IPEDS"))
                .body("source.url", equalTo("https://nces.ed.gov/ipeds/datacenter/data/HD2023.zip"))
                .body("source.title", startsWith("IPEDS HD2023: Directory information"))
                .body("source.asOf", equalTo("IPEDS 2023-24 collection (HD2023)"));
        post("/v1/imports/ipeds-institutions?year=2023", sample("ipeds-hd-bad-rows.csv"))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-file"))
                .body("invalidRows.line", contains(2, 4, 4))
                .body("invalidRows[0].reason", containsString("UNITID"))
                .body("invalidRows[1].reason", containsString("INSTNM"))
                .body("invalidRows[2].reason", containsString("STABBR"));
        // Neither the dry run nor the rejected file wrote anything.
        post("/v1/imports/ipeds-institutions?year=2023&dryRun=true", sample("ipeds-hd2023.csv"))
                .statusCode(200).body("inserted", equalTo(12));

        post("/v1/imports/ipeds-institutions?year=2023", sample("ipeds-hd2023.csv"))
                .statusCode(200).body("dryRun", equalTo(false)).body("inserted", equalTo(12));
        post("/v1/imports/ipeds-institutions?year=2023", sample("ipeds-hd2023.csv"))
                .statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(12));
        Editors.asAdmin().queryParam("entity", "import").queryParam("entityKey", "ipeds-institutions HD2023")
                .when().get("/v1/audit")
                .then().statusCode(200).body("items.after.kind", hasItem("ipeds-institutions"));
    }

    @Test
    void shouldReadADirectoryInTheWindowsCodePageWhenToldSo() {
        byte[] windows = sample("ipeds-hd2023.csv").replace("\uFEFF", "").getBytes(Charset.forName("windows-1252"));
        post("/v1/imports/ipeds-institutions?year=2023&dryRun=true", windows)
                .statusCode(422).body("invalidRows[0].reason", startsWith("Not readable as UTF-8 CSV"));
        post("/v1/imports/ipeds-institutions?year=2023&encoding=windows-1252", windows)
                .statusCode(200).body("inserted", equalTo(12));
        // The same names as the UTF-8 file: nothing to change.
        post("/v1/imports/ipeds-institutions?year=2023", sample("ipeds-hd2023.csv"))
                .statusCode(200).body("unchanged", equalTo(12));
        post("/v1/imports/ipeds-institutions?year=2023&encoding=latin9", windows)
                .statusCode(400).body("invalidParams.name", contains("encoding"));
    }

    @Test
    void shouldImportTheChargesOfDirectoryInstitutionsOnly() {
        post("/v1/imports/ipeds-institutions?year=2023", sample("ipeds-hd2023.csv")).statusCode(200);
        post("/v1/imports/ipeds-charges?year=2023", sample("ipeds-ic-bad-rows.csv"))
                .statusCode(422)
                .body("invalidRows.line", contains(2, 3))
                .body("invalidRows[0].reason", containsString(unitId("99") + " is not in the IPEDS directory"))
                .body("invalidRows[1].reason", containsString("TUITION2: 'about 4000' is not an amount"));
        post("/v1/imports/ipeds-charges?year=2023&dryRun=true", sample("ipeds-ic2023-ay.csv"))
                .statusCode(200)
                .body("kind", equalTo("ipeds-charges"))
                .body("rows", equalTo(12))
                .body("inserted", equalTo(10))
                .body("ignored", equalTo(2))
                .body("ignoredReasons.'no undergraduate charges published'", equalTo(2))
                .body("source.url", endsWith("/IC2023_AY.zip"));

        post("/v1/imports/ipeds-charges?year=2023", sample("ipeds-ic2023-ay.csv"))
                .statusCode(200).body("inserted", equalTo(10));
        post("/v1/imports/ipeds-charges?year=2023", sample("ipeds-ic2023-ay.csv"))
                .statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(10));
    }

    @Test
    void shouldImportCompletionsAsProgramsWithTheInstitutionsCharges() {
        loadDirectoryAndCharges();
        int programs = total("/v1/programs");
        post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-c-bad-rows.csv"))
                .statusCode(422)
                .body("invalidRows.line", contains(2, 3, 5, 5))
                .body("invalidRows[0].reason", containsString(unitId("97") + " is not in the IPEDS directory"))
                .body("invalidRows[1].reason", containsString("CIPCODE"))
                .body("invalidRows[2].reason", containsString("MAJORNUM"))
                .body("invalidRows[3].reason", containsString("AWLEVEL"));
        post("/v1/imports/ipeds-completions?year=2023&dryRun=true", sample("ipeds-c2023-a.csv"))
                .statusCode(200)
                .body("kind", equalTo("ipeds-completions"))
                .body("rows", equalTo(28))
                .body("inserted", equalTo(16))
                .body("ignored", equalTo(12))
                .body("ignoredReasons.'CIP code not configured for import'", equalTo(6))
                .body("ignoredReasons.'second major (its awards are counted under the first major)'", equalTo(3))
                .body("ignoredReasons.'total or summary row (CIPCODE 99)'", equalTo(3))
                .body("source.asOf", equalTo("IPEDS completions of award year 2022-23 (C2023_A)"));
        assertEquals(programs, total("/v1/programs"));

        post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-c2023-a.csv"))
                .statusCode(200).body("inserted", equalTo(16));
        try {
            assertEquals(programs + 16, total("/v1/programs"));
            List<Integer> technology = given().queryParam("cipCode", "51.0707").queryParam("q", run)
                    .when().get("/v1/programs")
                    .then().statusCode(200)
                    .body("items.institution", contains("Bayview Community College, Main Campus " + run,
                            "Cedar Health Academy " + run, "Colegio Técnico de Ejemplo " + run,
                            "Northfield Technical College " + run, "Prairie Online College " + run))
                    .body("items.cipCode", hasSize(5))
                    .extract().path("items.id");
            // Without the dot, as some exports write it: the same programs.
            given().queryParam("cipCode", "510707").queryParam("q", run).when().get("/v1/programs")
                    .then().statusCode(200).body("items.id", equalTo(technology));
            given().queryParam("cipCode", "51.0707").queryParam("q", "Northfield Technical College " + run)
                    .when().get("/v1/programs")
                    .then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].name", equalTo("Health Information/Medical Records Technology/Technician"
                            + " (associate's degree)"))
                    .body("items[0].awardLevel", equalTo("associate"))
                    .body("items[0].awardText", equalTo("Associate's degree (IPEDS award level 3)"))
                    .body("items[0].state", equalTo("NJ"))
                    .body("items[0].unitId", equalTo(Integer.valueOf(unitId("01"))))
                    .body("items[0].completions.count", equalTo(18))
                    .body("items[0].completions.academicYear", equalTo("2022-23"))
                    .body("items[0].cost.amount", equalTo(6900))
                    .body("items[0].costScope", equalTo("institution"))
                    .body("items[0].costBasis.method", equalTo("published"))
                    .body("items[0].costNotes", startsWith("Institution-wide published charges, not this program's own"))
                    .body("items[0].costNotes", containsString("2023-24 academic year; in-state $6300 tuition + $600 fees;"
                            + " in-district $4800; out-of-state $13200; in-state per credit hour $210;"
                            + " books and supplies $1500."))
                    .body("items[0].sources.title", contains(startsWith("IPEDS C2023_A"), startsWith("IPEDS HD2023"),
                            startsWith("IPEDS IC2023_AY")))
                    .body("items[0].sources.confidence", contains("high", "high", "high"))
                    .body("items[0].sources[0].fields", contains("name", "awardLevel", "awardText", "cipCode",
                            "completions"))
                    .body("items[0].sources[1].fields", contains("institution", "state"))
                    .body("items[0].sources[2].fields", contains("cost", "costNotes", "costScope"));
            // A territory this API has no region for, and no charges: no state, no cost.
            given().queryParam("cipCode", "51.0707").queryParam("q", "Colegio Técnico de Ejemplo " + run)
                    .when().get("/v1/programs")
                    .then().body("items[0].state", nullValue()).body("items[0].awardLevel", equalTo("certificate"))
                    .body("items[0].cost", nullValue()).body("items[0].costScope", nullValue())
                    .body("items[0].sources", hasSize(2));
            // A reported zero, and IPEDS's '.' in CTOTALT.
            given().queryParam("q", "Cedar Health Academy " + run).queryParam("sort", "name").when().get("/v1/programs")
                    .then().body("items", hasSize(2)).body("items[0].completions.count", equalTo(0))
                    .body("items[1].completions", nullValue());
            // A master's degree: no award level of this API, no undergraduate charges as its cost.
            given().queryParam("cipCode", "51.0706").queryParam("q", "Lakeshore State University " + run)
                    .queryParam("sort", "name")
                    .when().get("/v1/programs")
                    .then().body("items.awardLevel", contains("bachelor", null))
                    .body("items.awardText", contains("Bachelor's degree (IPEDS award level 5)",
                            "Master's degree (IPEDS award level 7)"))
                    .body("items[0].cost.amount", equalTo(8500)).body("items[1].cost", nullValue());
            // Fees IPEDS does not give: no total is made up.
            given().queryParam("cipCode", "51.0713").queryParam("q", "Mesa Valley College " + run)
                    .when().get("/v1/programs")
                    .then().body("items[0].cost", nullValue()).body("items[0].completions.count", equalTo(10));

            post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-c2023-a.csv"))
                    .statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(16));
            post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-c-bad-rows.csv")).statusCode(422);
            assertEquals(programs + 16, total("/v1/programs"));
        } finally {
            deleteImportedPrograms();
        }
        assertEquals(programs, total("/v1/programs"));
    }

    @Test
    void shouldUpdateACuratedProgramOfTheSameInstitutionAndCipKeepingItsFields() {
        loadDirectoryAndCharges();
        Map<String, Object> curated = new HashMap<>();
        curated.put("institution", "Lakeshore State University " + run);
        curated.put("name", "Bachelor of Science in Health Information Management " + run);
        curated.put("awardLevel", "bachelor");
        curated.put("deliveryMode", "in_person");
        curated.put("cost", Editors.usd(32000));
        curated.put("state", "NY");
        curated.put("cipCode", "51.0706");
        curated.put("sources", Editors.sources());
        int id = Editors.as(editor).contentType("application/json").body(curated).when().post("/v1/programs")
                .then().statusCode(201).extract().path("id");
        int programs = total("/v1/programs");
        try {
            post("/v1/imports/ipeds-completions?year=2023&dryRun=true", sample("ipeds-c2023-a.csv"))
                    .statusCode(200).body("inserted", equalTo(15)).body("updated", equalTo(1))
                    .body("notes", hasItem("Kept the curated name, cost of 'Lakeshore State University " + run
                            + " / Bachelor of Science in Health Information Management " + run + "' over IPEDS "
                            + unitId("03") + "/51.0706/5."));
            post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-c2023-a.csv"))
                    .statusCode(200).body("inserted", equalTo(15)).body("updated", equalTo(1));
            assertEquals(programs + 15, total("/v1/programs"));
            given().when().get("/v1/programs/" + id).then().statusCode(200)
                    .body("name", equalTo("Bachelor of Science in Health Information Management " + run))
                    .body("deliveryMode", equalTo("in_person"))
                    .body("cost.amount", equalTo(32000))
                    .body("costScope", equalTo("program"))
                    .body("unitId", equalTo(Integer.valueOf(unitId("03"))))
                    .body("completions.count", equalTo(30))
                    .body("awardText", equalTo("Bachelor's degree (IPEDS award level 5)"))
                    .body("sources.url", contains("https://example.org/catalog/health-information",
                            "https://nces.ed.gov/ipeds/datacenter/data/C2023_A.zip",
                            "https://nces.ed.gov/ipeds/datacenter/data/HD2023.zip"))
                    .body("sources[1].fields", contains("awardLevel", "awardText", "cipCode", "completions"))
                    .body("sources.title", not(hasItem(startsWith("IPEDS IC2023_AY"))));
            post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-c2023-a.csv"))
                    .statusCode(200).body("unchanged", equalTo(16));
        } finally {
            deleteImportedPrograms();
        }
        assertEquals(programs - 1, total("/v1/programs"));
    }

    @Test
    void shouldRejectAFileInAnotherLayoutAndAnUnnamedYear() {
        post("/v1/imports/ipeds-completions?year=2023", sample("ipeds-hd2023.csv"))
                .statusCode(422).body("invalidRows[0].line", equalTo(1))
                .body("invalidRows[0].reason", containsString("CIPCODE, MAJORNUM, AWLEVEL, CTOTALT"));
        post("/v1/imports/ipeds-charges?dryRun=maybe", sample("ipeds-ic2023-ay.csv"))
                .statusCode(400).body("invalidParams.name", containsInAnyOrder("year", "dryRun"));
        post("/v1/imports/ipeds-institutions?year=23", sample("ipeds-hd2023.csv"))
                .statusCode(400).body("invalidParams.name", contains("year"));
        given().contentType("text/csv").body(sample("ipeds-hd2023.csv").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/imports/ipeds-institutions?year=2023")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseAnIpedsFileOverTheImportLimit() {
        post("/v1/imports/ipeds-completions?year=2023", "UNITID,CIPCODE,MAJORNUM,AWLEVEL,CTOTALT\n"
                + "x".repeat(2100 * 1024))
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:payload-too-large"));
    }
}
