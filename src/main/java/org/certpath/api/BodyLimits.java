package org.certpath.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;

/**
 * How large a request body may be: small for the JSON API, larger for the official data files of
 * {@code /v1/imports}. {@code quarkus.http.limits.max-body-size} is the larger of the two, the
 * hard ceiling of the HTTP server; this class enforces the smaller one everywhere else.
 */
@ApplicationScoped
public class BodyLimits {

    public static final String IMPORTS_PATH = "/v1/imports/";
    private static final URI PAYLOAD_TOO_LARGE = Problems.type("payload-too-large");
    private static final URI REQUEST_TIMEOUT = Problems.type("request-timeout");

    private final long api;
    private final long imports;
    private final Duration importBodyTimeout;

    public BodyLimits(@ConfigProperty(name = "certpath.limits.max-body-size") MemorySize api,
                      @ConfigProperty(name = "certpath.limits.max-import-body-size") MemorySize imports,
                      @ConfigProperty(name = "certpath.limits.import-body-timeout") Duration importBodyTimeout) {
        this.api = api.asLongValue();
        this.imports = imports.asLongValue();
        this.importBodyTimeout = importBodyTimeout;
    }

    /**
     * How long the reading of an import's data file may wait for its bytes, in all: the worker thread
     * that reads it is held meanwhile ({@code quarkus.http.read-timeout} bounds each wait, this the sum).
     */
    public Duration importBodyTimeout() {
        return importBodyTimeout;
    }

    public static HttpProblem tooSlow(Duration timeout) {
        return HttpProblem.builder()
                .withType(REQUEST_TIMEOUT)
                .withTitle("Request body too slow")
                .withStatus(408)
                .withDetail("The data file took longer than " + timeout.toSeconds() + " s to arrive. "
                        + "Nothing was written.")
                .build();
    }

    public long api() {
        return api;
    }

    public long imports() {
        return imports;
    }

    public long forPath(String path) {
        return path.startsWith(IMPORTS_PATH) ? imports : api;
    }

    public static HttpProblem tooLarge(long limit) {
        return HttpProblem.builder()
                .withType(PAYLOAD_TOO_LARGE)
                .withTitle("Payload too large")
                .withStatus(413)
                .withDetail("Request bodies are limited to " + limit + " bytes here.")
                .build();
    }
}
