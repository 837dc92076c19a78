package org.certpath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzes every operation of the contract through HTTP: hostile values for each of its path, query
 * and header parameters, and for writes mutated bodies (wrong types, NUL, unpaired surrogates,
 * huge and tiny numbers, deep nesting, repeated keys, invalid UTF-8). Every answer must be below
 * 500, come within {@link #SLOWEST}, leak nothing of the implementation, and a refused write must
 * leave the data version (and so every list and item) as it was. The cases are a fixed, generated
 * set ({@value #VALUES_PER_PARAMETER} values per parameter, {@value #FIELDS_PER_BODY} fields per
 * body); the run stops generating once {@link #BUDGET} is spent, and writes how many cases it ran
 * in how long to {@code target/contract-fuzz.txt}. Responses are also checked against the contract
 * by the suite's validating filter.
 */
@QuarkusTest
class ContractFuzzTest {

    /** The slowest answer allowed: the statement timeout (5 s) and its problem document, on a busy machine. */
    private static final Duration SLOWEST = Duration.ofSeconds(10);
    private static final Duration BUDGET = Duration.ofMinutes(3);
    private static final int VALUES_PER_PARAMETER = 8;
    private static final int FIELDS_PER_BODY = 8;

    /**
     * Already percent-encoded: what a hostile client puts in a URL. Decimal filters get no extreme
     * exponents here: their bounds are declared with the list parameters themselves and tested there.
     */
    private static final List<String> HOSTILE_URL_VALUES = List.of("%00", "a%00b", "%01", "%1B%5B31m", "%C3%28",
            "%ED%A0%80", "%FF%FE", "x".repeat(3000), "-1", "+1", "0", "01", "9".repeat(400),
            "-9223372036854775809", "NaN", "Infinity", "%27%20or%201%3D1--", "%25", "_", "%5C", "..%2F..%2Fetc%2Fpasswd",
            "%3Cscript%3E", "%2C", "%2C%2C", "-", "null", "%5B%5D", "%7B%7D", "%F0%9F%92%A5", "true", "2024-13-45",
            "9999-12-31T23%3A59%3A59Z", "%20", "0.001", "%E2%80%AE");
    /** Tags of every wrong shape; a well-formed tag of the right row version would be a valid precondition. */
    private static final List<String> HOSTILE_HEADER_VALUES = List.of("", "*", "W/\"x\"", "\"r0-\"", "\"r-1-abc\"",
            "x".repeat(2000), "\"r99999999999999999999999-aaaaaaaaaaaaaaaaaaaaaaaa\"", ",,,", "\"r00-000000000000000000000000\"",
            "r0-000000000000000000000000", "\"\"", "W/\"r0-000000000000000000000000\"", "\"r0-000000000000000000000000x\"");
    /** What an error answer must never show: exception and class names, SQL, stack frames. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|java\\.|org\\.hibernate|org\\.postgresql|jakarta\\.|io\\.quarkus|SQLState|PSQL|\\tat |Caused by"
                    + "|syntax error at or near|(?i)select .* from ");
    private static final Map<String, String> VALID_PATH_VALUES = Map.of("slug", "ahima", "soc", "29-2072", "id", "1");
    private static final Map<String, String> VALID_QUERY_VALUES = Map.of("certification", "cca",
            "edition", "2024-05", "period", "2024-2034");
    /** Values of the required parameters that take several values (compare's two to six credentials). */
    private static final Map<String, String> VALID_QUERY_LISTS = Map.of("certification", "rhit,cca");

    private static final String PROGRAM_COLUMNS = "institution,program_name,credential_prepared_for,award_level,"
            + "delivery_mode,duration_text,duration_months,credit_or_clock_hours,accreditation_or_approval,"
            + "published_cost_usd,cost_notes,state,source_url,source_type,as_of,notes,cip_code";

    private final String admin = Editors.BOOTSTRAP_ADMIN_KEY;
    private long started;
    private int cases;
    private final List<String> created = new ArrayList<>();

    @Test
    void shouldAnswerEveryHostileRequestWithinBoundsAndWithoutLeaks() throws Exception {
        OpenAPI contract = contract();
        // The bound is on answering a request, not on the one-time start-up work of the first one
        // (connections, caches, the contract validator), which a loaded machine stretches past it.
        given().when().get("/v1/certifications").then().statusCode(200);
        started = System.nanoTime();
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                fuzzParameters(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                fuzzBody(contract, path.getKey(), operation.getKey(), operation.getValue());
            }
        }
        created.forEach(location -> Editors.deleteIfPresent(admin, location));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/contract-fuzz.txt"),
                cases + " cases in " + seconds + " s" + (overBudget() ? " (stopped at the time budget)" : "") + "\n");
        assertTrue(cases > 500, cases + " cases");
    }

    private boolean overBudget() {
        return System.nanoTime() - started > BUDGET.toNanos();
    }

    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().read(ContractValidationExtension.CONTRACT.toString(), null, options);
    }

    private void fuzzParameters(String template, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        int offset = 0;
        for (Parameter parameter : parameters) {
            List<String> values = "header".equals(parameter.getIn()) ? HOSTILE_HEADER_VALUES : HOSTILE_URL_VALUES;
            for (int i = 0; i < Math.min(VALUES_PER_PARAMETER, values.size()) && !overBudget(); i++) {
                // Each parameter starts further along the list, so that together they use every value.
                String value = values.get((offset + i) % values.size());
                if ("path".equals(parameter.getIn()) && value.isEmpty()) {
                    continue;
                }
                send(template, method, operation, parameter, value, null, mediaType(operation));
            }
            offset += VALUES_PER_PARAMETER;
        }
    }

    private void fuzzBody(OpenAPI contract, String template, PathItem.HttpMethod method, Operation operation) {
        if (operation.getRequestBody() == null || overBudget()) {
            return;
        }
        var content = operation.getRequestBody().getContent();
        String mediaType = mediaType(operation);
        if (mediaType.equals("text/csv")) {
            for (byte[] csv : hostileCsv()) {
                send(template, method, operation, null, null, csv, mediaType);
            }
            return;
        }
        Schema<?> schema = content.get(mediaType).getSchema();
        Map<String, Object> base = sample(schema);
        for (byte[] body : hostileBodies(base)) {
            if (overBudget()) {
                return;
            }
            send(template, method, operation, null, null, body, mediaType);
        }
    }

    private static String mediaType(Operation operation) {
        return operation.getRequestBody() == null ? "application/json"
                : operation.getRequestBody().getContent().keySet().iterator().next();
    }

    /** A value of every property the schema names: its example, first enum value, or a plain one of its type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> sample(Schema<?> schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return body;
        }
        schema.getProperties().forEach((name, property) -> body.put(name, value((Schema) property)));
        return body;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Schema<?> property) {
        if (property.getExample() != null) {
            return property.getExample();
        }
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            return property.getEnum().get(0);
        }
        String type = property.getType() != null ? property.getType()
                : property.getTypes() != null ? property.getTypes().iterator().next() : "object";
        return switch (type) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "array" -> property.getItems() == null ? List.of() : List.of(value((Schema) property.getItems()));
            case "object" -> sample(property);
            default -> "fuzz " + System.nanoTime();
        };
    }

    private static List<byte[]> hostileBodies(Map<String, Object> base) {
        List<byte[]> bodies = new ArrayList<>();
        List<String> fields = new ArrayList<>(base.keySet()).subList(0, Math.min(FIELDS_PER_BODY, base.size()));
        for (String field : fields) {
            for (String hostile : List.of("12345678901234567890123", "\"\\u0000\"", "\"a\\ud800b\"", "1e-999999999",
                    "1e999999999", "9".repeat(45), "[".repeat(100) + "]".repeat(100), "{\"nested\": {\"deeper\": true}}",
                    "\"\\u001b[2J\"")) {
                bodies.add(json(base, field, hostile, false));
            }
            bodies.add(json(base, field, null, true));
        }
        bodies.add(("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
        bodies.add(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        bodies.add("[1, 2]".getBytes(StandardCharsets.UTF_8));
        bodies.add("null".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"name\": ".getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[0]);
        return bodies;
    }

    /** The base body as JSON text with one field replaced by raw JSON, or written twice. */
    private static byte[] json(Map<String, Object> base, String field, String replacement, boolean repeat) {
        StringBuilder text = new StringBuilder("{");
        base.forEach((name, value) -> {
            String written = name.equals(field) && replacement != null ? replacement : toJson(value);
            text.append(text.length() > 1 ? "," : "").append(toJson(name)).append(':').append(written);
            if (repeat && name.equals(field)) {
                text.append(',').append(toJson(name)).append(':').append(written);
            }
        });
        return text.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files in the programs layout with every cell hostile; the other imports refuse the layout itself. */
    private static List<byte[]> hostileCsv() {
        List<byte[]> files = new ArrayList<>();
        for (String cell : List.of("a\u0000b", "9".repeat(200_000), "1e-999999999", "=1+1", "x".repeat(10_000), "\u001b")) {
            files.add((PROGRAM_COLUMNS + "\n" + String.join(",", java.util.Collections.nCopies(17, cell)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] invalid = (PROGRAM_COLUMNS + "\na?b" + ",1".repeat(16) + "\n").getBytes(StandardCharsets.UTF_8);
        invalid[PROGRAM_COLUMNS.length() + 2] = (byte) 0xFF;
        files.add(invalid);
        return files;
    }

    private void send(String template, PathItem.HttpMethod method, Operation operation, Parameter hostile,
                      String hostileValue, byte[] body, String mediaType) {
        String path = template;
        StringBuilder query = new StringBuilder();
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter parameter : parameters) {
            boolean isHostile = parameter == hostile;
            String value = isHostile ? hostileValue : valid(parameter);
            if (value == null) {
                continue;
            }
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", value);
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(parameter.getName()).append('=').append(value);
                case "header" -> request.header(parameter.getName(), value);
                default -> fail("parameter in " + parameter.getIn());
            }
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            request.header("Authorization", "Bearer " + admin);
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (write) {
            byte[] harmless = (mediaType.equals("text/csv") ? "institution\n" : "{}").getBytes(StandardCharsets.UTF_8);
            request.contentType(mediaType).body(body != null ? body : harmless);
        }
        String before = write ? dataVersionTag() : null;
        long start = System.nanoTime();
        Response response = request.request(method.name(), path + query);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        cases++;
        String described = method + " " + path + query + (body == null ? "" : " with body "
                + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
        assertTrue(response.statusCode() < 500, described + " answered " + response.statusCode());
        assertTrue(took.compareTo(SLOWEST) < 0, described + " took " + took);
        if (response.statusCode() >= 400) {
            String text = response.asString();
            assertTrue(!LEAK.matcher(text).find(), described + " leaked: " + text);
            if (write) {
                assertEquals(before, dataVersionTag(), described + " was refused but changed the data");
            }
        } else if (method == PathItem.HttpMethod.POST && response.header("Location") != null) {
            created.add(response.header("Location"));
        }
    }

    /** The index's tag hashes the data version: it moves with any change to the data. */
    private static String dataVersionTag() {
        return given().when().get("/v1").then().statusCode(200).extract().header("ETag");
    }

    private static String valid(Parameter parameter) {
        return switch (parameter.getIn()) {
            case "path" -> VALID_PATH_VALUES.getOrDefault(parameter.getName(), "rhit");
            case "query" -> Boolean.TRUE.equals(parameter.getRequired())
                    ? URLEncoder.encode(("array".equals(parameter.getSchema().getType()) ? VALID_QUERY_LISTS : VALID_QUERY_VALUES)
                            .getOrDefault(parameter.getName(), "x"), StandardCharsets.UTF_8)
                    : null;
            default -> null;
        };
    }
}
