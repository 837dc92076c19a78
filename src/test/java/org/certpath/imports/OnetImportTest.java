package org.certpath.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * The O*NET database text files, tab-separated as O*NET publishes them (CRLF, quotes that are text, {@code n/a}).
 * An import replaces a list of the reference data's occupations, so each test puts their titles, duties and
 * sources back as they were.
 */
@QuarkusTest
class OnetImportTest {

    private static final String TAB_SEPARATED = "text/tab-separated-values";
    private static final String OCCUPATIONS = "select id from occupation where soc_code in ('29-2072', '29-9021', '43-6013')";

    @Inject
    AgroalDataSource dataSource;

    private String editor;
    private final List<Object[]> titles = new ArrayList<>();
    private final List<Object[]> duties = new ArrayList<>();

    @BeforeEach
    void keepTheOccupationsAsTheyAre() throws SQLException {
        editor = Editors.newKey("editor");
        titles.clear();
        duties.clear();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select occupation_id, title, kinds from occupation_title "
                    + "where occupation_id in (" + OCCUPATIONS + ")")) {
                while (rows.next()) {
                    titles.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getArray(3).getArray()});
                }
            }
            try (ResultSet rows = statement.executeQuery("select occupation_id, position, kind, text from occupation_duty "
                    + "where occupation_id in (" + OCCUPATIONS + ")")) {
                while (rows.next()) {
                    duties.add(new Object[] {rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4)});
                }
            }
        }
    }

    @AfterEach
    void putTheOccupationsBack() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from occupation_title where occupation_id in (" + OCCUPATIONS + ")");
            statement.execute("delete from occupation_duty where occupation_id in (" + OCCUPATIONS + ")");
            statement.execute("delete from record_source where record_type = 'occupation' and source_id in "
                    + "(select id from source where title like '%imported through /v1/imports/onet-%')");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into occupation_title (occupation_id, title, kinds) values (?, ?, ?)")) {
                for (Object[] title : titles) {
                    Array kinds = connection.createArrayOf("text", (Object[]) title[2]);
                    insert.setLong(1, (Long) title[0]);
                    insert.setString(2, (String) title[1]);
                    insert.setArray(3, kinds);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into occupation_duty (occupation_id, position, kind, text) values (?, ?, ?, ?)")) {
                for (Object[] duty : duties) {
                    insert.setLong(1, (Long) duty[0]);
                    insert.setInt(2, (Integer) duty[1]);
                    insert.setString(3, (String) duty[2]);
                    insert.setString(4, (String) duty[3]);
                    insert.executeUpdate();
                }
            }
        }
    }

    private ValidatableResponse post(String path, String file) {
        return ImportSamples.post(editor, TAB_SEPARATED, path, file);
    }

    private static List<String> titlesOf(String soc, String kind) {
        return given().when().get("/v1/occupations/" + soc).then().statusCode(200)
                .extract().path("alternateTitles.findAll { it.kinds.contains('" + kind + "') }.title");
    }

    @Test
    void shouldDryRunAlternateTitlesWithoutWriting() {
        List<String> before = titlesOf("29-2072", "onet_alternate");
        post("/v1/imports/onet-alternate-titles?release=29.3&dryRun=true", ImportSamples.read("onet-alternate-titles.txt"))
                .statusCode(200)
                .body("kind", equalTo("onet-alternate-titles"))
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(30))
                .body("inserted", equalTo(3))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(23))
                .body("ignored", equalTo(3))
                .body("ignoredReasons.'occupation not tracked by this API'", equalTo(3))
                .body("notes", hasItem("58 title(s) of the list 'onet_alternate' that the file no longer names would be "
                        + "removed from it."))
                .body("source.publisher", equalTo("National Center for O*NET Development"))
                .body("source.title", containsString("O*NET 29.3 Database: Alternate Titles.txt"));
        assertSameList(before, titlesOf("29-2072", "onet_alternate"));
        given().queryParam("q", "Chart Completion Coordinator").when().get("/v1/occupations")
                .then().statusCode(200).body("page.total", equalTo(0));
    }

    @Test
    void shouldImportAlternateTitlesThatTheOccupationSearchFinds() {
        post("/v1/imports/onet-alternate-titles?release=29.3&asOf=O*NET 29.3 Database (May 2025 Release)",
                ImportSamples.read("onet-alternate-titles.txt"))
                .statusCode(200).body("dryRun", equalTo(false)).body("inserted", equalTo(3));
        given().queryParam("q", "Chart Completion Coordinator").when().get("/v1/occupations")
                .then().statusCode(200).body("items.soc", contains("29-2072"));
        List<String> imported = titlesOf("29-2072", "onet_alternate");
        assertSameList(List.of("\"Chart Deficiency\" Analyst", "Certified Coding Specialist", "Certified Medical Coder",
                "Certified Professional Coder (CPC)", "Chart Completion Coordinator", "Clinical Documentation Specialist",
                "Coder", "Coding Specialist", "Health Information Coder",
                "Health Information Management Technician (HIM Tech)",
                "Health Information Technician (Health Information Tech)", "Health Records Technician", "Inpatient Coder",
                "Medical Biller Coder", "Medical Coder", "Medical Coding Specialist", "Medical Record Coder",
                "Medical Records Clerk", "Medical Records Specialist", "Outpatient Coder",
                "Registered Health Information Technician (RHIT)", "Release of Information Specialist"), imported);
        given().when().get("/v1/occupations/29-9021").then()
                .body("alternateTitles.find { it.title == 'Health Informatics Specialist' }.kinds",
                        contains("bls_ep", "onet_alternate"))
                .body("sources.find { it.title.contains('Alternate Titles.txt') }.fields", contains("alternateTitles"))
                .body("sources.find { it.title.contains('Alternate Titles.txt') }.confidence", equalTo("high"))
                .body("sources.find { it.title.contains('Alternate Titles.txt') }.asOf",
                        equalTo("O*NET 29.3 Database (May 2025 Release)"));
        // A title only O*NET's list gave goes with it; one another list gives stays, without the O*NET list.
        given().when().get("/v1/occupations/29-2072").then()
                .body("alternateTitles.title", not(hasItem("Disability Rater")))
                .body("alternateTitles.find { it.title == 'Medical Bill Coder' }.kinds", contains("bls_ep"));
        // The same file again changes nothing.
        post("/v1/imports/onet-alternate-titles?release=29.3&asOf=O*NET 29.3 Database (May 2025 Release)",
                ImportSamples.read("onet-alternate-titles.txt"))
                .statusCode(200).body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(27))
                .body("notes", not(hasItem(containsString("removed"))));
        Editors.asAdmin().queryParam("entity", "occupation").queryParam("entityKey", "29-2072").when().get("/v1/audit")
                .then().statusCode(200).body("items[0].action", equalTo("import"))
                .body("items[0].after.alternateTitles", hasItems("Chart Completion Coordinator"));
    }

    @Test
    void shouldImportReportedTitles() {
        post("/v1/imports/onet-reported-titles?release=29.3", ImportSamples.read("onet-reported-titles.txt"))
                .statusCode(200).body("kind", equalTo("onet-reported-titles")).body("rows", equalTo(11))
                .body("inserted", equalTo(2)).body("unchanged", equalTo(8)).body("ignored", equalTo(1))
                .body("notes", hasItem(containsString("2 title(s) of the list 'onet_reported'")));
        assertSameList(List.of("Clinic Office Assistant", "Front Desk Receptionist", "Medical Office Coordinator",
                "Medical Office Specialist", "Medical Receptionist", "Medical Secretary", "Patient Access Coordinator",
                "Physician Office Specialist", "Unit Clerk", "Ward Clerk"), titlesOf("43-6013", "onet_reported"));
        given().queryParam("q", "Patient Access Coordinator").when().get("/v1/occupations")
                .then().statusCode(200).body("items.soc", contains("43-6013"));
    }

    @Test
    void shouldImportTasksAsTheOccupationsDutiesInFileOrder() {
        post("/v1/imports/onet-tasks?release=29.3&dryRun=true", ImportSamples.read("onet-task-statements.txt"))
                .statusCode(200).body("inserted", equalTo(2)).body("unchanged", equalTo(3)).body("ignored", equalTo(1));
        post("/v1/imports/onet-tasks?release=29.3", ImportSamples.read("onet-task-statements.txt"))
                .statusCode(200).body("kind", equalTo("onet-tasks")).body("inserted", equalTo(2))
                .body("notes", hasItem(containsString("13 task(s) of the list 'O*NET task'")));
        given().when().get("/v1/occupations/29-9021").then().statusCode(200)
                .body("duties.findAll { it.kind == 'O*NET task' }.text", contains(
                        "Assign the patient to diagnosis-related groups (DRGs), using appropriate computer software.",
                        "Compile medical care and census data for statistical reports on diseases treated, surgery "
                                + "performed, or use of hospital beds.",
                        "Validate abstracted cancer cases against the \"Facility Oncology Registry Data Standards\" "
                                + "before submission to the state registry.",
                        "Protect the security of medical records to ensure that confidentiality is maintained.",
                        "Reconcile registry follow-up lists with patient encounter records."))
                .body("duties.position", contains(1, 2, 3, 4, 5))
                .body("sources.find { it.title.contains('Task Statements.txt') }.fields", contains("duties"));
        post("/v1/imports/onet-tasks?release=29.3", ImportSamples.read("onet-task-statements.txt"))
                .statusCode(200).body("inserted", equalTo(0)).body("unchanged", equalTo(5));
    }

    @Test
    void shouldRejectBadRowsChangingNothing() {
        List<String> before = titlesOf("29-2072", "onet_alternate");
        post("/v1/imports/onet-alternate-titles?release=29.3", ImportSamples.read("onet-bad-rows.txt"))
                .statusCode(422).contentType("application/problem+json")
                .body("invalidRows.line", contains(2, 4, 5))
                .body("invalidRows[0].reason", containsString("'29-2072' is not an O*NET-SOC code"))
                .body("invalidRows[1].reason", containsString("Alternate Title: Missing."))
                .body("invalidRows[2].reason", containsString("The same title of 29-2072.00 as line 3."));
        assertSameList(before, titlesOf("29-2072", "onet_alternate"));
    }

    @Test
    void shouldRefuseAnotherLayoutOrMediaTypeAndNeedTheRelease() {
        post("/v1/imports/onet-tasks?release=29.3", ImportSamples.read("onet-alternate-titles.txt"))
                .statusCode(422).body("invalidRows[0].reason", containsString("not the O*NET Task Statements.txt layout"));
        post("/v1/imports/onet-tasks", ImportSamples.read("onet-task-statements.txt"))
                .statusCode(400).body("invalidParams.name", contains("release"));
        Editors.as(editor).contentType("text/csv").body(ImportSamples.read("onet-task-statements.txt"))
                .when().post("/v1/imports/onet-tasks?release=29.3").then().statusCode(415);
    }

    private static void assertSameList(List<String> expected, List<String> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }
}
