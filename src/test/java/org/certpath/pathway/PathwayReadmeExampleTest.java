package org.certpath.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's worked example is the API's answer: its request and the figures it states are read from the README
 * and compared with what the service computes, so that neither can change without the other.
 */
@QuarkusTest
class PathwayReadmeExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REQUEST = Pattern.compile(
            "<!-- worked-example-request -->\\s*`GET ([^`]+)`");
    private static final Pattern FIGURES = Pattern.compile(
            "<!-- worked-example-figures -->\\s*```json\\s*(\\{.*?})\\s*```", Pattern.DOTALL);

    @Test
    void shouldAnswerTheReadmesWorkedExampleWithTheFiguresItStates() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher request = REQUEST.matcher(readme);
        Matcher figures = FIGURES.matcher(readme);
        assertTrue(request.find(), "the README names the worked example's request");
        assertTrue(figures.find(), "the README states the worked example's figures");
        JsonNode stated = JSON.readTree(figures.group(1));

        String body = given().urlEncodingEnabled(false).when().get(request.group(1))
                .then().statusCode(200).extract().asString();
        JsonNode route = JSON.readTree(body).get("items").get(0);

        for (String field : new String[] {"route", "monthsToCredential", "monthsBasis", "expectedAttempts", "missing"}) {
            assertSame(stated.get(field), route.get(field), field);
        }
        for (String field : new String[] {"rate", "reason"}) {
            assertSame(stated.get("examRate").get(field), route.get("examRate").get(field), "examRate." + field);
        }
        for (Iterator<Map.Entry<String, JsonNode>> costs = stated.get("cost").fields(); costs.hasNext(); ) {
            Map.Entry<String, JsonNode> cost = costs.next();
            JsonNode money = route.get("cost").get(cost.getKey());
            assertSame(cost.getValue(), money.isNull() ? money : money.get("amount"), "cost." + cost.getKey());
        }
        assertEquals(stated.get("paths").size(), route.get("paths").size());
        for (int i = 0; i < stated.get("paths").size(); i++) {
            JsonNode path = stated.get("paths").get(i);
            JsonNode served = route.get("paths").get(i);
            for (String field : new String[] {"path", "breakEvenMonth", "noBreakEven"}) {
                assertSame(path.get(field), served.get(field), "paths[" + i + "]." + field);
            }
            assertSame(path.get("netGain"), served.get("netGain").get("amount"), "paths[" + i + "].netGain");
        }
    }

    /** Equal JSON, numbers by value: the README writes 436 where the service sends 436.00. */
    private static void assertSame(JsonNode stated, JsonNode served, String what) {
        if (stated.isNumber() && served.isNumber()) {
            assertEquals(0, new BigDecimal(stated.asText()).compareTo(new BigDecimal(served.asText())),
                    what + ": the README says " + stated + ", the service " + served);
        } else {
            assertEquals(stated, served, what);
        }
    }
}
