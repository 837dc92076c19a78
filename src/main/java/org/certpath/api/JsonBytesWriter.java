package org.certpath.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON bodies written as UTF-8 straight to the response. Once a writer interceptor is bound (the response cache is
 * bound to every response), Quarkus's own JSON writer builds each body as a String first and encodes it after: a
 * character generator and two copies of every body (measured in bench/README.md, step 57). Text bodies are left to
 * Quarkus's writer, which writes them as they are.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonBytesWriter implements MessageBodyWriter<Object> {

    private final ObjectWriter json;

    public JsonBytesWriter(ObjectMapper json) {
        // The response's stream is the framework's to close, and a flush would make a short body chunked.
        this.json = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !CharSequence.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        json.writeValue(out, body);
    }
}
