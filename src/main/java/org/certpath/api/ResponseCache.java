package org.certpath.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Whole 200 responses of the data API, kept per data version and representation (path, query,
 * Accept: what the ETag hashes), so that a repeated read costs no query and no serialization. Runs
 * after {@link HttpCaching}, which has answered 304 already where it could: the bytes are captured
 * as they are written, with the headers the resource and HttpCaching gave them.
 * <p>
 * Only a representation asked for before is captured: most of a crawler's long tail of URLs is asked
 * once, and copying and keeping those responses cost the request an eighth of its time and pushed
 * out the responses that are asked again. A body goes to the client as it is written, captured or not;
 * the copy is dropped once the body outgrows what one entry may take, so that a large answer (an export
 * of 100,000 rows) streams with no more held than that.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR + 1)
public class ResponseCache implements ContainerRequestFilter, WriterInterceptor {

    /** What the kept headers of one response take, roughly: a tag, a date, links and caching directives. */
    private static final int HEADERS_BYTES = 512;
    static final String CAPTURE = "certpath.response-cache.capture";

    record Entry(byte[] body, MediaType type, MultivaluedMap<String, Object> headers) implements VersionedCache.Sized {
        @Override
        public int bytes() {
            return body.length + HEADERS_BYTES;
        }
    }

    record Capture(long version, String key) {
    }

    /** Representations asked for once, by hash: a collision only captures a response that is not needed. */
    private static final int ASKS_REMEMBERED = 1 << 16;

    /** The largest body kept, a sixteenth of the cache: one entry never pushes out many. */
    private static final int PARTS_OF_THE_CACHE = 16;

    private final VersionedCache cache;
    private final int largestKept;
    private final RecentAsks recentAsks = new RecentAsks(ASKS_REMEMBERED);

    @Inject
    public ResponseCache(VersionedCache cache) {
        this(cache, (int) Math.min(Integer.MAX_VALUE, cache.capacity() / PARTS_OF_THE_CACHE));
    }

    ResponseCache(VersionedCache cache, int largestKept) {
        this.cache = cache;
        this.largestKept = largestKept;
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
            if (recentAsks.askedBefore(key.hashCode())) {
                request.setProperty(CAPTURE, new Capture(version, key));
            }
        });
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        // HttpCaching tags 200 answers only: the tag tells this body apart from an error's.
        if (!(context.getProperty(CAPTURE) instanceof Capture capture) || !context.getHeaders().containsKey(HttpHeaders.ETAG)) {
            context.proceed();
            return;
        }
        OutputStream client = context.getOutputStream();
        CopyWithin body = new CopyWithin(client, largestKept);
        context.setOutputStream(body);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(client);
        }
        Optional<byte[]> kept = body.copy();
        if (kept.isEmpty()) {
            return;
        }
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        context.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                headers.put(name, List.copyOf(values));
            }
        });
        cache.put(capture.version(), capture.key(), new Entry(kept.get(), context.getMediaType(), headers));
    }

    /** Writes through to the client, keeping a copy of what was written until it outgrows {@code limit} bytes. */
    static final class CopyWithin extends OutputStream {
        private final OutputStream client;
        private final int limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream();

        CopyWithin(OutputStream client, int limit) {
            this.client = client;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            client.write(b);
            if (fits(1)) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            client.write(bytes, offset, length);
            if (fits(length)) {
                copy.write(bytes, offset, length);
            }
        }

        /** Whether the copy is still kept with {@code length} more bytes; once it is not, it never is again. */
        private boolean fits(int length) {
            if (copy != null && copy.size() + (long) length > limit) {
                copy = null;
            }
            return copy != null;
        }

        @Override
        public void flush() throws IOException {
            client.flush();
        }

        @Override
        public void close() throws IOException {
            client.close();
        }

        /** The whole body, unless it outgrew the limit. */
        Optional<byte[]> copy() {
            return Optional.ofNullable(copy).map(ByteArrayOutputStream::toByteArray);
        }
    }
}
