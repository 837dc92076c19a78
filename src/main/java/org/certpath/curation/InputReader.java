package org.certpath.curation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.certpath.api.BodyLimits;
import org.certpath.api.Text;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a JSON request body into an input record the strict way: unknown fields, values of the
 * wrong type and Bean Validation violations are all collected and reported together in one 400,
 * each with its path ({@code sources[0].url}). The shared mapper of the read side stays lenient.
 * <p>
 * Before any of that, the body must be JSON that costs no more to read than it took to send:
 * UTF-8, no key twice in an object (which one would win is the parser's choice), nesting at most
 * {@value #MAX_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_LENGTH} characters whose
 * magnitude and decimals stay within {@value #MAX_NUMBER_DIGITS} digits (1e-999999999 would be
 * stored as 0), and strings without control characters but tab and line breaks.
 */
@ApplicationScoped
public class InputReader {

    /** Nesting levels of a body; the deepest input (a source in a certification's route) needs 4. */
    public static final int MAX_DEPTH = 16;
    /** Characters of one JSON number, sign, point and exponent included. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Digits before the point, and after it, of any number. */
    public static final int MAX_NUMBER_DIGITS = 20;

    private final ObjectMapper json;
    private final ObjectMapper parser;
    private final ObjectMapper strict;
    private final Validator validator;
    private final BodyLimits limits;

    public InputReader(ObjectMapper json, Validator validator, BodyLimits limits) {
        this.json = json;
        this.parser = json.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.parser.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build());
        this.strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.validator = validator;
        this.limits = limits;
    }

    /**
     * Parses a body that must be a JSON object; a chunked body is held to the same limit as a declared
     * one. The bytes are read as they came, so that invalid UTF-8 is refused rather than replaced.
     */
    public JsonNode parse(byte[] body) {
        if (body != null && body.length > limits.api()) {
            throw BodyLimits.tooLarge(limits.api());
        }
        Violations violations = new Violations();
        JsonNode node = null;
        try {
            node = body == null || body.length == 0 ? null : parser.readTree(body);
        } catch (StreamConstraintsException e) {
            violations.add("body", "Nested deeper than " + MAX_DEPTH + " levels, or a number longer than "
                    + MAX_NUMBER_LENGTH + " characters" + where(e) + ".");
        } catch (IOException e) {
            // Jackson reports a repeated key by this message only; the key itself is in it, quoted.
            boolean repeated = e instanceof JsonProcessingException processing
                    && String.valueOf(processing.getOriginalMessage()).startsWith("Duplicate field");
            violations.add("body", (repeated ? "A key given twice in one object" : "Not JSON in UTF-8")
                    + where(e) + ".");
        }
        if (violations.isEmpty() && (node == null || !node.isObject())) {
            violations.add("body", "Must be a JSON object.");
        }
        violations.throwIfAny();
        checkValues(node, "", violations);
        violations.throwIfAny();
        return node;
    }

    public <T> T read(byte[] body, Class<T> type) {
        return convert(parse(body), type);
    }

    /** Binds a JSON object to the input type and validates it; throws the 400 listing every problem. */
    public <T> T convert(JsonNode node, Class<T> type) {
        Violations violations = new Violations();
        T value = null;
        try {
            ObjectReader reader = strict.readerFor(type).withHandler(new Collecting(violations));
            value = reader.readValue(node);
        } catch (JsonMappingException e) {
            violations.add(path(e.getPath()), "Not of the expected shape.");
        } catch (IOException e) {
            violations.add("body", "Not of the expected shape.");
        }
        if (value == null && violations.isEmpty()) {
            violations.add("body", "Must be a JSON object.");
        }
        if (value != null) {
            validator.validate(value).stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .forEach(violation -> violations.add(violation.getPropertyPath().toString(), message(violation)));
        }
        violations.throwIfAny();
        return value;
    }

    public JsonNode tree(Object input) {
        return json.valueToTree(input);
    }

    /** {@code (line 3, column 7)}, when the parser knows where it stopped. */
    private static String where(IOException e) {
        JsonLocation location = e instanceof JsonProcessingException processing ? processing.getLocation() : null;
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Every string (key or value) and number of the body, against the rules of the class comment. */
    private static void checkValues(JsonNode node, String path, Violations violations) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String problem = Text.problem(field.getKey(), false);
                if (problem != null) {
                    violations.add(path.isEmpty() ? "body" : path, "A key: " + problem);
                } else {
                    checkValues(field.getValue(), child, violations);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), path + "[" + i + "]", violations);
            }
        } else if (node.isTextual()) {
            String problem = Text.problem(node.textValue(), true);
            if (problem != null) {
                violations.add(path, problem);
            }
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            if (number.scale() > MAX_NUMBER_DIGITS || number.precision() - number.scale() > MAX_NUMBER_DIGITS) {
                violations.add(path, "A number with more than " + MAX_NUMBER_DIGITS
                        + " digits before or after the point.");
            }
        }
    }

    private static String message(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    /** Where the parser is, as {@code sources[0].url}. */
    static String path(JsonParser parser) {
        StringBuilder path = new StringBuilder();
        JsonStreamContext start = parser.getParsingContext();
        if (parser.currentToken() == JsonToken.START_ARRAY || parser.currentToken() == JsonToken.START_OBJECT) {
            start = start.getParent();
        }
        for (JsonStreamContext context = start; context != null && !context.inRoot();
             context = context.getParent()) {
            String segment = context.inArray() ? "[" + Math.max(context.getCurrentIndex(), 0) + "]"
                    : context.getCurrentName() == null ? "" : "." + context.getCurrentName();
            path.insert(0, segment);
        }
        return path.isEmpty() ? "body" : path.substring(path.charAt(0) == '.' ? 1 : 0);
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            path.append(reference.getFieldName() != null ? "." + reference.getFieldName()
                    : "[" + reference.getIndex() + "]");
        }
        return path.isEmpty() ? "body" : path.substring(path.charAt(0) == '.' ? 1 : 0);
    }

    /** Records a problem and carries on with null, so that the next problem is found too. */
    private static final class Collecting extends DeserializationProblemHandler {

        private final Violations violations;

        Collecting(Violations violations) {
            this.violations = violations;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String property)
                throws IOException {
            violations.add(path(parser), "Unknown field.");
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                                             String failure) {
            violations.add(path(context.getParser()), "'" + value + "' is not " + expected(target) + ".");
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
                                             String failure) {
            violations.add(path(context.getParser()), value + " is not " + expected(target) + ".");
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                                            JsonParser parser, String failure) throws IOException {
            violations.add(path(parser), "Must be " + expected(target.getRawClass()) + ".");
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext context, Class<?> type,
                                                ValueInstantiator instantiator, JsonParser parser, String failure)
                throws IOException {
            violations.add(path(parser), "Must be " + expected(type) + ".");
            parser.skipChildren();
            return null;
        }

        private static String expected(Class<?> type) {
            if (type == Integer.class || type == int.class || type == Long.class) {
                return "a whole number";
            }
            if (Number.class.isAssignableFrom(type)) {
                return "a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type == String.class) {
                return "a string";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "an array";
            }
            return "an object";
        }
    }
}
