package org.certpath.security;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.certpath.api.Problems;

/**
 * 401 and 403 as problem documents of this API, with the Bearer challenge on 401. They take
 * precedence over resteasy-problem's own security mappers, whose challenge lookup does not
 * match this Quarkus version.
 */
final class SecurityProblemMappers {

    static final String CHALLENGE = ApiKeyAuthenticationMechanism.SCHEME + " realm=\"certpath\"";

    private SecurityProblemMappers() {
    }

    static HttpProblem unauthorized() {
        return HttpProblem.builder()
                .withType(Problems.type("unauthorized"))
                .withTitle("Unauthorized")
                .withStatus(Response.Status.UNAUTHORIZED)
                .withDetail("Send a valid API key as 'Authorization: Bearer <key>'. Reads need none.")
                .withHeader("WWW-Authenticate", CHALLENGE)
                .build();
    }

    /** No key at all. */
    @Provider
    @Priority(1)
    public static final class Missing extends ExceptionMapperBase<UnauthorizedException> {
        @Override
        protected HttpProblem toProblem(UnauthorizedException exception) {
            return unauthorized();
        }
    }

    /** A key that is unknown or revoked. */
    @Provider
    @Priority(1)
    public static final class Refused extends ExceptionMapperBase<AuthenticationFailedException> {
        @Override
        protected HttpProblem toProblem(AuthenticationFailedException exception) {
            return unauthorized();
        }
    }

    /** A valid key whose role is too low. */
    @Provider
    @Priority(1)
    public static final class TooLow extends ExceptionMapperBase<ForbiddenException> {
        @Override
        protected HttpProblem toProblem(ForbiddenException exception) {
            return HttpProblem.builder()
                    .withType(Problems.type("forbidden"))
                    .withTitle("Forbidden")
                    .withStatus(Response.Status.FORBIDDEN)
                    .withDetail("This API key's role does not allow this operation.")
                    .build();
        }
    }
}
