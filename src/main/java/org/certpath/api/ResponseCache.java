package org.certpath.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Whole 200 responses of the data API, kept per data version and representation (path, query,
 * Accept: what the ETag hashes), so that a repeated read costs no query and no serialization. Runs
 * after {@link HttpCaching}, which has answered 304 already where it could: the bytes are captured
 * as they are written, with the headers the resource and HttpCaching gave them.
 * <p>
 * Only a representation asked for before is captured: most of a crawler's long tail of URLs is asked
 * once, and copying and keeping those responses cost the request an eighth of its time and pushed
 * out the responses that are asked again.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR + 1)
public class ResponseCache implements ContainerRequestFilter, WriterInterceptor {

    /** What the kept headers of one response take, roughly: a tag, a date, links and caching directives. */
    private static final int HEADERS_BYTES = 512;
    static final String CAPTURE = "certpath.response-cache.capture";

    private record Entry(byte[] body, MediaType type, MultivaluedMap<String, Object> headers) implements VersionedCache.Sized {
        @Override
        public int bytes() {
            return body.length + HEADERS_BYTES;
        }
    }

    record Capture(long version, String key) {
    }

    /** Representations asked for once, by hash: a collision only captures a response that is not needed. */
    private static final int ASKED_ONCE_REMEMBERED = 65_536;

    private final VersionedCache cache;
    private final Cache<Integer, Boolean> askedOnce = Caffeine.newBuilder().maximumSize(ASKED_ONCE_REMEMBERED).build();

    public ResponseCache(VersionedCache cache) {
        this.cache = cache;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = HttpCaching.representationKey(request);
        // HEAD is left to the resource: an answer with a body must never go out to it.
        if (key == null || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        long version = HttpCaching.version(request);
        cache.<Entry>find(version, key).ifPresentOrElse(entry -> {
            Response.ResponseBuilder response = Response.ok(entry.body(), entry.type());
            entry.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
            request.abortWith(response.build());
        }, () -> {
            if (askedBefore(key)) {
                request.setProperty(CAPTURE, new Capture(version, key));
            }
        });
    }

    private boolean askedBefore(String key) {
        Integer hash = key.hashCode();
        if (askedOnce.getIfPresent(hash) != null) {
            return true;
        }
        askedOnce.put(hash, Boolean.TRUE);
        return false;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        // HttpCaching tags 200 answers only: the tag tells this body apart from an error's. An export streams: held
        // whole to be kept, one of 100,000 rows took 40 MB of heap before its first byte went out.
        if (!(context.getProperty(CAPTURE) instanceof Capture capture) || !context.getHeaders().containsKey(HttpHeaders.ETAG)
                || context.getEntity() instanceof StreamingOutput) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        context.proceed();
        byte[] bytes = body.toByteArray();
        out.write(bytes);
        context.setOutputStream(out);
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        context.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                headers.put(name, List.copyOf(values));
            }
        });
        cache.put(capture.version(), capture.key(), new Entry(bytes, context.getMediaType(), headers));
    }
}
