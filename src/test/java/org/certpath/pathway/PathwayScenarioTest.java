package org.certpath.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.certpath.curation.Editors;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pathways through the API, every figure computed by hand from the inputs each response echoes (OEWS May 2024
 * national wages of 29-2072: p10 35,780, p25 41,600, median 50,250, p75 64,070; CCA: $199 / $299, pass rate 70 %,
 * renewal $218 every 24 months, AHIMA's dues $149 a year; CPC: $425 for members only, AAPC dues $190 a year, renewal fee unknown), by the
 * method of the README (the worked example there is a seventh scenario). Conventions: v = 1 / 1.0025 a month; a path
 * from s to e pays (s + (e - s)(k - 1) / 60 - baseline) / 12 more in the k-th month at work; an unknown input is
 * named in {@code missing}, never priced.
 */
@QuarkusTest
class PathwayScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode firstRoute(String query) throws Exception {
        return JSON.readTree(given().urlEncodingEnabled(false).when().get("/v1/pathways?" + query + "&limit=1")
                .then().statusCode(200).extract().asString());
    }

    /**
     * CPC's exam-only route for a file clerk (43-4071, national median $41,270, May 2024). Only members may sit, so
     * the member rate, with dues every year of the horizon: 5 x 190 = 950 (months 0, 12, 24, 36, 48); exam 425, one
     * attempt (no pass rate: {@code pass_rate_unknown}); 3 months of study; renewals at 27 and 51, their fee unknown.
     * Paid on day one 425 + 190. Central (41,600 -> 50,250): (330 + 144.17(k - 1)) / 12 a month; with the dues of
     * month 12 it has repaid 615 + 190 by month 13. Low (35,780 -> 41,600): at most 41,212 in month 57 at work,
     * below 41,270. Net gains as the README's: low -13,783.09, central 17,417.02, high 65,714.92. The CPC has three
     * salary surveys of its holders as evidence, and these figures, the occupation's, are computed without them.
     */
    @Test
    void shouldPriceAMembersOnlyCredentialForSomeoneInAnotherOccupation() throws Exception {
        JsonNode page = firstRoute("certification=cpc&currentOccupation=43-4071");
        assertEquals(3, page.get("premium").get("evidence").size());
        assertFigures("""
                {"basis": "current_occupation_median", "occupation": "43-4071", "annualWage": {"amount": 41270}}""",
                page.get("baseline"));
        assertFigures("""
                {"route": "exam_only", "monthsToCredential": 3, "monthsBasis": "default_study_period",
                 "expectedAttempts": 1,
                 "examRate": {"rate": "member", "reason": "other_rate_unknown", "memberTotal": {"amount": 1375},
                              "nonMemberTotal": null},
                 "cost": {"program": {"amount": 0}, "booksAndMaterials": null, "examFees": {"amount": 425},
                          "membershipDues": {"amount": 950}, "renewalFees": null, "continuingEducation": null,
                          "total": null, "knownTotal": {"amount": 1375}, "complete": false,
                          "forgoneWages": {"amount": 0}},
                 "paths": [
                   {"path": "low", "startWage": {"amount": 35780}, "endWage": {"amount": 41600},
                    "breakEvenMonth": null, "noBreakEven": "pay_never_above_baseline", "netGain": {"amount": -13783.09}},
                   {"path": "central", "startWage": {"amount": 41600}, "endWage": {"amount": 50250},
                    "breakEvenMonth": 13, "noBreakEven": null, "netGain": {"amount": 17417.02}},
                   {"path": "high", "startWage": {"amount": 50250}, "endWage": {"amount": 64070},
                    "breakEvenMonth": 4, "noBreakEven": null, "netGain": {"amount": 65714.92}}],
                 "missing": ["booksAndMaterials", "renewalFee", "continuingEducationAnnualCost"],
                 "assumptions": ["default_study_period", "pass_rate_unknown"]}""", page.get("items").get(0));
    }

    /**
     * The CCA at the member rate, asked for, for someone earning $40,000: 1.43 x 199 = 284.57 and one year's AHIMA
     * dues, 149, both paid on day one; renewals 436; 869.57 in all, $6 more than the non-member's 863.57. Central:
     * 133.33k + 6.0069k(k - 1) passes 284.57 + 149 = 433.57 at k = 3 (436.04): month 6. Net gains are the README
     * example's plus the 143 saved on the exam, less the 149 of dues: -7,717.88, 23,482.23, 71,780.13.
     */
    @Test
    void shouldPriceTheMemberRateAskedForWithAYearsDues() throws Exception {
        JsonNode page = firstRoute("certification=cca&currentSalary=40000&member=true");
        assertFigures("""
                {"basis": "current_salary", "annualWage": {"amount": 40000}, "region": null}""", page.get("baseline"));
        assertFigures("""
                {"route": "exam_only", "monthsToCredential": 3, "expectedAttempts": 1.43,
                 "examRate": {"rate": "member", "reason": "requested", "memberTotal": {"amount": 869.57},
                              "nonMemberTotal": {"amount": 863.57}},
                 "cost": {"program": {"amount": 0}, "booksAndMaterials": null, "examFees": {"amount": 284.57},
                          "membershipDues": {"amount": 149}, "renewalFees": {"amount": 436}, "continuingEducation": null,
                          "total": null, "knownTotal": {"amount": 869.57}, "complete": false,
                          "forgoneWages": {"amount": 0}},
                 "paths": [
                   {"path": "low", "breakEvenMonth": null, "noBreakEven": "not_repaid_within_horizon",
                    "netGain": {"amount": -7717.88}},
                   {"path": "central", "breakEvenMonth": 6, "noBreakEven": null, "netGain": {"amount": 23482.23}},
                   {"path": "high", "breakEvenMonth": 4, "noBreakEven": null, "netGain": {"amount": 71780.13}}],
                 "missing": ["booksAndMaterials", "continuingEducationAnnualCost"],
                 "assumptions": ["default_study_period"]}""", page.get("items").get(0));
    }

    /**
     * Puerto Rico publishes no wage percentiles in the data, so the national ones stand in ({@code national_wages}), for
     * the default baseline, $45,040 (BLS EP, high-school entry, 2023). Costs as the README's 863.57. Low never
     * passes 45,040 (at most 41,600). Central: (-3,440 + 144.17(k - 1)) / 12 turns positive at k = 25 and the running
     * total passes the 427.57 paid, and the renewals of months 27 and 51, in month 55. High: 435.83 in the first
     * month at work: month 4. Net gains -29,832.14, 1,367.97, 49,665.87.
     */
    @Test
    void shouldFallBackToNationalWagesForAStateWithoutItsOwn() throws Exception {
        JsonNode page = firstRoute("certification=cca&region=PR");
        assertFigures("""
                {"basis": "high_school_entry_median", "annualWage": {"amount": 45040}, "region": "US",
                 "edition": "2023"}""", page.get("baseline"));
        assertFigures("""
                {"region": "US", "nationalFallback": true, "p10": {"amount": 35780}, "median": {"amount": 50250}}""",
                page.get("wages"));
        assertFigures("""
                {"route": "exam_only", "expectedAttempts": 1.43,
                 "examRate": {"rate": "non_member", "reason": "cheaper"},
                 "cost": {"examFees": {"amount": 427.57}, "renewalFees": {"amount": 436},
                          "knownTotal": {"amount": 863.57}},
                 "paths": [
                   {"path": "low", "breakEvenMonth": null, "noBreakEven": "pay_never_above_baseline",
                    "netGain": {"amount": -29832.14}},
                   {"path": "central", "breakEvenMonth": 55, "noBreakEven": null, "netGain": {"amount": 1367.97}},
                   {"path": "high", "breakEvenMonth": 4, "noBreakEven": null, "netGain": {"amount": 49665.87}}],
                 "assumptions": ["national_wages", "default_study_period"]}""", page.get("items").get(0));
    }

    /**
     * A state with its own percentiles (a row an editor writes for New Jersey, newer than the May 2024 one: p10
     * 38,000, p25 45,000, median 55,000, p75 70,000) is used as it is, not flagged. Default baseline 45,040. Low: 38,000 -> 45,000 never passes
     * 45,040. Central: (-40 + 166.67(k - 1)) / 12 a month, whose running total passes 427.57 at k = 9: month 12.
     * High: 830 in the first month: month 4. Net gains -17,730.16, 18,988.69, 72,871.87.
     */
    @Test
    void shouldDrawThePathsFromAStatesOwnPercentiles() throws Exception {
        String editor = Editors.newKey("editor");
        int id = Editors.as(editor).contentType("application/json").body(Map.of("soc", "29-2072", "region", "NJ",
                        "edition", "2025-05", "annual", Map.of("p10", Editors.usd(38000), "p25", Editors.usd(45000),
                                "median", Editors.usd(55000), "p75", Editors.usd(70000)), "sources", Editors.sources()))
                .when().post("/v1/salaries").then().statusCode(201).extract().path("id");
        try {
            JsonNode page = firstRoute("certification=cca&region=NJ");
            assertFigures("""
                    {"region": "NJ", "edition": "2025-05", "nationalFallback": false, "p10": {"amount": 38000},
                     "p25": {"amount": 45000}, "median": {"amount": 55000}, "p75": {"amount": 70000}}""",
                    page.get("wages"));
            assertFigures("""
                    {"route": "exam_only", "cost": {"knownTotal": {"amount": 863.57}},
                     "paths": [
                       {"path": "low", "startWage": {"amount": 38000}, "endWage": {"amount": 45000},
                        "breakEvenMonth": null, "noBreakEven": "pay_never_above_baseline",
                        "netGain": {"amount": -17730.16}},
                       {"path": "central", "breakEvenMonth": 12, "noBreakEven": null, "netGain": {"amount": 18988.69}},
                       {"path": "high", "breakEvenMonth": 4, "noBreakEven": null, "netGain": {"amount": 72871.87}}],
                     "assumptions": ["default_study_period"]}""", page.get("items").get(0));
        } finally {
            Editors.deleteIfPresent(editor, "/v1/salaries/" + id);
        }
    }

    /**
     * The cheapest priced program route to the RHIT, Catawba Valley CC's HIT program (two published years at IPEDS's
     * $2,128 a year: $4,256, 24 months; V98), studied full time for the default baseline $45,040: forgone wages
     * 45,040 x 24 / 12 = 90,080, counted against the gains but not in the cost. Exam 299 (non-member, the cheaper: the
     * member rate's 229 and a year's dues, 149, make 4,852), one attempt (no pass rate), one renewal (month 48; 72 is
     * past 60): 218. Known total 4,256 + 299 + 218 = 4,773. No path repays 4,773 and 90,080 in the 36 months at work.
     * Net gains -112,554.05, -94,653.27, -67,301.08.
     */
    @Test
    void shouldCountTheWagesForgoneOnAFullTimeProgram() throws Exception {
        JsonNode page = firstRoute("certification=rhit&whileWorking=false");
        assertFigures("""
                {"route": "program", "program": {"institution": "Catawba Valley Community College", "cost": {"amount": 4256},
                                                "durationMonths": 24},
                 "monthsToCredential": 24, "monthsBasis": "program", "expectedAttempts": 1,
                 "examRate": {"rate": "non_member", "reason": "cheaper", "memberTotal": {"amount": 4852},
                              "nonMemberTotal": {"amount": 4773}},
                 "cost": {"program": {"amount": 4256}, "booksAndMaterials": null, "examFees": {"amount": 299},
                          "membershipDues": {"amount": 0}, "renewalFees": {"amount": 218},
                          "continuingEducation": null, "total": null, "knownTotal": {"amount": 4773},
                          "complete": false, "forgoneWages": {"amount": 90080}},
                 "paths": [
                   {"path": "low", "breakEvenMonth": null, "noBreakEven": "pay_never_above_baseline",
                    "netGain": {"amount": -112554.05}},
                   {"path": "central", "breakEvenMonth": null, "noBreakEven": "not_repaid_within_horizon",
                    "netGain": {"amount": -94653.27}},
                   {"path": "high", "breakEvenMonth": null, "noBreakEven": "not_repaid_within_horizon",
                    "netGain": {"amount": -67301.08}}],
                 "missing": ["booksAndMaterials", "continuingEducationAnnualCost"],
                 "assumptions": ["pass_rate_unknown"]}""", page.get("items").get(0));
        assertEquals(false, page.get("settings").get("whileWorking").asBoolean());
    }

    /** Every key the expected JSON names has the same value in the response, numbers by value. */
    private static void assertFigures(String expected, JsonNode served) throws Exception {
        assertSame(JSON.readTree(expected), served, "");
    }

    private static void assertSame(JsonNode expected, JsonNode served, String where) {
        if (expected.isObject()) {
            assertTrue(served != null && served.isObject(), where + ": expected an object, got " + served);
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertTrue(served.has(field.getKey()), where + "." + field.getKey() + " is missing");
                assertSame(field.getValue(), served.get(field.getKey()), where + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), served.size(), where + ": " + served);
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), served.get(i), where + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertTrue(served.isNumber() && new BigDecimal(expected.asText()).compareTo(new BigDecimal(served.asText())) == 0,
                    where + ": expected " + expected + ", got " + served);
        } else {
            assertEquals(expected, served, where);
        }
    }
}
