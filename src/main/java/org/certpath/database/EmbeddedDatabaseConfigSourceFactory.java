package org.certpath.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Points the datasource at an embedded PostgreSQL in the dev and test profiles when no URL is
 * configured, so that a fresh clone runs and tests with nothing installed. The prod profile never
 * starts one: production always names its server.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final List<String> EMBEDDED_PROFILES = List.of("dev", "test");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean urlConfigured = context.getValue(URL_PROPERTY).getValue() != null;
        boolean embeddedProfile = context.getProfiles().stream().anyMatch(EMBEDDED_PROFILES::contains);
        if (urlConfigured || !embeddedProfile) {
            return List.of();
        }
        return List.of(new MapBackedConfigSource("embedded-postgres", Map.of(
                URL_PROPERTY, EmbeddedDatabase.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), 50) {
        });
    }
}
