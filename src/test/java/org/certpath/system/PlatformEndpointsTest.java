package org.certpath.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.certpath.ContractValidationExtension;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PlatformEndpointsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldReportLiveness() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void shouldReportReadinessIncludingTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void shouldServeExactlyThePublishedContract() throws IOException {
        String served = given().when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        JsonNode published = YAML.readTree(Files.readString(ContractValidationExtension.CONTRACT));
        assertEquals(List.of(), differences("", published, YAML.readTree(served)),
                "where the served OpenAPI document differs from openapi.yaml");
    }

    /** The JSON pointers at which two documents differ, so that a failure names the drift instead of dumping both. */
    private static List<String> differences(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            List<String> found = new ArrayList<>();
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name;
                if (!expected.has(name) || !actual.has(name)) {
                    found.add(child + (expected.has(name) ? " missing from the served document" : " not in openapi.yaml"));
                } else {
                    found.addAll(differences(child, expected.get(name), actual.get(name)));
                }
            }
            return found;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                found.addAll(differences(pointer + "/" + i, expected.get(i), actual.get(i)));
            }
            return found;
        }
        return expected.equals(actual) ? List.of() : List.of(pointer + ": " + expected + " != " + actual);
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        Editors.asAdmin().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
