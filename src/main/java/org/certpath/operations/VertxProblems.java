package org.certpath.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;

/**
 * Answers with a problem document from a route filter, before any JAX-RS resource (and so
 * resteasy-problem's mappers) is involved. The shared object mapper carries resteasy-problem's
 * serializer, so these documents look exactly like the ones the mappers write.
 */
@ApplicationScoped
public class VertxProblems {

    private final ObjectMapper mapper;

    public VertxProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The same, and the connection closed after it. */
    public void sendAndClose(RoutingContext context, HttpProblem problem) {
        // HTTP/2 forbids the header (the client would drop the stream); Quarkus sends GOAWAY there instead.
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        send(context, problem);
    }

    public void send(RoutingContext context, HttpProblem problem) {
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.getStatusCode());
        problem.getHeaders().forEach((name, value) -> response.putHeader(name, String.valueOf(value)));
        response.putHeader(HttpHeaders.CONTENT_TYPE, HttpProblem.MEDIA_TYPE.toString());
        try {
            response.end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
