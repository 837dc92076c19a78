package org.certpath.seed;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SeedMigrationTest {

    private static final Map<String, Integer> REFERENCE_ROWS = Map.of(
            "certifications", 35, "programs", 430, "salaries", 114 + 164, "outlooks", 6 + 11, "regions", 55);

    @Inject
    Flyway flyway;

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
    }
}
