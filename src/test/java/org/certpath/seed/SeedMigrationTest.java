package org.certpath.seed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.certpath.program.ProgramResourceTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SeedMigrationTest {

    private static final Map<String, Integer> REFERENCE_ROWS = Map.of(
            "certifications", 35, "programs", ProgramResourceTest.REFERENCE_PROGRAMS, "salaries", 114 + 164, "outlooks", 6 + 11, "regions", 55);

    /** What the seed loads, by content (ids of sources and timestamps aside), in the tables of a schema. */
    private static final List<String> SEEDED = List.of("""
            select row(p.id, institution, name, credential_text, award_level, award_text, delivery_mode, delivery_text,
                duration_months, duration_text, credit_hours, clock_hours, hours_text, accredited, accreditation, cost,
                cost_notes, region_id, cip_code, notes, exam_fee_included, accreditor, service_restricted_to, cost_basis,
                cost_inputs, duration_basis, duration_method, duration_inputs)::text from %s.program p order by p.id""", """
            select row(program_id, certification_id, reason)::text from %s.program_certification order by 1""", """
            select row(c.id, code, acronym, c.name, focus, eligibility_text, official_url, c.notes, exam_questions_min,
                exam_questions_max, exam_minutes, exam_delivery, exam_fee_member, exam_fee_nonmember, exam_fee_includes,
                membership_name, membership_required, membership_dues, renewal_cycle_years, renewal_ce_units,
                renewal_fee_member, renewal_fee_nonmember, pass_rate_percent, pass_rate_period)::text
            from %s.certification c order by c.id""", """
            select row(r.record_type, r.record_id, r.position, r.fields, r.confidence_note, s.url, s.as_of, s.title,
                s.kind)::text
            from %1$s.record_source r join %1$s.source s on s.id = r.source_id order by 1""");
    private static final String UPGRADED = "seed_upgraded_from_v76";
    private static final String FRESH = "seed_fresh";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNotDuplicateRowsWhenTheMigrationsRunAgain() {
        assertEquals(0, flyway.migrate().migrationsExecuted);
        REFERENCE_ROWS.forEach((collection, rows) -> given().queryParam("limit", 1)
                .when().get("/v1/" + collection)
                .then().statusCode(200)
                .body("page.total", org.hamcrest.Matchers.equalTo(rows)));
    }

    @Test
    void shouldHaveAppliedTheSeedWithAChecksumOfItsFiles() {
        var seed = java.util.Arrays.stream(flyway.info().applied())
                .filter(migration -> "2".equals(migration.getVersion().getVersion())).findFirst().orElseThrow();
        assertEquals(new V2__SeedReferenceData().getChecksum(), seed.getChecksum());
        var credentials = java.util.Arrays.stream(flyway.info().applied())
                .filter(migration -> "61".equals(migration.getVersion().getVersion())).findFirst().orElseThrow();
        assertEquals(new V61__SeedStagedCredentials().getChecksum(), credentials.getChecksum());
        var programs = java.util.Arrays.stream(flyway.info().applied())
                .filter(migration -> "80".equals(migration.getVersion().getVersion())).findFirst().orElseThrow();
        assertEquals(new V80__ReviseProgramsAgain().getChecksum(), programs.getChecksum());
        var revised = java.util.Arrays.stream(flyway.info().applied())
                .filter(migration -> "81".equals(migration.getVersion().getVersion())).findFirst().orElseThrow();
        assertEquals(new V81__ReviseCredentials().getChecksum(), revised.getChecksum());
    }

    /**
     * V80 and V81 revise what V70 and V61 loaded: a database that had stopped at V76 when they landed gets, once
     * migrated, what a fresh database gets. And in what the seed gives, each page cited has one title, its own (V101),
     * and a program's name and institution are written with single spaces (V103).
     */
    @Test
    void shouldGiveADatabaseThatRanTheEarlierSeedsWhatAFreshOneGets() throws SQLException {
        // Schemas of their own: the public one is the one the other tests write to.
        try {
            in(UPGRADED).target(MigrationVersion.fromVersion("76")).load().migrate();
            in(UPGRADED).load().migrate();
            in(FRESH).load().migrate();
            List<String> fresh = seeded(FRESH);
            assertTrue(fresh.size() > 1000, "seeded rows: " + fresh.size());
            assertEquals(fresh, seeded(UPGRADED));
            assertEquals(List.of(), rows("select url from %s.source group by url having count(distinct title) > 1"
                    .formatted(FRESH)), "pages with two titles");
            assertEquals(List.of(), rows("select title from %s.source group by title having count(distinct url) > 1"
                    .formatted(FRESH)), "titles of two pages");
            assertEquals(List.of(), rows("""
                    select institution || ' / ' || name from %s.program
                    where institution ~ '\\s\\s|[\\t\\r\\n]|^\\s|\\s$' or name ~ '\\s\\s|[\\t\\r\\n]|^\\s|\\s$'"""
                    .formatted(FRESH)), "names with a run of spaces or a line break (V103)");
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + UPGRADED + " cascade");
                statement.execute("drop schema if exists " + FRESH + " cascade");
            }
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration in(String schema) {
        return Flyway.configure().configuration(flyway.getConfiguration()).schemas(schema).defaultSchema(schema)
                .createSchemas(true);
    }

    private List<String> seeded(String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String query : SEEDED) {
            rows.addAll(rows(query.formatted(schema)));
        }
        return rows;
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
