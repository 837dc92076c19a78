package org.certpath.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MetricsTest {

    @Test
    void shouldTimeEachEndpointWithPercentilesAndHistogramBuckets() {
        given().when().get("/v1").then().statusCode(200);

        Editors.asAdmin().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("quantile=\"0.99\""))
                .body(containsString("uri=\"/v1\""));
    }

    @Test
    void shouldTagUnknownPathsWithoutTheirPath() {
        given().when().get("/v1/no-such-collection/12345").then().statusCode(404);

        Editors.asAdmin().when().get("/q/metrics")
                .then().statusCode(200)
                .body(not(containsString("no-such-collection")))
                .body(containsString("status=\"404\",uri=\"NOT_FOUND\""));
    }

    @Test
    void shouldServeMetricsToAdminKeysOnly() {
        given().when().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        Editors.as(Editors.newKey("editor")).when().get("/q/metrics").then().statusCode(403);
        Editors.asAdmin().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_info"));
    }

    @Test
    void shouldReportTheDataEditionsServed() {
        Editors.asAdmin().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("certpath_data_editions{kind=\"salaries\"} 3.0"))
                .body(containsString("certpath_data_editions{kind=\"outlooks\"} 5.0"));
    }
}
