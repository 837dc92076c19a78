package org.certpath.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The problem types of the API: one stable {@code type} URI per kind, as RFC 9457 asks. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:certpath:problem:";

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

    /** 400 naming every invalid field of a request body at once, by its path ({@code sources[0].url}). */
    public static HttpProblem invalidBody(List<InvalidParam> invalid) {
        String names = String.join(", ", invalid.stream().map(InvalidParam::name).distinct().toList());
        return HttpProblem.builder()
                .withType(type("invalid-body"))
                .withTitle("Invalid request body")
                .withStatus(Response.Status.BAD_REQUEST)
                .withDetail("Check these fields: " + names + ".")
                .with("invalidParams", invalid)
                .build();
    }

    /** 409 for a write that would clash with what is stored: a taken key, or an item still referred to. */
    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder()
                .withType(type("conflict"))
                .withTitle("Conflict")
                .withStatus(Response.Status.CONFLICT)
                .withDetail(detail)
                .build();
    }

    /** 428: a write to an existing item must say which version of it the client saw. */
    public static HttpProblem preconditionRequired() {
        return HttpProblem.builder()
                .withType(type("precondition-required"))
                .withTitle("Precondition required")
                .withStatus(428)
                .withDetail("Send If-Match with the ETag of the item from a GET, so that a change you have not "
                        + "seen is never overwritten.")
                .build();
    }

    /** 412: the item changed since the client read it; nothing was written. */
    public static HttpProblem preconditionFailed() {
        return HttpProblem.builder()
                .withType(type("precondition-failed"))
                .withTitle("Precondition failed")
                .withStatus(Response.Status.PRECONDITION_FAILED)
                .withDetail("The item changed since the ETag in If-Match was read. GET it again, apply your change "
                        + "to the new version and retry; nothing was written.")
                .build();
    }

    /** One invalid parameter and why, in the {@code invalidParams} list of a problem. */
    public record InvalidParam(String name, String reason) {
    }
}
