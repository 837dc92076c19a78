package org.certpath.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.certpath.database.EmbeddedDatabase;

/**
 * Entry point of the application. Production (the packaged jar) always names its database server: without
 * one, say so in a sentence instead of letting the datasource fail with a stack trace.
 */
@QuarkusMain
public class CertPathMain {

    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    public static void main(String... args) {
        // Dev mode also enters here, after its configuration has started the embedded server.
        boolean embedded = System.getProperty(EmbeddedDatabase.URL_KEY) != null;
        if (!embedded && isBlank(System.getenv(URL_VARIABLE)) && isBlank(System.getProperty(URL_PROPERTY))) {
            System.err.println("CertPath needs a PostgreSQL server: set " + URL_VARIABLE
                    + " (for example jdbc:postgresql://localhost:5432/certpath) and QUARKUS_DATASOURCE_USERNAME.");
            System.exit(2);
        }
        Quarkus.run(args);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
