package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class BoundedWorkTest {

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

    @Test
    void shouldStopAnImportWhoseFileArrivesTooSlowly() throws IOException, InterruptedException {
        String editor = Editors.newKey("editor");
        Instant start = Instant.now();
        // A raw connection: an HTTP client library would read the whole body before sending it.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/imports/oews?edition=2024-05 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + editor + "\r\nContent-Type: text/csv\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, "AREA,OCC_CODE\n");
            String answer = "";
            for (int second = 0; second < 8 && answer.isEmpty(); second++) {
                Thread.sleep(1000);
                try {
                    chunk(out, "x");
                } catch (IOException closed) {
                    break;
                }
                if (socket.getInputStream().available() > 0) {
                    answer = new String(socket.getInputStream().readNBytes(socket.getInputStream().available()),
                            StandardCharsets.UTF_8);
                }
            }
            if (answer.isEmpty()) {
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("urn:certpath:problem:request-timeout"), answer);
        }
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 30);
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
