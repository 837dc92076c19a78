package org.certpath.operations;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Problems;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of URLs, which proxies, browsers and the access log all keep. {@link #record}
 * puts the request target into the routing context with the value of every parameter whose name
 * suggests a secret replaced, for the access log ({@code %{d,certpath.logged-target}}), never the
 * raw query. {@link #refuse} answers 400 to a request that sends an API key as a query parameter
 * ({@code ?access_token=}, as some clients do by default): the key is not read, so it would only
 * end up in logs and caches, and the client is told to use the Authorization header.
 */
@ApplicationScoped
public class QuerySecretsFilter {

    static final String LOGGED_TARGET = "certpath.logged-target";
    /** Names clients use for credentials; the API's own parameters (keyId, entityKey) are not among them. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(access_?token|id_?token|token|api_?key|key|secret|client_secret|password|passwd|auth|authorization|session|sig|signature)");
    private static final Set<String> KEY_PARAMETERS = Set.of("access_token", "api_key", "apikey");
    private static final String REDACTED = "REDACTED";

    private final VertxProblems problems;

    public QuerySecretsFilter(VertxProblems problems) {
        this.problems = problems;
    }

    static void record(RoutingContext context) {
        String query = context.request().query();
        context.put(LOGGED_TARGET, query == null ? context.request().path() : context.request().path() + "?" + redact(query));
        context.next();
    }

    void refuse(RoutingContext context) {
        String query = context.request().query();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = decodedName(pair);
                if (KEY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                    problems.send(context, Problems.invalidParameters(List.of(new Problems.InvalidParam(name,
                            "API keys are not read from the URL, where logs and caches keep them: send "
                                    + "'Authorization: Bearer <key>' instead, and revoke a key that was sent here."))));
                    return;
                }
            }
        }
        context.next();
    }

    static String redact(String query) {
        StringJoiner redacted = new StringJoiner("&");
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            redacted.add(equals >= 0 && SECRET_NAME.matcher(decodedName(pair)).matches() ? name + "=" + REDACTED : pair);
        }
        return redacted.toString();
    }

    private static String decodedName(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
