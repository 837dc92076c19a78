package org.certpath.operations;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the read replica on when {@code certpath.read-replica.url} ({@code CERTPATH_READ_REPLICA_URL})
 * is set: the datasource {@value #DATASOURCE} gets that URL and becomes active, with the replica's
 * own credentials or else the primary's (a streaming replica has the primary's roles). Without the
 * URL the datasource stays inactive, as application.properties declares it, and no pool is made.
 */
public class ReadReplicaConfigSourceFactory implements ConfigSourceFactory {

    public static final String DATASOURCE = "replica";
    public static final String URL = "certpath.read-replica.url";
    private static final String PREFIX = "quarkus.datasource." + DATASOURCE + ".";
    /** Above application.properties (250), below the environment (300) and system properties (400). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String url = context.getValue(URL).getValue();
        if (url == null || url.isBlank()) {
            return List.of();
        }
        Map<String, String> replica = new HashMap<>();
        replica.put(PREFIX + "active", "true");
        replica.put(PREFIX + "jdbc.url", url);
        either(context, "certpath.read-replica.username", "quarkus.datasource.username")
                .ifPresent(username -> replica.put(PREFIX + "username", username));
        either(context, "certpath.read-replica.password", "quarkus.datasource.password")
                .ifPresent(password -> replica.put(PREFIX + "password", password));
        return List.of(new MapBackedConfigSource("read-replica", replica, ORDINAL) {
        });
    }

    private static Optional<String> either(ConfigSourceContext context, String own, String primary) {
        ConfigValue value = context.getValue(own);
        return Optional.ofNullable(value.getValue() != null ? value.getValue() : context.getValue(primary).getValue());
    }
}
