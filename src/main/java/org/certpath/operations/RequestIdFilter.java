package org.certpath.operations;

import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token, a new
 * UUID otherwise (an arbitrary header would let a client write into the logs). The id is echoed
 * in the response and put in the MDC; Quarkus keeps the MDC on the request's Vert.x context, so
 * it follows the request onto the worker thread and into every log line.
 */
final class RequestIdFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIdFilter() {
    }

    static void handle(RoutingContext context) {
        String offered = context.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }
}
