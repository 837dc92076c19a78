package org.certpath.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What the response cache does with a body it was told to capture. */
class ResponseCacheTest {

    private static final String KEY = "/v1/programs.csv?state=NJ";
    private static final int LARGEST_KEPT = 1_000;

    private static final DataVersion AT_ONE = new DataVersion(null, Duration.ZERO) {
        @Override
        public Current current() {
            return new Current(1, OffsetDateTime.now());
        }
    };

    private final VersionedCache cache = new VersionedCache(AT_ONE, new MemorySize(BigInteger.valueOf(1L << 20)));

    /**
     * A writer context for one tagged answer asked before, whose writer writes {@code body} in two parts to
     * whatever stream it is given, as a serializer does.
     */
    private static WriterInterceptorContext context(byte[] body, OutputStream client) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.add(HttpHeaders.ETAG, "\"tag\"");
        Map<String, Object> properties = new HashMap<>(Map.of(ResponseCache.CAPTURE, new ResponseCache.Capture(1, KEY)));
        OutputStream[] current = {client};
        return (WriterInterceptorContext) Proxy.newProxyInstance(ResponseCacheTest.class.getClassLoader(),
                new Class<?>[] {WriterInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getHeaders" -> headers;
                    case "getMediaType" -> MediaType.valueOf("text/csv");
                    case "getOutputStream" -> current[0];
                    case "setOutputStream" -> {
                        current[0] = (OutputStream) args[0];
                        yield null;
                    }
                    case "proceed" -> {
                        current[0].write(body, 0, body.length / 2);
                        current[0].write(body, body.length / 2, body.length - body.length / 2);
                        yield null;
                    }
                    default -> fail("The response cache asked its writer context for " + method.getName());
                });
    }

    /** A GET of {@link #KEY} at data version 1, as HttpCaching leaves it; what the filter aborts with goes to {@code answer}. */
    private static ContainerRequestContext request(Map<String, Object> properties, Response[] answer) {
        properties.put(HttpCaching.KEY, KEY);
        properties.put(HttpCaching.VERSION, 1L);
        return (ContainerRequestContext) Proxy.newProxyInstance(ResponseCacheTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    case "getMethod" -> HttpMethod.GET;
                    case "abortWith" -> answer[0] = (Response) args[0];
                    default -> fail("The response cache asked its request for " + method.getName());
                });
    }

    @Test
    void shouldCaptureARepresentationAskedASecondTimeAndServeItTheThird() throws Exception {
        ResponseCache responses = new ResponseCache(cache, LARGEST_KEPT);
        byte[] body = rows(10);
        Response[] answer = new Response[1];

        Map<String, Object> first = new HashMap<>();
        responses.filter(request(first, answer));
        assertNull(first.get(ResponseCache.CAPTURE), "a first ask is not captured");

        Map<String, Object> second = new HashMap<>();
        responses.filter(request(second, answer));
        assertEquals(new ResponseCache.Capture(1, KEY), second.get(ResponseCache.CAPTURE), "a second ask is captured");
        responses.aroundWriteTo(context(body, new ByteArrayOutputStream()));
        assertNull(answer[0], "neither ask was answered from the cache");

        responses.filter(request(new HashMap<>(), answer));
        assertArrayEquals(body, (byte[]) answer[0].getEntity(), "the third ask is answered with the captured body");
    }

    private static byte[] rows(int count) {
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < count; i++) {
            csv.append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteABodyToTheClientAndKeepItWhenItFits() throws Exception {
        byte[] body = rows(10);
        ByteArrayOutputStream client = new ByteArrayOutputStream();

        new ResponseCache(cache, LARGEST_KEPT).aroundWriteTo(context(body, client));

        assertArrayEquals(body, client.toByteArray());
        assertArrayEquals(body, cache.<ResponseCache.Entry>find(1, KEY).orElseThrow().body(), "a body within the limit is kept");
    }

    @Test
    void shouldStreamABodyLargerThanAnEntryMayBeWithoutKeepingIt() throws Exception {
        byte[] body = rows(1_000);
        assertTrue(body.length > LARGEST_KEPT);
        ByteArrayOutputStream client = new ByteArrayOutputStream();

        new ResponseCache(cache, LARGEST_KEPT).aroundWriteTo(context(body, client));

        assertArrayEquals(body, client.toByteArray());
        assertTrue(cache.find(1, KEY).isEmpty(), "a body over the limit is not kept");
    }

    @Test
    void shouldKeepNoBodyOverASixteenthOfWhatTheCacheMayTake() throws Exception {
        VersionedCache small = new VersionedCache(AT_ONE, 16 * LARGEST_KEPT);
        byte[] within = new byte[LARGEST_KEPT];
        byte[] over = new byte[LARGEST_KEPT + 1];

        new ResponseCache(small).aroundWriteTo(context(within, new ByteArrayOutputStream()));
        assertTrue(small.find(1, KEY).isPresent(), "a body of a sixteenth is kept");
        new ResponseCache(small).aroundWriteTo(context(over, new ByteArrayOutputStream()));
        assertArrayEquals(within, small.<ResponseCache.Entry>find(1, KEY).orElseThrow().body(), "a larger one is not");
    }

    @Test
    void shouldStopCopyingOnceTheBodyOutgrowsTheLimit() throws Exception {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        ResponseCache.CopyWithin body = new ResponseCache.CopyWithin(client, 4);
        body.write("abc".getBytes(StandardCharsets.UTF_8));
        body.write('d');
        assertArrayEquals("abcd".getBytes(StandardCharsets.UTF_8), body.copy().orElseThrow());
        body.write('e');
        body.write(new byte[0]);
        assertTrue(body.copy().isEmpty(), "once over the limit, the copy is gone for good");
        assertArrayEquals("abcde".getBytes(StandardCharsets.UTF_8), client.toByteArray());
    }
}
