package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A log line as the handlers see it: logger, message and the request id in its MDC. */
    private record Line(String logger, String message, String requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord extended = (ExtLogRecord) record;
            lines.add(new Line(record.getLoggerName(), extended.getFormattedMessage(),
                    extended.getMdc(RequestIdFilter.MDC_KEY)));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLogs() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void shouldEchoTheCallersRequestId() {
        given().header("X-Request-Id", "caller-42.a:b")
                .when().get("/v1")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("caller-42.a:b"));
    }

    @Test
    void shouldGenerateARequestIdWhenNoneIsGiven() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldReplaceARequestIdThatIsNotAPlainToken() {
        given().header("X-Request-Id", "forged\tlog entry")
                .when().get("/v1")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldPutTheRequestIdInTheLogLinesOfTheRequest() {
        given().header("X-Request-Id", "log-line-id")
                .when().get("/test-only/operations/log")
                .then().statusCode(200);

        assertTrue(lines.contains(new Line(OperationsProbeResource.class.getName(), OperationsProbeResource.LOG_LINE,
                "log-line-id")), () -> "no probe line with the request id in " + lines);
    }

    @Test
    void shouldWriteTheRequestIdInTheAccessLog() throws InterruptedException {
        given().header("X-Request-Id", "access-log-id")
                .when().get("/v1")
                .then().statusCode(200);

        // The access log is written once the response has gone out, so it may trail the response.
        Instant deadline = Instant.now().plusSeconds(5);
        while (!hasAccessLogLine("access-log-id") && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertTrue(hasAccessLogLine("access-log-id"), () -> "no access log line in " + lines);
    }

    private boolean hasAccessLogLine(String requestId) {
        return lines.stream().anyMatch(line -> line.logger().equals("io.quarkus.http.access-log")
                && line.message().contains("\"GET /v1 HTTP/1.1\" 200")
                && line.message().endsWith("id=" + requestId));
    }
}
