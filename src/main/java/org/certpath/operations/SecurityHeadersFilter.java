package org.certpath.operations;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response, set just before the headers are written so that error
 * pages and early refusals get them too. JSON needs no resources at all; Swagger UI runs an
 * inline script and inline styles of its own page, and calls the API from the same origin.
 */
final class SecurityHeadersFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String SWAGGER_UI_PATH = "/q/swagger-ui";

    private SecurityHeadersFilter() {
    }

    static void handle(RoutingContext context) {
        boolean swaggerUi = context.normalizedPath().startsWith(SWAGGER_UI_PATH);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : API_POLICY);
            headers.remove("Server");
            headers.remove("X-Powered-By");
        });
        context.next();
    }
}
