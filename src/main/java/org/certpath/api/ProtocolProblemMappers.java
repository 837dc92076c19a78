package org.certpath.api;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

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
            return HttpProblem.builder()
                    .withType(Problems.type("not-acceptable"))
                    .withTitle("Not acceptable")
                    .withStatus(Response.Status.NOT_ACCEPTABLE)
                    .withDetail("The Accept header names no representation this endpoint has. The contract "
                            + "(/q/openapi) lists them; JSON is the default.")
                    .build();
        }
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
