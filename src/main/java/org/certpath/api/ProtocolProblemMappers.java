package org.certpath.api;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusals of the HTTP layer itself (no such path, method or media type) as problem documents
 * with a type of their own. resteasy-problem's mappers would answer without a type and with the
 * framework's message, which names its annotations ({@code @Consumes}).
 */
final class ProtocolProblemMappers {

    private ProtocolProblemMappers() {
    }

    /** A path that names no resource. */
    @Provider
    @Priority(1)
    public static final class UnknownPath extends ExceptionMapperBase<NotFoundException> {
        @Override
        protected HttpProblem toProblem(NotFoundException exception) {
            return HttpProblem.builder()
                    .withType(Problems.type("not-found"))
                    .withTitle("Not found")
                    .withStatus(Response.Status.NOT_FOUND)
                    .withDetail("Nothing is at this path. GET /v1 links to every collection.")
                    .build();
        }
    }

    /** A method the path does not take. */
    @Provider
    @Priority(1)
    public static final class MethodNotAllowed extends ExceptionMapperBase<NotAllowedException> {
        @Override
        protected HttpProblem toProblem(NotAllowedException exception) {
            return HttpProblem.builder()
                    .withType(Problems.type("method-not-allowed"))
                    .withTitle("Method not allowed")
                    .withStatus(Response.Status.METHOD_NOT_ALLOWED)
                    .withDetail("This path does not take this method. The contract (/q/openapi) lists the methods "
                            + "of each path.")
                    .build();
        }
    }

    /** An {@code Accept} header that names no representation of the endpoint. */
    @Provider
    @Priority(1)
    public static final class NotAcceptable extends ExceptionMapperBase<NotAcceptableException> {
        @Override
        protected HttpProblem toProblem(NotAcceptableException exception) {
            ResteasyReactiveRequestContext request = CurrentRequestManager.get();
            String accept = request == null ? null : request.getHttpHeaders().getHeaderString(HttpHeaders.ACCEPT);
            String detail = accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv")
                    ? "The lists answer JSON only. CSV comes from the export of the collection, with the same filters: "
                    + export(request.getPath()) + "."
                    : "The Accept header names no representation this endpoint has. The contract "
                    + "(/q/openapi) lists them; JSON is the default.";
            return HttpProblem.builder()
                    .withType(Problems.type("not-acceptable"))
                    .withTitle("Not acceptable")
                    .withStatus(Response.Status.NOT_ACCEPTABLE)
                    .withDetail(detail)
                    .build();
        }

        /** The export operation that gives a list's items as CSV, with the filter a nested list's path fixes. */
        static String export(String path) {
            Matcher nested = NESTED.matcher(path);
            if (nested.matches()) {
                String filter = nested.group(1).equals("certifications") ? "certification" : "soc";
                return "GET /v1/" + nested.group(3) + ".csv?" + filter + "=" + nested.group(2);
            }
            Matcher top = COLLECTION.matcher(path);
            return top.matches() ? "GET " + top.group(1) + ".csv" : "GET /v1/<collection>.csv (GET /v1 lists them)";
        }

        private static final Pattern NESTED = Pattern.compile("/v1/(certifications|occupations)/([^/]+)/(programs|salaries|outlooks)");
        private static final Pattern COLLECTION = Pattern.compile(
                "(/v1/(?:organizations|certifications|programs|occupations|regions|salaries|outlooks|audit|api-keys))");
    }

    /** A request body of a media type the operation does not read. */
    @Provider
    @Priority(1)
    public static final class UnsupportedMediaType extends ExceptionMapperBase<NotSupportedException> {
        @Override
        protected HttpProblem toProblem(NotSupportedException exception) {
            return HttpProblem.builder()
                    .withType(Problems.type("unsupported-media-type"))
                    .withTitle("Unsupported media type")
                    .withStatus(Response.Status.UNSUPPORTED_MEDIA_TYPE)
                    .withDetail("The Content-Type of the body is not one this operation reads. The contract "
                            + "(/q/openapi) names the media type of each request body.")
                    .build();
        }
    }
}
