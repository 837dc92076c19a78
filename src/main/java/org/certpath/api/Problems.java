package org.certpath.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The problem types of the API: one stable {@code type} URI per kind, as RFC 9457 asks. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:certpath:problem:";

    private Problems() {
    }

    public static URI type(String kind) {
        return URI.create(TYPE_PREFIX + kind);
    }

    /** 400 naming every invalid query parameter at once. */
    public static HttpProblem invalidParameters(List<InvalidParam> invalid) {
        String names = String.join(", ", invalid.stream().map(InvalidParam::name).distinct().toList());
        return HttpProblem.builder()
                .withType(type("invalid-parameters"))
                .withTitle("Invalid query parameters")
                .withStatus(Response.Status.BAD_REQUEST)
                .withDetail("Check these parameters: " + names + ".")
                .with("invalidParams", invalid)
                .build();
    }

    /** 404 for a key that names nothing in a collection. */
    public static HttpProblem notFound(String resource, String key) {
        return HttpProblem.builder()
                .withType(type("not-found"))
                .withTitle("Not found")
                .withStatus(Response.Status.NOT_FOUND)
                .withDetail("No " + resource + " '" + key + "' in this API. List the collection to see the valid keys.")
                .build();
    }

    /** One invalid parameter and why, in the {@code invalidParams} list of a problem. */
    public record InvalidParam(String name, String reason) {
    }
}
