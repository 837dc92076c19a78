package org.certpath.operations;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Refuses a declared body larger than {@code quarkus.http.limits.max-body-size} with a problem
 * document before anything reads it. A body of undeclared length is never read by an endpoint
 * that takes none; where one is read, Quarkus applies the same limit itself.
 */
@ApplicationScoped
public class BodySizeFilter {

    private static final URI PAYLOAD_TOO_LARGE = URI.create("urn:certpath:problem:payload-too-large");

    private final long maxBodySize;
    private final VertxProblems problems;

    public BodySizeFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                          VertxProblems problems) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.problems = problems;
    }

    void handle(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isLarger(declared)) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.send(context, HttpProblem.builder()
                    .withType(PAYLOAD_TOO_LARGE)
                    .withTitle("Payload too large")
                    .withStatus(413)
                    .withDetail("Request bodies are limited to " + maxBodySize + " bytes.")
                    .build());
            return;
        }
        context.next();
    }

    private boolean isLarger(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
