package org.certpath.operations;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.certpath.api.Problems;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Web pages of every origin may read (Quarkus's CORS filter, configured in application.properties),
 * but only the API's own pages may write: Swagger UI after Authorize. A browser sends {@code Origin}
 * with every write, to its own origin too, and Quarkus's filter, which lets every origin read,
 * refuses each such write with a bare 403. This filter runs before it: a same-origin write is no
 * CORS request, so it goes on without the header; a write from another origin is refused here,
 * with a problem document.
 *
 * <p>The origin is compared with the {@code Host} the browser sent, not with the scheme this server
 * sees, so that Swagger UI keeps working behind a proxy that ends TLS. Writes need a key, which a
 * browser never adds by itself, so this refusal is the API's policy rather than a guard against
 * forged requests.
 */
@ApplicationScoped
public class CrossOriginWriteFilter {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    private final VertxProblems problems;

    public CrossOriginWriteFilter(VertxProblems problems) {
        this.problems = problems;
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || READS.contains(request.method())) {
            context.next();
            return;
        }
        if (isSameOrigin(origin, request.authority())) {
            request.headers().remove(HttpHeaders.ORIGIN);
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.VARY, "Origin");
        problems.send(context, HttpProblem.builder()
                .withType(Problems.type("cross-origin-write"))
                .withTitle("Cross-origin write refused")
                .withStatus(Response.Status.FORBIDDEN)
                .withDetail("Web pages of other sites may read this API but not write to it. Send writes from "
                        + "your server with your API key, or try them in this API's Swagger UI.")
                .build());
    }

    static boolean isSameOrigin(String origin, HostAndPort host) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        // "null", the origin of sandboxed frames and local files, has no host.
        if (uri.getHost() == null || host == null) {
            return false;
        }
        int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? HTTPS_PORT : HTTP_PORT;
        int originPort = uri.getPort() == -1 ? defaultPort : uri.getPort();
        int hostPort = host.port() == -1 ? defaultPort : host.port();
        return uri.getHost().equalsIgnoreCase(host.host()) && originPort == hostPort;
    }
}
