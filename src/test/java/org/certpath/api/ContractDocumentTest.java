package org.certpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.certpath.ContractValidationExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What openapi.yaml itself promises a first-time integrator: Swagger UI's defaults answer data, every
 * problem and request body has an example, ids have the type of the property they come from,
 * conditional requests are not a parameter, lists are JSON and exports CSV, money has one shape.
 */
class ContractDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> VERBS = List.of("get", "post", "put", "patch", "delete");
    private static JsonNode contract;

    @BeforeAll
    static void read() throws IOException {
        contract = YAML.readTree(Files.readString(ContractValidationExtension.CONTRACT));
    }

    private static JsonNode resolved(JsonNode node) {
        return node.has("$ref") ? contract.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static void eachOperation(OperationCheck check) {
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (VERBS.contains(operation.getKey())) {
                check.accept(path.getKey(), operation.getKey(), operation.getValue());
            }
        }));
    }

    private interface OperationCheck {
        void accept(String path, String verb, JsonNode operation);
    }

    @Test
    void shouldGiveNoOptionalQueryParameterAnExampleThatNarrowsTheResults() {
        List<String> narrowing = new ArrayList<>();
        eachOperation((path, verb, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode declared = resolved(parameter);
                // A required parameter needs a value to try at all: its example narrows nothing.
                if (verb.equals("get") && declared.path("in").asText().equals("query")
                        && !declared.path("required").asBoolean()
                        && (declared.has("example") || declared.has("examples"))) {
                    narrowing.add(verb + " " + path + " " + declared.get("name").asText());
                }
            }
        });
        assertEquals(List.of(), narrowing, "query parameters of reads that Swagger UI would pre-fill");
    }

    @Test
    void shouldDocumentConditionalRequestsOnceRatherThanAsAParameter() {
        List<String> withHeader = new ArrayList<>();
        eachOperation((path, verb, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if (resolved(parameter).path("name").asText().equalsIgnoreCase("If-None-Match")) {
                    withHeader.add(verb + " " + path);
                }
            }
        });
        assertEquals(List.of(), withHeader);
        assertTrue(contract.at("/info/description").asText().contains("If-None-Match"));
        assertTrue(contract.at("/components/headers/ETag").isObject());
    }

    @Test
    void shouldGiveEveryProblemResponseAnExample() {
        List<String> bare = new ArrayList<>();
        eachOperation((path, verb, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            JsonNode problem = resolved(response.getValue()).path("content").path("application/problem+json");
            if (!problem.isMissingNode() && !problem.has("example") && !problem.has("examples")) {
                bare.add(verb + " " + path + " " + response.getKey());
            }
        }));
        assertEquals(List.of(), bare, "problem responses without an example");
    }

    @Test
    void shouldGiveEveryJsonRequestBodyAnExample() {
        List<String> bare = new ArrayList<>();
        eachOperation((path, verb, operation) -> operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
            JsonNode body = media.getValue();
            if (!body.has("example") && !body.has("examples") && !resolved(body.path("schema")).has("example")) {
                bare.add(verb + " " + path + " " + media.getKey());
            }
        }));
        assertEquals(List.of(), bare, "request bodies without an example");
    }

    @Test
    void shouldTypeTheIdsInPathsAsTheIntegersOfTheBodies() {
        for (String path : List.of("/v1/programs/{id}", "/v1/salaries/{id}", "/v1/outlooks/{id}", "/v1/api-keys/{id}")) {
            contract.get("paths").get(path).fields().forEachRemaining(operation -> {
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.path("name").asText().equals("id")) {
                        assertEquals("integer", parameter.at("/schema/type").asText(), operation.getKey() + " " + path);
                        assertEquals("int64", parameter.at("/schema/format").asText(), operation.getKey() + " " + path);
                    }
                }
            });
        }
        for (JsonNode parameter : contract.at("/paths/~1v1~1audit/get/parameters")) {
            if (parameter.path("name").asText().equals("keyId")) {
                assertEquals("integer", parameter.at("/schema/items/type").asText());
            }
        }
    }

    @Test
    void shouldAnswerListsInJsonAndExportsInCsvOnly() {
        Map<String, String> exports = Map.of("/v1/organizations", "exportOrganizations", "/v1/certifications",
                "exportCertifications", "/v1/programs", "exportPrograms", "/v1/occupations", "exportOccupations",
                "/v1/regions", "exportRegions", "/v1/salaries", "exportSalaries", "/v1/outlooks", "exportOutlooks",
                "/v1/audit", "exportAuditEvents", "/v1/api-keys", "exportApiKeys");
        exports.forEach((list, operationId) -> {
            JsonNode listed = contract.get("paths").get(list).get("get");
            assertEquals(List.of("application/json"), names(listed.at("/responses/200/content")), list);
            JsonNode export = contract.get("paths").get(list + ".csv").get("get");
            assertEquals(operationId, export.get("operationId").asText());
            assertEquals(List.of("text/csv"), names(export.at("/responses/200/content")), list + ".csv");
            assertTrue(export.at("/responses/200/headers/Content-Disposition").isObject(), list + ".csv");
            List<String> listParameters = parameterNames(listed);
            listParameters.removeAll(List.of("limit", "cursor"));
            assertEquals(listParameters, parameterNames(export), list + ".csv takes the list's filters, sort and fields");
        });
    }

    @Test
    void shouldGiveMoneyOneShape() {
        List<String> loose = new ArrayList<>();
        contract.at("/components/schemas").fields().forEachRemaining(schema -> {
            boolean input = schema.getKey().endsWith("Input");
            if (!schema.getKey().equals("Money") && !input) {
                collectCurrencies(schema.getKey(), schema.getValue(), loose);
            }
        });
        assertEquals(List.of(), loose, "a currency outside Money in a response schema");
        assertEquals(List.of("amount", "currency"), names(contract.at("/components/schemas/Money/properties")));
        assertEquals("#/components/schemas/Money", contract.at("/components/schemas/WageFigures/properties/median/$ref").asText());
    }

    private static void collectCurrencies(String at, JsonNode schema, List<String> found) {
        schema.path("properties").fields().forEachRemaining(property -> {
            if (property.getKey().equals("currency")) {
                found.add(at);
            }
            collectCurrencies(at + "." + property.getKey(), property.getValue(), found);
        });
        if (schema.has("items")) {
            collectCurrencies(at + "[]", schema.get("items"), found);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            names.add(resolved(parameter).path("name").asText());
        }
        return names;
    }
}
