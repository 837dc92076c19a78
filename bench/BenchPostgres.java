import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's embedded PostgreSQL, for a machine without a server: the binaries the service's
 * tests use (from Maven Central), on a fixed port and a data directory that outlive the run, so that
 * a loaded database is reused. Runs until the process is stopped; the server stops with it.
 * <p>
 * {@code java -cp <the project's test classpath> bench/BenchPostgres.java DATA_DIRECTORY PORT}
 */
public class BenchPostgres {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .start();
        System.out.println("PostgreSQL " + postgres.getPort() + " ready");
        new CountDownLatch(1).await();
    }
}
