package org.certpath.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BoundedWorkTest {

    @Inject
    AgroalDataSource dataSource;

    /** Every pooled session stops a statement after 5 s and never spends time compiling one (JIT). */
    @Test
    void shouldBoundEveryStatementOfAPooledSession() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals("5s", setting(statement, "statement_timeout"));
            assertEquals("off", setting(statement, "jit"));
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void shouldRefuseATooLargeBodyWithAProblem() {
        given().contentType("application/json").body("\"" + "x".repeat(70 * 1024) + "\"")
                .when().post("/test-only/operations/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void shouldAcceptABodyWithinTheLimit() {
        given().contentType("application/json").body("\"small\"")
                .when().post("/test-only/operations/echo")
                .then().statusCode(200);
    }

    /**
     * A file that comes a byte a second and then stops coming: the worker thread lets go within the
     * read timeout of the last byte. Either the import has waited 3 s in all (the test profile's
     * limit) and answers 408, or the read timeout ends its wait and the server drops the connection
     * (logged as an unanswered request); which one depends on how Vert.x hands over the bytes. The
     * outcome is read from the access log: the server closes the connection with the body unread,
     * which can cost the client the answer itself.
     */
    @Test
    void shouldStopAnImportWhoseFileArrivesTooSlowly() throws IOException, InterruptedException {
        String editor = Editors.newKey("editor");
        String requestId = "slow-body-" + System.nanoTime();
        Instant start = Instant.now();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/imports/oews?edition=2024-05 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + editor + "\r\nContent-Type: text/csv\r\nX-Request-Id: " + requestId
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, "AREA,OCC_CODE\n");
            for (int second = 0; second < 30 && !answered(requestId); second++) {
                Thread.sleep(1000);
                if (second < 8) {
                    chunk(out, "0");
                }
            }
        }
        String line = logLine(requestId);
        assertTrue(line.contains("\" 408 ") || line.contains("\" 200 - "), line);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 30);
    }

    private static boolean answered(String requestId) throws IOException {
        return !logLine(requestId).isEmpty();
    }

    private static String logLine(String requestId) throws IOException {
        return Files.readAllLines(Path.of("target", "quarkus.log")).stream()
                .filter(line -> line.contains("access-log") && line.contains("id=" + requestId))
                .findFirst().orElse("");
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void shouldRefuseATooLongUrl() {
        given().queryParam("q", "x".repeat(9000))
                .when().get("/v1")
                .then().statusCode(414);
    }

    @Test
    void shouldRefuseTooLargeHeaders() {
        given().header("X-Padding", "x".repeat(17 * 1024))
                .when().get("/v1")
                .then().statusCode(431);
    }

    @Test
    void shouldCancelAQueryThatOutlivesTheStatementTimeout() {
        Instant start = Instant.now();
        given().when().get("/test-only/operations/slow-query")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(DatabaseProblemMapper.RETRY_AFTER_SECONDS)))
                .body("type", equalTo("urn:certpath:problem:timeout"));
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, () -> "the 30 s query was answered after " + took);
    }
}
