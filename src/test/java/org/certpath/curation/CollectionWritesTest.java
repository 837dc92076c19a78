package org.certpath.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Every writable collection: create, read back, change, delete; conflicts and limits. */
@QuarkusTest
class CollectionWritesTest {

    private String editor;

    @BeforeEach
    void editorKey() {
        editor = Editors.newKey("editor");
    }

    private ExtractableResponse<Response> create(String collection, Map<String, Object> body) {
        return Editors.as(editor).contentType("application/json").body(body)
                .when().post(collection).then().statusCode(201).extract();
    }

    private String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private void patch(String path, String patch) {
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag(path)).body(patch)
                .when().patch(path).then().statusCode(200);
    }

    private void delete(String path) {
        Editors.as(editor).header("If-Match", etag(path)).when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static Map<String, Object> with(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        map.put("sources", Editors.sources());
        return map;
    }

    @Test
    void shouldWriteACertificationWithItsIssuerRoutesAndOccupations() {
        String code = "zz" + suffix().replaceAll("[0-9]", "x");
        create("/v1/certifications", with("code", code, "acronym", code.toUpperCase(), "name", "Test Credential",
                "issuer", "ahima", "focus", List.of("coding"),
                "routes", List.of(Map.of("minEducation", "associate", "description", "An associate degree."),
                        Map.of("minEducation", "high_school", "experienceMonths", 24, "description", "Two years.")),
                "exam", Map.of("questionsMin", 100, "questionsMax", 100, "minutes", 180, "feeNonMember", Editors.usd(399)),
                "occupations", List.of(Map.of("soc", "29-2072", "editorial", true))));
        String path = "/v1/certifications/" + code;
        given().when().get(path).then().statusCode(200)
                .body("issuer.slug", equalTo("ahima"))
                .body("eligibility.minEducation", equalTo("high_school"))
                .body("exam.feeNonMember.amount", equalTo(399))
                .body("occupations.soc", contains("29-2072"))
                .body("occupations[0].basis", equalTo("editorial"))
                .body("occupations[0].source", org.hamcrest.Matchers.nullValue());
        given().queryParam("education", "high_school").queryParam("limit", 500).when().get("/v1/certifications")
                .then().body("items.code", hasItem(code));
        patch(path, "{\"exam\": {\"feeNonMember\": {\"amount\": 425}}}");
        given().when().get(path).then().body("exam.feeNonMember.amount", equalTo(425))
                .body("exam.questionsMin", equalTo(100));
        delete(path);
    }

    @Test
    void shouldWriteTheMembershipRenewalAndPassRateOfACertification() {
        String code = "zy" + suffix().replaceAll("[0-9]", "x");
        create("/v1/certifications", with("code", code, "acronym", code.toUpperCase(), "name", "Test Credential",
                "issuer", "ahima",
                "exam", Map.of("feeMember", Editors.usd(199), "feeNonMember", Editors.usd(299), "delivery", "online proctored",
                        "feeIncludes", "one attempt"),
                "membership", Map.of("name", "AHIMA membership", "requiredForExam", false, "annualDues", Editors.usd(199)),
                "renewal", Map.of("cycleYears", 2, "feeMember", Editors.usd(100), "feeNonMember", Editors.usd(218)),
                "passRate", Map.of("firstTimePercent", 70, "period", "2022")));
        String path = "/v1/certifications/" + code;
        given().when().get(path).then().statusCode(200)
                .body("exam.delivery", equalTo("online proctored"))
                .body("exam.feeIncludes", equalTo("one attempt"))
                .body("membership.annualDues.amount", equalTo(199))
                .body("membership.requiredForExam", equalTo(false))
                .body("renewal.feeMember.amount", equalTo(100))
                .body("passRate.firstTimePercent", equalTo(70))
                .body("passRate.period", equalTo("2022"));
        patch(path, "{\"passRate\": null}");
        given().when().get(path).then().body("passRate", nullValue()).body("unknownFields", hasItem("passRate"));
        delete(path);
    }

    @Test
    void shouldRefuseAMemberFeeAboveTheNonMemberFeeAndAPassRateWithoutItsPeriod() {
        String code = "zw" + suffix().replaceAll("[0-9]", "x");
        Editors.as(editor).contentType("application/json")
                .body(with("code", code, "acronym", code.toUpperCase(), "name", "Test Credential", "issuer", "ahima",
                        "exam", Map.of("feeMember", Editors.usd(400), "feeNonMember", Editors.usd(299)),
                        "renewal", Map.of("feeMember", Editors.usd(300), "feeNonMember", Editors.usd(218))))
                .when().post("/v1/certifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("exam.feeMember", "renewal.feeMember"));
        Editors.as(editor).contentType("application/json")
                .body(with("code", code, "acronym", code.toUpperCase(), "name", "Test Credential", "issuer", "ahima",
                        "passRate", Map.of("firstTimePercent", 101)))
                .when().post("/v1/certifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("passRate.firstTimePercent", "passRate.period"));
        given().when().get("/v1/certifications/" + code).then().statusCode(404);
    }

    @Test
    void shouldRefuseATakenKeyAndAKeyChange() {
        Editors.as(editor).contentType("application/json")
                .body(with("slug", "ahima", "acronym", "AHIMA", "name", "Duplicate"))
                .when().post("/v1/organizations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:conflict"));
        String slug = "org-" + suffix();
        create("/v1/organizations", with("slug", slug, "acronym", "ORG", "name", "Test Organization"));
        Editors.as(editor).contentType("application/merge-patch+json").header("If-Match", etag("/v1/organizations/" + slug))
                .body("{\"slug\": \"renamed-" + slug + "\"}")
                .when().patch("/v1/organizations/" + slug)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("slug"));
        delete("/v1/organizations/" + slug);
    }

    @Test
    void shouldRefuseToDeleteAnIssuerThatStillIssuesCredentials() {
        Editors.as(editor).header("If-Match", etag("/v1/organizations/ahima")).when().delete("/v1/organizations/ahima")
                .then().statusCode(409).body("type", equalTo("urn:certpath:problem:conflict"));
        given().when().get("/v1/organizations/ahima").then().statusCode(200);
    }

    @Test
    void shouldWriteAnOccupationWithItsDuties() {
        String soc = "99-" + (1000 + (int) (Math.random() * 8999));
        create("/v1/occupations", with("soc", soc, "title", "Test Occupation",
                "duties", List.of(Map.of("kind", "O*NET task", "text", "Test things."))));
        given().when().get("/v1/occupations/" + soc).then().statusCode(200)
                .body("duties[0].position", equalTo(1)).body("duties[0].text", equalTo("Test things."));
        patch("/v1/occupations/" + soc, "{\"duties\": []}");
        given().when().get("/v1/occupations/" + soc).then().body("duties", org.hamcrest.Matchers.empty());
        delete("/v1/occupations/" + soc);
    }

    @Test
    void shouldWriteASalaryAndRefuseASecondOneForTheSameKey() {
        Map<String, Object> salary = with("soc", "29-2072", "region", "VT", "edition", "2019-05", "employment", 310,
                "annual", Map.of("mean", Editors.usd(45120), "median", Editors.usd(44000)),
                "hourly", Map.of("mean", Editors.usd(21.69)));
        int id = create("/v1/salaries", salary).path("id");
        given().when().get("/v1/salaries/" + id).then().statusCode(200)
                .body("editionName", equalTo("May 2019"))
                .body("annual.median.amount", equalTo(44000))
                .body("hourly.mean.amount", equalTo(21.69f))
                .body("industry", equalTo("Cross-industry (all ownerships)"));
        Editors.as(editor).contentType("application/json").body(salary).when().post("/v1/salaries")
                .then().statusCode(409);
        patch("/v1/salaries/" + id, "{\"annual\": {\"median\": null}}");
        given().when().get("/v1/salaries/" + id).then().body("annual.median.amount", nullValue())
                .body("annual.mean.amount", equalTo(45120));
        delete("/v1/salaries/" + id);
    }

    @Test
    void shouldWriteAnOutlook() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        int id = create("/v1/outlooks", with("soc", "29-2072", "occupationTitle", "Medical records specialists",
                "region", "US", "period", "2010-2020", "baseEmployment", 179500, "projectedEmployment", 217300,
                "percentChange", 21.1)).path("id");
        given().when().get("/v1/outlooks/" + id).then().statusCode(200)
                .body("baseYear", equalTo(2010)).body("percentChange", equalTo(21.1f));
        delete("/v1/outlooks/" + id);
        given().queryParam("updatedSince", before.toString()).when().get("/v1/outlooks")
                .then().body("removed.key", hasItem(String.valueOf(id)));
    }

    @Test
    void shouldRefuseAJsonBodyOverTheApiLimit() {
        Editors.as(editor).contentType("application/json")
                .body("{\"slug\": \"" + "x".repeat(70 * 1024) + "\"}")
                .when().post("/v1/organizations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:payload-too-large"));
    }
    @Test
    void shouldKeepTheBasisAndSourceOfALoadedLinkThroughAWrite() {
        String path = "/v1/certifications/cmaa";
        String name = given().when().get(path).then().statusCode(200).extract().path("name");
        patch(path, "{\"name\": \"" + name + "\"}");
        given().when().get(path).then().statusCode(200)
                .body("occupations[0].soc", equalTo("43-6013"))
                .body("occupations[0].basis", equalTo("onet_title"))
                .body("occupations[0].source.kind", equalTo("mirror"));
    }

}
