package org.certpath.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

/** What the response cache does with a body it was told to capture. */
class ResponseCacheTest {

    /** A writer context for one tagged answer asked before: records the streams the body is written to. */
    private static WriterInterceptorContext context(Object entity, OutputStream client, List<OutputStream> writtenTo) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.add(HttpHeaders.ETAG, "\"tag\"");
        Map<String, Object> properties = new java.util.HashMap<>(
                Map.of(ResponseCache.CAPTURE, new ResponseCache.Capture(1, "/v1/programs.csv?state=NJ")));
        OutputStream[] current = {client};
        return (WriterInterceptorContext) Proxy.newProxyInstance(ResponseCacheTest.class.getClassLoader(),
                new Class<?>[] {WriterInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getHeaders" -> headers;
                    case "getEntity" -> entity;
                    case "getOutputStream" -> current[0];
                    case "setOutputStream" -> {
                        current[0] = (OutputStream) args[0];
                        yield null;
                    }
                    case "proceed" -> {
                        writtenTo.add(current[0]);
                        yield null;
                    }
                    default -> fail("The response cache asked its writer context for " + method.getName());
                });
    }

    @Test
    void shouldStreamAnExportToTheClientInsteadOfHoldingItWholeToKeepIt() throws Exception {
        OutputStream client = new ByteArrayOutputStream();
        List<OutputStream> writtenTo = new ArrayList<>();
        StreamingOutput export = out -> out.write("id\n1\n".getBytes());

        new ResponseCache(null).aroundWriteTo(context(export, client, writtenTo));

        assertEquals(1, writtenTo.size());
        assertSame(client, writtenTo.get(0), "written straight to the client, not to a buffer");
    }
}
