package org.certpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.certpath.ContractValidationExtension;
import org.certpath.api.parameters.Parameters;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query parameters of every operation are the same in the contract and in the code: each one a
 * resource method declares is in openapi.yaml for that operation, and each one the contract lists is
 * declared. Together with the served-document test, the contract cannot drift from the server.
 */
class ContractParametersTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");

    @Test
    void shouldDeclareInCodeExactlyTheQueryParametersOfTheContract() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(ContractValidationExtension.CONTRACT));
        Map<String, Set<String>> declared = declaredByResources();
        Map<String, Set<String>> documented = documentedByContract(contract);
        assertTrue(declared.size() > 30, "resource methods found: " + declared.keySet());
        List<String> drift = new ArrayList<>();
        for (String operation : union(declared.keySet(), documented.keySet())) {
            Set<String> inCode = declared.getOrDefault(operation, Set.of());
            Set<String> inContract = documented.getOrDefault(operation, Set.of());
            if (!declared.containsKey(operation) || !documented.containsKey(operation)) {
                drift.add(operation + (declared.containsKey(operation) ? " is not in openapi.yaml" : " is not served"));
            } else if (!inCode.equals(inContract)) {
                drift.add(operation + ": declared " + inCode + ", documented " + inContract);
            }
        }
        assertEquals(List.of(), drift, "operations whose query parameters differ between code and contract");
    }

    /** Query parameter names by operation ({@code get /v1/programs/{}}), from the JAX-RS resources. */
    private static Map<String, Set<String>> declaredByResources() {
        Map<String, Set<String>> operations = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.certpath")) {
            Class<?> resource = type.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null || resource.isInterface()) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> verb : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = root.value() + (sub == null ? "" : sub.value().startsWith("/") ? sub.value() : "/" + sub.value());
                        operations.put(verb.getValue() + " " + normalized(path), new TreeSet<>(Parameters.declaredBy(method)));
                    }
                }
            }
        }
        return operations;
    }

    /** The same from openapi.yaml, with parameters given by reference resolved; the platform pages under /q are not JAX-RS. */
    private static Map<String, Set<String>> documentedByContract(JsonNode contract) {
        Map<String, Set<String>> operations = new TreeMap<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!METHODS.containsValue(operation.getKey())) {
                return;
            }
            Set<String> names = new TreeSet<>();
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                JsonNode resolved = parameter.has("$ref") ? contract.at(parameter.get("$ref").asText().substring(1)) : parameter;
                if ("query".equals(resolved.path("in").asText())) {
                    names.add(resolved.get("name").asText());
                }
            }
            if (!path.getKey().startsWith("/q/")) {
                operations.put(operation.getKey().toLowerCase(Locale.ROOT) + " " + normalized(path.getKey()), names);
            }
        }));
        return operations;
    }

    /** A path whose variables are unnamed, since JAX-RS and the contract may name them differently. */
    private static String normalized(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.replaceAll("\\{[^}]+}", "{}");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
