package org.certpath.operations;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.BodyLimits;

/**
 * Refuses a declared body larger than the limit of its route ({@link BodyLimits}) with a problem
 * document before anything reads it. A body of undeclared length is counted where it is read:
 * by the JSON reader of the write endpoints and by the import parsers.
 */
@ApplicationScoped
public class BodySizeFilter {

    private final BodyLimits limits;
    private final VertxProblems problems;

    public BodySizeFilter(BodyLimits limits, VertxProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    void handle(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limits.forPath(context.normalizedPath());
        if (declared != null && isLarger(declared, limit)) {
            problems.sendAndClose(context, BodyLimits.tooLarge(limit));
            return;
        }
        context.next();
    }

    private static boolean isLarger(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
