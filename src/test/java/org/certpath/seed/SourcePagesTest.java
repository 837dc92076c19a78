package org.certpath.seed;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V101 on the seeded database: the readings it redated have their pages' own dates, and a credential's sources their
 * own titles. That no page has two titles nor two pages one is checked on a fresh schema ({@link SeedMigrationTest}),
 * where no other test has imported sources of its own.
 */
@QuarkusTest
class SourcePagesTest {

    private static final String READ_AT = "select id from source where url = ? and as_of is not distinct from ?";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldDateEachRedatedReadingByItsPageAlone() throws SQLException {
        for (Map<String, String> row : ReferenceCsv.read(V101__OnePageOneTitle.DATES)) {
            String url = row.get("url");
            assertEquals(List.of(), rows(READ_AT, url, blankAsNull(row.get("as_of_read"))),
                    "still read as of '" + row.get("as_of_read") + "': " + url);
            assertEquals(1, rows(READ_AT, url, blankAsNull(row.get("as_of"))).size(), url + " as of " + row.get("as_of"));
        }
    }

    @Test
    void shouldServeEachSourceOfACredentialWithItsOwnTitleAndDate() {
        JsonPath rhit = given().when().get("/v1/certifications/rhit").then().statusCode(200).extract().jsonPath();
        List<String> titles = rhit.getList("sources.title");
        assertEquals(titles.size(), titles.stream().distinct().count(), "a title shared by two pages: " + titles);
        assertTrue(titles.stream().noneMatch(title -> title.startsWith("mixed")), titles.toString());
        Map<String, Object> recertification = source(rhit, "https://www.ahima.org/certification/Recertification");
        assertEquals("Recertification - AHIMA", recertification.get("title"));
        assertNull(recertification.get("asOf"));
        assertEquals("June 2026", source(rhit, "https://open-exam-prep.com/study-guides/rhit/orientation-and-exam-strategy/"
                + "current-exam-facts").get("asOf"));
    }

    private static Map<String, Object> source(JsonPath record, String url) {
        List<Map<String, Object>> sources = record.getList("sources");
        List<Map<String, Object>> atUrl = sources.stream().filter(source -> url.equals(source.get("url"))).toList();
        assertEquals(1, atUrl.size(), "sources at " + url + ": " + atUrl);
        return atUrl.get(0);
    }

    private static String blankAsNull(String text) {
        return text.isBlank() ? null : text;
    }

    private List<String> rows(String sql, String... values) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        return rows;
    }
}
