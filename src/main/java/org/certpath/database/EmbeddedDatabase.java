package org.certpath.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server started from Maven Central binaries, for dev mode and tests when no
 * datasource URL is configured. One per JVM: Quarkus reads its configuration several times and from
 * several class loaders (build, test discovery, runtime, live reload), and every read must see the
 * same server, so its address lives in the system properties, which all class loaders share, and
 * the server is stopped through its data directory rather than through an object of one loader.
 */
public final class EmbeddedDatabase {

    private static final Path DATA_ROOT = Path.of("target", "embedded-postgres");
    /** One directory per JVM, so that dev mode and a test run in the same checkout never share files. */
    private static final Path DATA_DIRECTORY = DATA_ROOT.resolve("data-" + ProcessHandle.current().pid());
    private static final Path PID_FILE = DATA_DIRECTORY.resolve("postmaster.pid");
    /** Set once the server runs; a compile-time constant, so reading it never loads this class. */
    public static final String URL_KEY = "certpath.embedded-postgres.url";
    private static final String PORT_KEY = "certpath.embedded-postgres.port";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private EmbeddedDatabase() {
    }

    public static String jdbcUrl() {
        Properties shared = System.getProperties();
        synchronized (shared) {
            String url = shared.getProperty(URL_KEY);
            if (url == null) {
                deleteDataDirectory();
                int port = start(0);
                url = "jdbc:postgresql://localhost:" + port + "/postgres";
                shared.setProperty(PORT_KEY, Integer.toString(port));
                shared.setProperty(URL_KEY, url);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stop();
                    deleteDataDirectory();
                }, "embedded-postgres-stop"));
            }
            return url;
        }
    }

    /** Stops the server with a fast shutdown but keeps its files, so that {@link #restart()} brings the same data back. */
    public static void stop() {
        synchronized (System.getProperties()) {
            if (!Files.exists(PID_FILE)) {
                return;
            }
            try {
                String pid = Files.readAllLines(PID_FILE).get(0).trim();
                new ProcessBuilder("kill", "-INT", pid).inheritIO().start().waitFor();
                Instant deadline = Instant.now().plus(STOP_TIMEOUT);
                while (Files.exists(PID_FILE) && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the stopped server again on the same port and files. */
    public static void restart() {
        synchronized (System.getProperties()) {
            if (!Files.exists(PID_FILE)) {
                start(Integer.parseInt(System.getProperty(PORT_KEY)));
            }
        }
    }

    private static int start(int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(DATA_DIRECTORY)
                    .setOverrideWorkingDirectory(DATA_ROOT.resolve("binaries").toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static void deleteDataDirectory() {
        if (!Files.exists(DATA_DIRECTORY)) {
            return;
        }
        try (Stream<Path> files = Files.walk(DATA_DIRECTORY)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + DATA_DIRECTORY, e);
        }
    }
}
