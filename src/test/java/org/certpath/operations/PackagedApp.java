package org.certpath.operations;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import org.certpath.ContractValidationExtension;
import org.certpath.database.EmbeddedDatabase;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** What the integration tests that run the packaged application as a process of its own share. */
final class PackagedApp {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String LOCALHOST = "http://127.0.0.1";

    private PackagedApp() {
    }

    /**
     * The database the suite runs on, as the application's environment sees it and as JDBC in the test reaches it:
     * the server {@code QUARKUS_DATASOURCE_JDBC_URL} names (the application inherits it), else the embedded one.
     */
    record Database(String jdbcUrl, Properties credentials, Map<String, String> environment) {

        static Database ofSuite() {
            Properties credentials = new Properties();
            String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            if (configured != null) {
                putIfSet(credentials, "user", System.getenv("QUARKUS_DATASOURCE_USERNAME"));
                putIfSet(credentials, "password", System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
                return new Database(configured, credentials, Map.of());
            }
            String embedded = EmbeddedDatabase.jdbcUrl();
            credentials.put("user", "postgres");
            credentials.put("password", "postgres");
            return new Database(embedded, credentials, Map.of("QUARKUS_DATASOURCE_JDBC_URL", embedded,
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"));
        }

        private static void putIfSet(Properties properties, String key, String value) {
            if (value != null) {
                properties.put(key, value);
            }
        }
    }

    /** Prints the application's output when a test fails: the process's log is the only account of what it did. */
    /** Requests to the application on {@code port}, each answer checked against the contract. */
    static RequestSpecification api(int port) {
        return new RequestSpecBuilder().setBaseUri(LOCALHOST).setPort(port)
                .addFilter(ContractValidationExtension.filter())
                .build();
    }

    /** The same without the contract check, for answers the contract does not describe (a server closing, say). */
    static RequestSpecification raw(int port) {
        return new RequestSpecBuilder().setBaseUri(LOCALHOST).setPort(port).build();
    }

    static TestWatcher printLogOnFailure(Path log) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                try {
                    System.err.println("Output of the application (" + log + "):\n" + Files.readString(log));
                } catch (IOException e) {
                    System.err.println("No output of the application at " + log);
                }
            }
        };
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The status of a GET, or 0 while nothing listens. */
    static int statusOrZero(RequestSpecification api, String path) {
        try {
            return given(api).when().get(path).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    /** Waits for the condition, failing at once if the application exits. */
    static void await(Process app, Duration bound, String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (!app.isAlive()) {
                fail("The application exited with " + app.exitValue() + " while waiting for " + what);
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Waited " + bound.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
