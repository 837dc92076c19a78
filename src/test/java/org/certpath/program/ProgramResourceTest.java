package org.certpath.program;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.restassured.path.json.config.JsonPathConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.certpath.api.DataVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class ProgramResourceTest {

    /**
     * The programs of the reference data: programs.csv, programs-staged.csv and the rows programs-revised.csv
     * adds, less the rows that enrich or revise one.
     */
    public static final int REFERENCE_PROGRAMS = 428;
    /** No filter: what the facets count once they are built. */
    private static final ProgramCriteria EVERYTHING = new ProgramCriteria(Optional.empty(), List.of(), List.of(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of());

    @Test
    void shouldServeEveryProgramOfTheReferenceData() {
        given().when().get("/v1/programs?limit=1")
                .then().statusCode(200)
                .body("page.total", equalTo(REFERENCE_PROGRAMS))
                .body("page.limit", equalTo(1));
    }

    @Test
    void shouldServeAKnownProgramWithItsFiguresAsPublished() {
        Map<String, Object> program = given().queryParam("q", "Fortis Institute - Lawrenceville")
                .when().get("/v1/programs")
                .then().statusCode(200).body("items", hasSize(1))
                .extract().path("items[0]");
        assertEquals("NJ", program.get("state"));
        assertEquals(Map.of("amount", 20462, "currency", "USD"), program.get("cost"));
        assertEquals(List.of("cbcs"), program.get("certifications"));
        assertEquals(1020, program.get("clockHours"));
        assertEquals(62, program.get("creditHours"));
    }

    @Test
    void shouldFilterByCertificationCaseInsensitively() {
        given().queryParam("certification", "RHIT").queryParam("limit", 100)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(36))
                .body("items.certifications", everyItem(hasItem("rhit")));
    }

    @Test
    void shouldMatchAnyOfRepeatedOrCommaSeparatedValues() {
        int repeated = given().queryParam("state", "NJ").queryParam("state", "NY")
                .when().get("/v1/programs").then().statusCode(200).extract().path("page.total");
        int commas = given().queryParam("state", "nj,ny")
                .when().get("/v1/programs").then().statusCode(200).extract().path("page.total");
        int nj = given().queryParam("state", "NJ").when().get("/v1/programs").then().extract().path("page.total");
        int ny = given().queryParam("state", "NY").when().get("/v1/programs").then().extract().path("page.total");
        assertEquals(nj + ny, repeated);
        assertEquals(repeated, commas);
    }

    @Test
    void shouldFilterByState() {
        given().queryParam("state", "NJ").queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(34))
                .body("items.state", everyItem(equalTo("NJ")));
    }

    @Test
    void shouldFilterByModeAndNeverMatchUnknownModes() {
        given().queryParam("deliveryMode", "online").queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(148))
                .body("items.deliveryMode", everyItem(equalTo("online")));
        int hybrid = given().queryParam("deliveryMode", "hybrid").when().get("/v1/programs").then().statusCode(200)
                .extract().path("page.total");
        int unknown = given().queryParam("limit", 500).when().get("/v1/programs").then().statusCode(200)
                .extract().<List<Object>>path("items.findAll { it.deliveryMode == null }").size();
        assertTrue(unknown > 0, "some programs have an unknown mode");
        given().queryParam("deliveryMode", "online,hybrid")
                .when().get("/v1/programs")
                .then().statusCode(200).body("page.total", equalTo(148 + hybrid));
    }

    @Test
    void shouldFilterByAwardLevel() {
        given().queryParam("awardLevel", "bachelor").queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(25))
                .body("items.awardLevel", everyItem(equalTo("bachelor")));
    }

    @Test
    void shouldFilterByCipCodeWrittenWithOrWithoutTheDot() {
        List<Integer> dotted = given().queryParam("cipCode", "51.0707").queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.cipCode", everyItem(equalTo("51.0707")))
                .extract().path("items.id");
        assertFalse(dotted.isEmpty(), "the reference data has programs of CIP 51.0707");
        given().queryParam("cipCode", "510707").queryParam("limit", 500).when().get("/v1/programs")
                .then().statusCode(200).body("items.id", equalTo(dotted));
        given().queryParam("cipCode", "51.0707,51.0713").queryParam("limit", 1).when().get("/v1/programs")
                .then().statusCode(200).body("page.total", greaterThan(dotted.size()));
    }

    @Test
    void shouldRejectACipCodeOfAnotherFormWith400() {
        given().queryParam("cipCode", "51.07").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams.name", contains("cipCode"));
    }

    @Test
    void shouldFilterByDurationLeavingUnknownDurationsOut() {
        given().queryParam("minDurationMonths", 24).queryParam("maxDurationMonths", 24).queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                // Five (six until V102 removed a program listed twice), the five two-year programs of V89, and V96's
                // five: Central Oregon's published two years and four ranges whose longest end is two years.
                .body("page.total", equalTo(15))
                .body("items.durationMonths", everyItem(equalTo(24)));
    }

    @Test
    void shouldFilterByMaximumCostLeavingUnknownCostsOut() {
        List<Number> amounts = given().queryParam("maxCost", 1500).queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.cost", everyItem(notNullValue()))
                .extract().path("items.cost.amount");
        assertTrue(!amounts.isEmpty());
        amounts.forEach(amount -> assertTrue(amount.doubleValue() <= 1500, "cost " + amount));
    }

    @Test
    void shouldFilterByProgrammaticAccreditation() {
        given().queryParam("accredited", true).queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(25))
                .body("items.accredited", everyItem(equalTo(true)));
    }

    @Test
    void shouldKeepUnknownAccreditationNullAndMatchItWithNeitherValue() {
        List<Object> all = given().queryParam("limit", 500).when().get("/v1/programs").then().statusCode(200)
                .extract().path("items.accredited");
        long unknown = all.stream().filter(value -> value == null).count();
        assertTrue(unknown > 0, "some programs have an unknown accreditation");
        int yes = given().queryParam("accredited", true).when().get("/v1/programs").then().extract().path("page.total");
        given().queryParam("accredited", false).queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("page.total", equalTo(all.size() - yes - (int) unknown))
                .body("items.accredited", everyItem(equalTo(false)));
    }

    @Test
    void shouldListTheOnlineProgramsThatServeAStateWithServingState() {
        List<Map<String, Object>> items = given().queryParam("certification", "rhit").queryParam("servingState", "NJ")
                .queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.certifications", everyItem(hasItem("rhit")))
                .extract().path("items");
        assertTrue(items.stream().anyMatch(item -> !"NJ".equals(item.get("state")) && "online".equals(item.get("deliveryMode"))),
                "online RHIT programs from other states serve NJ");
        items.forEach(item -> assertTrue("NJ".equals(item.get("state")) || "online".equals(item.get("deliveryMode"))
                && item.get("serviceRestrictedTo") == null, item.toString()));
        int inState = given().queryParam("certification", "rhit").queryParam("state", "NJ")
                .when().get("/v1/programs").then().extract().path("page.total");
        assertTrue(items.size() > inState, "servingState adds the online programs to the state's own");
    }

    @Test
    void shouldFindShortAndCheapProgramsOnStoredPublishedOrDerivedFigures() {
        given().queryParam("maxDurationMonths", 12).queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items", not(empty()))
                .body("items.durationMonths", everyItem(lessThanOrEqualTo(12)))
                .body("items.durationBasis.method", everyItem(anyOf(equalTo("published"), equalTo("derived"))));
        given().queryParam("maxCost", 5000).queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items", not(empty()))
                .body("items.costBasis.method", everyItem(anyOf(equalTo("published"), equalTo("derived"))));
    }

    @Test
    void shouldNameTheMethodAndInputsOfADerivedFigure() {
        given().queryParam("q", "College of DuPage").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.cost.amount", equalTo(9384))
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.costBasis.method", equalTo("derived"))
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.costBasis.rule",
                        equalTo("credits x per-credit tuition"))
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.costBasis.inputs",
                        startsWith("68 semester credits x $138 in-district"))
                // The published two years win over the 68 credits.
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.durationBasis.method",
                        equalTo("published"))
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.durationBasis.inputs", nullValue());
    }

    /**
     * A length a page states in years ("a four-year program of study", "1 year (3 terms)") is the program's published
     * duration, and that page is cited for it, for the record as a whole or for the duration (V89); a length it
     * does not state for the whole program (Rose State's "two years for ... the professional courses") stays unknown.
     */
    @Test
    void shouldServeALengthThePageStatesInYearsAsAPublishedDurationCitedForIt() {
        for (var expected : List.of(
                List.of("Tennessee State University", "Health Information Management, Bachelor of Science", 48,
                        "https://catalog.tnstate.edu/"),
                List.of("University of Pittsburgh",
                        "Health Informatics Master of Science - Registered Health Information Administrator (RHIA) track", 12,
                        "https://shrs.pitt.edu/academics/him/hims/admissions"),
                List.of("East Los Angeles College", "Health Information Technology", 24,
                        "https://elac.edu/academics/pathways/hs/hit-dept/"))) {
            String program = "items.find { it.institution == '" + expected.get(0) + "' && it.name == '" + expected.get(1) + "' }";
            given().queryParam("q", expected.get(0)).queryParam("limit", 50)
                    .when().get("/v1/programs")
                    .then().statusCode(200)
                    .body(program + ".durationMonths", equalTo(expected.get(2)))
                    .body(program + ".durationBasis.method", equalTo("published"))
                    .body(program + ".sources.findAll { it.url.startsWith('" + expected.get(3)
                            + "') && (it.fields == null || it.fields.contains('durationMonths')) }", hasSize(1));
        }
        given().queryParam("q", "Rose State College").when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.institution", equalTo("Rose State College"))
                .body("items.find { it.name == 'Health Information Technology (HIT)' }.durationMonths", nullValue());
    }

    /**
     * V90: programs their institution no longer offers are gone, each with a tombstone a mirror reads; a credit
     * count whose page names no unit gets its duration from the unit another page of the college states, and
     * that page is cited for the duration.
     */
    @Test
    void shouldRetireClosedProgramsAndDeriveADurationFromACreditUnitTheCollegeStates() {
        for (String closed : List.of("Wright Career College", "Central Piedmont Community College")) {
            given().queryParam("q", closed).when().get("/v1/programs")
                    .then().statusCode(200).body("items.institution", not(hasItem(closed)));
        }
        List<String> removed = given().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("limit", 1)
                .when().get("/v1/programs")
                .then().statusCode(200).extract().path("removed.key");
        assertThat(removed.size(), greaterThanOrEqualTo(4));
        for (String key : removed) {
            given().when().get("/v1/programs/" + key).then().statusCode(404);
        }
        String portland = "items.find { it.name == 'Health Information Management AAS Degree' }";
        given().queryParam("q", "Portland Community College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(portland + ".hoursText", equalTo("94 quarter credits"))
                // 94 quarter credits at 15 a 3-month quarter.
                .body(portland + ".durationMonths", equalTo(19))
                .body(portland + ".durationBasis.method", equalTo("derived"))
                .body(portland + ".durationBasis.inputs", startsWith("94 quarter credits"))
                .body(portland + ".cost.amount", equalTo(12502))
                .body(portland + ".sources.find { it.url == 'https://catalog.pcc.edu/degreecertificateandcourseoverview/' }"
                        + ".fields", contains("durationMonths"));
        String fortKent = "items.find { it.name.startsWith('Associate in Allied Health') }";
        given().queryParam("q", "University of Maine at Fort Kent").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(fortKent + ".durationMonths", equalTo(24))
                .body(fortKent + ".durationBasis.method", equalTo("published"))
                .body(fortKent + ".durationText", equalTo("a two year, Associates of Science degree"));
    }

    @Test
    void shouldServeAProgramCorrectedAgainstItsPageWithFiguresDerivedFromAllItsCredits() {
        given().queryParam("q", "Rowan College at Burlington County").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                // 12 prerequisite credits required by NCRA + 20 program credits.
                .body("items.find { it.name == 'Cancer Registry Management - Career Certificate' }.creditHours", equalTo(32))
                .body("items.find { it.name == 'Cancer Registry Management - Career Certificate' }.durationMonths", equalTo(9))
                .body("items.find { it.name == 'Cancer Registry Management - Career Certificate' }.cost.amount",
                        equalTo(7456))
                .body("items.find { it.name == 'Cancer Registry Management - Career Certificate' }.costBasis.inputs",
                        startsWith("32 semester credits x $233 Burlington County residents"))
                .body("items.find { it.name == 'Cancer Registry Management, Associate in Applied Science' }.credentialLinks",
                        contains(Map.of("code", "ctr", "reason", "exam_prep")));
    }

    @Test
    void shouldDeriveADurationFromTheClockHoursAReferenceRowAlreadyHad() {
        given().queryParam("q", "Academy of Training & Employment - Newark")
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items[0].clockHours", equalTo(250))
                .body("items[0].durationMonths", equalTo(2))
                .body("items[0].durationBasis.method", equalTo("derived"))
                .body("items[0].durationBasis.rule", equalTo("clock hours at 30 hours a week and 4.33 weeks a month"));
        // 304 clock hours would be 2 months at that load; its listing publishes 6-12 months, so none is derived from
        // the hours: the duration is the published range's longest end.
        given().queryParam("q", "MedCerts").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'HI-4000: Electronic Health Records and Reimbursement Specialist' }.clockHours",
                        equalTo(304))
                .body("items.find { it.name == 'HI-4000: Electronic Health Records and Reimbursement Specialist' }.durationMonths",
                        equalTo(12))
                .body("items.find { it.name == 'HI-4000: Electronic Health Records and Reimbursement Specialist' }.durationBasis.rule",
                        equalTo(ProgramDerivation.RANGE_METHOD));
    }

    @Test
    void shouldLinkAProgramToTheCredentialItsListingNamesWithTheReason() {
        given().queryParam("q", "Anne Arundel Community College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology, A.A.S.' }.credentialLinks",
                        contains(Map.of("code", "rhit", "reason", "eligibility")));
        given().queryParam("q", "Texas State University").queryParam("certification", "coc")
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.name", contains("Certified Outpatient Coder"))
                .body("items[0].credentialLinks", contains(Map.of("code", "coc", "reason", "exam_prep")));
        // Its own 2016-17 catalog says the program was not accredited: no RHIT eligibility.
        given().queryParam("q", "Mississippi Gulf Coast Community College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology' }.credentialLinks", hasSize(0));
    }

    @Test
    void shouldLinkTheProgramsOfTheSecondResearchPassWithTheReasonAndTheListingThatSaysSo() {
        int id = given().queryParam("q", "Raritan Valley Community College").queryParam("certification", "cca")
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.name", contains("Health Information Technology, Medical Coding Certificate"))
                .body("items[0].credentialLinks", contains(Map.of("code", "cca", "reason", "exam_prep")))
                .extract().path("items[0].id");
        given().when().get("/v1/programs/{id}", id)
                .then().statusCode(200)
                .body("notes", containsString("Leads to CCA (exam_prep)"))
                .body("sources.findAll { it.fields != null && it.fields.contains('certifications') }.url", contains(
                        "https://github.com/newjersey/d4ad/blob/f453d78376bfae3a62b8feb540b0cf8051c880e2/backend/migrations/"
                                + "sqls/20210406011902-update-etpl-up.sql"));
        given().queryParam("q", "Texas A&M University Corpus Christi").queryParam("certification", "cic")
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items[0].credentialLinks", contains(Map.of("code", "cic", "reason", "voucher_included")));
        // Inferred from a credential's or an issuer's name only: not linked.
        given().queryParam("q", "ForgeNow").when().get("/v1/programs")
                .then().statusCode(200).body("items[0].credentialLinks", hasSize(0));
    }

    /**
     * V95: credits without a unit take the calendar the institution reports to IPEDS, cited for the duration only;
     * a program whose title names billing and coding is linked to the CBCS by NHA's training route, and says the
     * link is derived.
     */
    @Test
    void shouldDeriveADurationFromTheReportedCalendarAndLinkBillingAndCodingProgramsToTheCbcs() {
        String diploma = "items.find { it.name == 'Medical Billing & Coding Diploma' }";
        int id = given().queryParam("q", "American National University").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(diploma + ".hoursText", equalTo("48 quarter credits"))
                // 48 quarter credits at 15 a 3-month quarter.
                .body(diploma + ".durationMonths", equalTo(10))
                .body(diploma + ".durationBasis.method", equalTo("derived"))
                .body(diploma + ".credentialLinks", contains(Map.of("code", "cbcs", "reason", "eligibility")))
                .extract().path(diploma + ".id");
        given().when().get("/v1/programs/{id}", id)
                .then().statusCode(200)
                .body("notes", containsString("Leads to CBCS (eligibility): derived, not stated by the program"))
                .body("sources.find { it.url.endsWith('/data/ic2022.csv') }.fields", contains("durationMonths"))
                .body("sources.find { it.url.endsWith('/data/ic2022.csv') }.kind", equalTo("mirror"))
                .body("sources.find { it.fields != null && it.fields.contains('certifications') }.kind",
                        equalTo("aggregator"));
        // Only billing, only coding, or an introduction: not a billing and coding training program for certain.
        for (String institution : List.of("Community College of Rhode Island", "Passaic County Community College")) {
            given().queryParam("q", institution).queryParam("certification", "cbcs")
                    .when().get("/v1/programs")
                    .then().statusCode(200).body("items", hasSize(0));
        }
        given().queryParam("q", "Mercer County Community College").queryParam("certification", "cbcs")
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.name", contains("Medical Billing and Coding"))
                .body("items[0].credentialLinks", contains(Map.of("code", "cbcs", "reason", "exam_prep")));
    }

    /**
     * V98: a year's full-time tuition times the published years, or the credits at a year's load where full time is
     * charged a flat amount, each naming its rule; a cost derived before V98 keeps credits x a per-credit tuition.
     */
    @Test
    void shouldDeriveACostFromAYearsTuitionNamingItsRule() {
        given().queryParam("q", "Mohawk Valley").when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology' }.cost.amount", equalTo(9740))
                .body("items.find { it.name == 'Health Information Technology' }.costBasis.rule",
                        equalTo(ProgramDerivation.ANNUAL_COST_RULE))
                .body("items.find { it.name == 'Health Information Technology' }.costBasis.inputs",
                        startsWith("2 academic years ('two-year (four-semester) program"))
                .body("items.find { it.name == 'Health Information Technology' }.costNotes",
                        containsString("required fees of $906 a year (FEE1) not in it"));
        given().queryParam("q", "Tacoma Community College").when().get("/v1/programs")
                .then().statusCode(200)
                .body("items[0].cost.amount", equalTo(10501.07f))
                .body("items[0].costBasis.inputs", startsWith("106 quarter credits at 45 a full-time year x $4458 a year"));
        given().queryParam("q", "Bluegrass Community and Technical College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology (degree program)' }.costBasis.rule",
                        equalTo(ProgramDerivation.COST_RULE));
    }

    /**
     * V102: Lone Star College's HIT AAS was also served as its Texas ETPL row, under the college system's North Harris
     * campus. It is served once, with the row's hours and credential link, and the copy is gone for mirrors too.
     */
    @Test
    void shouldServeAProgramListedTwiceOnceWithWhatItsSecondListingGave() {
        given().queryParam("q", "North Harris").when().get("/v1/programs")
                .then().statusCode(200).body("items", empty());
        String listings = "items.findAll { it.institution.contains('Lone Star') && it.name == 'Health Information Technology AAS' }";
        given().queryParam("q", "Lone Star").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(listings + ".institution", contains("Lone Star College"))
                .body(listings + "[0].clockHours", equalTo(1632))
                .body(listings + "[0].durationText", equalTo("104 weeks (ETPL 'Length: Weeks')"))
                .body(listings + "[0].credentialLinks", contains(Map.of("code", "rhit", "reason", "exam_prep")))
                .body(listings + "[0].notes", containsString("Leads to RHIT (exam_prep): the Texas ETPL row of this program"));
    }

    /**
     * V106: an EKG technician program that the Texas ETPL files under this field's CIP code is retired; the clinical
     * medical assistant programs filed the same way stay (the AMCA's CMAAC joins clinical and administrative work).
     */
    @Test
    void shouldServeNoProgramOfAnotherFieldThatItsListingFiledUnderThisOne() {
        given().queryParam("q", "EKG").when().get("/v1/programs")
                .then().statusCode(200).body("items", empty());
        given().queryParam("q", "Clinical Medical Assistant").queryParam("limit", 50).when().get("/v1/programs")
                .then().statusCode(200).body("page.total", equalTo(12));
    }

    /** V107: the contact hours a listing gives for a degree are not its length, so none is derived from them. */
    @Test
    void shouldLeaveADegreesLengthUnknownWhereOnlyItsContactHoursAreListed() {
        String aas = "items.find { it.name == 'Health Information Technology AAS (HITT.AAS)' }";
        given().queryParam("q", "Del Mar College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(aas + ".clockHours", equalTo(1120))
                .body(aas + ".awardLevel", equalTo("associate"))
                .body(aas + ".durationMonths", nullValue())
                .body(aas + ".durationBasis", nullValue());
    }

    /** V109: weeks that cannot hold a listing's clock hours are its error; the hours give the program's length. */
    @Test
    void shouldDeriveALengthFromTheHoursWhereTheListedWeeksCannotHoldThem() {
        String assistant = "items.find { it.name == 'Medical Office Assistant' }";
        given().queryParam("q", "St Philips College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(assistant + ".clockHours", equalTo(784))
                .body(assistant + ".durationText", equalTo("1 weeks (ETPL 'Length: Weeks')"))
                // 784 / (30 x 4.33) = 6.04
                .body(assistant + ".durationMonths", equalTo(6))
                .body(assistant + ".durationBasis.rule", equalTo(ProgramDerivation.CLOCK_METHOD))
                .body(assistant + ".durationBasis.inputs", startsWith("784 clock hours (ETPL last update"));
    }

    /** V110: under two contact hours a week are not a program's hours, so they are not served as its clock hours. */
    @Test
    void shouldNotServeAsHoursAListingsFigureTooSmallForItsWeeks() {
        String aas = "items.find { it.name == 'Health Information Management AAS' }";
        given().queryParam("q", "Midland College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(aas + ".clockHours", nullValue())
                .body(aas + ".hoursText", equalTo("60 clock hours as listed, under two a week over its 80 weeks, so not"
                        + " served as its hours"))
                // 80 weeks / 4.33 = 18.5
                .body(aas + ".durationMonths", equalTo(18))
                .body("items.findAll { it.clockHours == null && it.hoursText?.contains('under two a week') }.name",
                        containsInAnyOrder("Health Information Management AAS",
                                "Medical Coding Specialist Certificate Level I Certificate",
                                "Health Data Coordinator Certificate Level I Certificate"));
    }

    /** V111: a length the page counts in semesters wins over one derived from credits at a full-time load. */
    @Test
    void shouldTakeALengthPublishedInSemestersOverOneDerivedFromCredits() {
        String coding = "items.find { it.name == 'Medical Coding Program (certificate)' }";
        given().queryParam("q", "Bunker Hill Community College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(coding + ".creditHours", equalTo(27))
                // Four semesters at four months, where 27 credits at 15 a semester gave seven months.
                .body(coding + ".durationMonths", equalTo(16))
                .body(coding + ".durationBasis.method", equalTo("derived"))
                .body(coding + ".durationBasis.rule", equalTo(ProgramDerivation.SEMESTERS_METHOD))
                .body(coding + ".durationBasis.inputs", equalTo("four semesters"));
        given().queryParam("q", "Illinois Central College").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Medical Coder Certificate' }.durationMonths", equalTo(12));
    }

    /** V108: a published length that replaced a derived one is served without the derivation's rule and inputs. */
    @Test
    void shouldServeAPublishedLengthWithoutTheRuleOfTheLengthItReplaced() {
        String moaa = "items.find { it.name == 'Medical Office Administrative Assistant (MOAA)' }";
        given().queryParam("q", "Medina County Career Center").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body(moaa + ".durationMonths", equalTo(10))
                .body(moaa + ".durationBasis.method", equalTo("published"))
                .body(moaa + ".durationBasis.rule", nullValue())
                .body(moaa + ".durationBasis.inputs", nullValue());
        List<Map<String, Object>> all = given().queryParam("limit", 500).when().get("/v1/programs")
                .then().statusCode(200).extract().path("items");
        all.stream().filter(p -> p.get("durationBasis") != null).forEach(p -> {
            Map<?, ?> basis = (Map<?, ?>) p.get("durationBasis");
            assertEquals("published".equals(basis.get("method")), basis.get("rule") == null, "program " + p.get("id"));
            // What a program's input accepts, so that a served length can be written back.
            assertTrue((Integer) p.get("durationMonths") <= 240, "program " + p.get("id"));
        });
    }

    @Test
    void shouldFillWhatAProgramLackedAndNoDurationItsPublishedLengthContradicts() {
        // 104 weeks on the Texas ETPL: 24 months; the ETPL's tuition and fees, with the books apart.
        given().queryParam("q", "Lone Star College").queryParam("awardLevel", "associate")
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'Health Information Technology AAS' }.durationMonths", equalTo(24))
                .body("items.find { it.name == 'Health Information Technology AAS' }.durationBasis.rule",
                        equalTo("published length in weeks at 4.33 weeks a month"))
                .body("items.find { it.name == 'Health Information Technology AAS' }.cost.amount", equalTo(6473))
                .body("items.find { it.name == 'Health Information Technology AAS' }.costBasis.method", equalTo("published"))
                .body("items.find { it.name == 'Health Information Technology AAS' }.deliveryMode", equalTo("online"));
        // The row gives 240 clock hours (2 months at 30 hours a week) and the mode; the listing publishes 3-5 months,
        // so the program is not run at that load and its duration is the range's longest end (V96).
        given().queryParam("q", "MedCerts").queryParam("limit", 50)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.find { it.name == 'HI-1200 Medical Front Office Administration Specialist' }.deliveryMode",
                        equalTo("online"))
                .body("items.find { it.name == 'HI-1200 Medical Front Office Administration Specialist' }.durationMonths",
                        equalTo(5))
                .body("items.find { it.name == 'HI-1200 Medical Front Office Administration Specialist' }.durationBasis.inputs",
                        equalTo("3-5 months"));
    }

    @Test
    void shouldSayWhyAProgramIsLinkedToEachCredential() {
        given().queryParam("q", "Mohawk Valley").when().get("/v1/programs")
                .then().statusCode(200)
                .body("items[0].credentialLinks", contains(Map.of("code", "rhit", "reason", "eligibility")))
                .body("items[0].accredited", equalTo(true))
                .body("items[0].accreditor", equalTo("CAHIIM"));
    }

    @Test
    void shouldSayWhyInTheItemAsInTheList() {
        int id = given().queryParam("q", "Mohawk Valley").when().get("/v1/programs")
                .then().statusCode(200).extract().path("items[0].id");

        given().when().get("/v1/programs/{id}", id)
                .then().statusCode(200)
                .body("credentialLinks", contains(Map.of("code", "rhit", "reason", "eligibility")));
    }

    /**
     * Totals come from an index of what the list filters on, pages from SQL or, in the default order, from the same
     * index: for every kind of filter, and combinations of them, the total is exactly the number of programs the pages
     * hold.
     */
    @Inject
    ProgramFacets facets;

    @Inject
    DataVersion dataVersion;

    @Test
    void shouldCountExactlyTheProgramsItServesForEveryFilter() {
        String updatedAt = given().queryParam("sort", "updatedAt").when().get("/v1/programs")
                .then().statusCode(200).extract().path("items[10].updatedAt");
        String latest = given().queryParam("sort", "-updatedAt").when().get("/v1/programs")
                .then().statusCode(200).extract().path("items[0].updatedAt");
        String justAfterLatest = OffsetDateTime.parse(latest).plusNanos(1).toString();
        List<Map<String, Object>> filters = List.of(
                Map.of(), Map.of("certification", "cpc"), Map.of("certification", "rhit,cca,cpc"),
                Map.of("state", "NJ,NY,CA"), Map.of("deliveryMode", "online,hybrid"), Map.of("awardLevel", "certificate"),
                Map.of("minDurationMonths", 10), Map.of("maxDurationMonths", 18), Map.of("minDurationMonths", 9, "maxDurationMonths", 24),
                Map.of("maxCost", "4999.99"), Map.of("maxCost", 0), Map.of("maxCost", "10000000"),
                Map.of("accredited", false), Map.of("accredited", true, "state", "NJ"),
                Map.of("updatedSince", updatedAt), Map.of("updatedSince", "1900-01-01T00:00:00.0000001Z"),
                Map.of("updatedSince", latest), Map.of("updatedSince", justAfterLatest),
                Map.of("certification", "cbcs", "deliveryMode", "in_person", "maxCost", 20000),
                Map.of("certification", "chda"), Map.of("state", "WY"), Map.of("servingState", "NJ"),
                Map.of("servingState", "TX,NJ", "certification", "rhit"), Map.of("accredited", "false"),
                Map.of("q", "college", "deliveryMode", "online"), Map.of("cipCode", "51.0707,510713"),
                Map.of("cipCode", "51.0706", "state", "NY"));
        // Totals from the bitmaps of the current data: wait until they are built, then ask each filter
        // with a page size never asked before, so that no response comes from the response cache.
        awaitFacets();
        for (int pass = 1; pass <= 2; pass++) {
            for (Map<String, Object> filter : filters) {
                Response page = given().queryParams(filter).queryParam("limit", 500 - pass)
                        .when().get("/v1/programs").then().statusCode(200).extract().response();
                int served = page.path("items.size()");
                assertEquals(served, (int) page.path("page.total"), "pass " + pass + ", total of " + filter);
            }
        }
        // Stored times have microseconds: a nanosecond after the latest is after every program.
        given().queryParam("updatedSince", latest).when().get("/v1/programs")
                .then().statusCode(200).body("items", not(empty()));
        given().queryParam("updatedSince", justAfterLatest).when().get("/v1/programs")
                .then().statusCode(200).body("page.total", equalTo(0));
    }

    private void awaitFacets() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (facets.count(EVERYTHING).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the facets of the current data are built");
            Thread.onSpinWait();
        }
    }

    /**
     * In the default order, pages are found in the order the facets keep, and their cursors say where the last item
     * stood: page after page, what is served is what PostgreSQL orders and filters.
     */
    @Test
    void shouldPageTheDefaultOrderFromTheFacetsAsPostgresqlOrdersIt() throws Exception {
        awaitFacets();
        Map<Map<String, Object>, String> filters = Map.of(
                Map.of(), "true",
                Map.of("deliveryMode", "online"), "p.delivery_mode = 'online'",
                Map.of("certification", "cpc"), "exists (select 1 from program_certification pc join certification c "
                        + "on c.id = pc.certification_id where pc.program_id = p.id and c.code = 'cpc')",
                Map.of("maxCost", "5000", "state", "NJ,TX"), "p.cost <= 5000 and r.code in ('NJ', 'TX')");
        for (Map.Entry<Map<String, Object>, String> filter : filters.entrySet()) {
            List<Long> served = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParams(filter.getKey()).queryParam("limit", 9);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.when().get("/v1/programs").then().statusCode(200).extract().response();
                page.<List<Number>>path("items.id").forEach(id -> served.add(id.longValue()));
                cursor = page.path("page.nextCursor");
                if (cursor != null) {
                    String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                    assertTrue(decoded.matches("\\[\"institution\",.*,\"\\d+\",\"\\d+:\\d+\"]"),
                            "a cursor with its position in the facets' order: " + decoded);
                }
            } while (cursor != null);
            @SuppressWarnings("unchecked")
            List<Number> expected = entityManager.createNativeQuery("select p.id from program p left join region r "
                    + "on r.id = p.region_id where " + filter.getValue() + " order by p.institution, p.id").getResultList();
            assertFalse(expected.isEmpty(), filter.getKey().toString());
            assertEquals(expected.stream().map(Number::longValue).toList(), served, filter.getKey().toString());
        }
        // A cursor without a position (made before the facets were built, or by SQL) pages the same, and the page it
        // gives has a cursor with one.
        String positioned = given().queryParam("limit", 4).when().get("/v1/programs").then().statusCode(200)
                .extract().path("page.nextCursor");
        ObjectMapper json = new ObjectMapper();
        List<?> parts = json.readValue(Base64.getUrlDecoder().decode(positioned), List.class);
        String bare = Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.writeValueAsBytes(parts.subList(0, parts.size() - 1)));
        for (String cursor : List.of(positioned, bare)) {
            Response page = given().queryParam("limit", 4).queryParam("cursor", cursor).when().get("/v1/programs")
                    .then().statusCode(200).extract().response();
            assertEquals(List.of(4L, 5L, 6L, 7L).stream().map(rank -> served(rank)).toList(),
                    page.<List<Number>>path("items.id").stream().map(Number::longValue).toList(), cursor);
            String next = new String(Base64.getUrlDecoder().decode((String) page.path("page.nextCursor")),
                    StandardCharsets.UTF_8);
            assertTrue(next.matches(".*,\"\\d+:\\d+\"]"), "the next cursor has a position: " + next);
        }
    }

    /**
     * A cursor of older data is placed at its program's rank in the new facets when that program kept its institution,
     * and left to SQL when the program moved: either way, the next page is what follows (institution, id).
     */
    @Test
    void shouldPageOnFromACursorOfOlderDataAsPostgresqlWould() {
        awaitFacets();
        String stays = given().queryParam("limit", 3).when().get("/v1/programs").then().statusCode(200)
                .extract().path("page.nextCursor");
        String moves = given().queryParam("limit", 6).when().get("/v1/programs").then().statusCode(200)
                .extract().path("page.nextCursor");
        long stayingId = served(2);
        long movingId = served(5);
        String stayingInstitution = institutionOf(stayingId);
        String movingInstitution = institutionOf(movingId);
        setInstitution(movingId, "Zz moved away");
        try {
            awaitFacets();
            for (Map.Entry<String, Long> cursor : Map.of(stays, stayingId, moves, movingId).entrySet()) {
                String institution = cursor.getValue() == stayingId ? stayingInstitution : movingInstitution;
                @SuppressWarnings("unchecked")
                List<Number> expected = entityManager.createNativeQuery("select p.id from program p "
                                + "where (p.institution, p.id) > (:institution, :id) order by p.institution, p.id limit 4")
                        .setParameter("institution", institution).setParameter("id", cursor.getValue()).getResultList();
                List<Number> served = given().queryParam("limit", 4).queryParam("cursor", cursor.getKey())
                        .when().get("/v1/programs").then().statusCode(200).extract().path("items.id");
                assertEquals(expected.stream().map(Number::longValue).toList(),
                        served.stream().map(Number::longValue).toList(), "after program " + cursor.getValue());
            }
        } finally {
            setInstitution(movingId, movingInstitution);
        }
    }

    private String institutionOf(long programId) {
        return (String) entityManager.createNativeQuery("select institution from program where id = :id")
                .setParameter("id", programId).getSingleResult();
    }

    /** A write outside the API, which the service then learns of at once (not at a later notification). */
    private void setInstitution(long programId, String institution) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update program set institution = :institution where id = :id")
                .setParameter("institution", institution).setParameter("id", programId).executeUpdate());
        dataVersion.refresh();
    }

    /** In the default order, an export reads the programs the facets name, by id: the same rows, in the same order. */
    @Test
    void shouldExportTheDefaultOrderFromTheFacetsAsPostgresqlOrdersIt() {
        awaitFacets();
        Map<Map<String, Object>, String> filters = Map.of(
                Map.of("fields", "id"), "true",
                Map.of("fields", "id", "deliveryMode", "online,hybrid"), "p.delivery_mode in ('online', 'hybrid')",
                Map.of("fields", "id", "maxCost", "5000"), "p.cost <= 5000");
        for (Map.Entry<Map<String, Object>, String> filter : filters.entrySet()) {
            String csv = given().queryParams(filter.getKey()).when().get("/v1/programs.csv")
                    .then().statusCode(200).extract().asString();
            List<Long> exported = csv.lines().skip(1).map(Long::valueOf).toList();
            @SuppressWarnings("unchecked")
            List<Number> expected = entityManager.createNativeQuery("select p.id from program p where "
                    + filter.getValue() + " order by p.institution, p.id").getResultList();
            assertEquals(expected.stream().map(Number::longValue).toList(), exported, filter.getKey().toString());
        }
    }

    /**
     * An export reads a program's sources by the ids the program keeps (V93): a source added first, moved last and
     * removed shows in the export at once, as the program's own item shows it, whether the facets or SQL order it.
     */
    @Test
    void shouldExportASourceAddedMovedAndRemovedAsTheProgramCitesIt() {
        long programId = served(0);
        String firstUrl = sourceUrls(programId).get(0);
        int cited = sourceUrls(programId).size();
        String url = "https://example.org/export-source-" + System.nanoTime();
        long sourceId = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "insert into source (url, as_of, publisher, title, kind) values (:url, '2026-11-30', "
                                + "'Export Test Publisher', 'Export test page', 'institution') returning id")
                .setParameter("url", url).getSingleResult()).longValue());
        try {
            writeLink("insert into record_source (record_type, record_id, source_id, position) "
                    + "values ('program', :program, :source, -1)", programId, sourceId);
            assertExportedSources(programId, url, cited + 1);
            writeLink("update record_source set position = 1000 "
                    + "where record_type = 'program' and record_id = :program and source_id = :source", programId, sourceId);
            assertExportedSources(programId, firstUrl, cited + 1);
            writeLink("delete from record_source "
                    + "where record_type = 'program' and record_id = :program and source_id = :source", programId, sourceId);
            assertExportedSources(programId, firstUrl, cited);
        } finally {
            writeLink("delete from record_source where record_id = :program and source_id = :source", programId, sourceId);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from source where id = :id")
                    .setParameter("id", sourceId).executeUpdate());
            dataVersion.refresh();
        }
    }

    /** A write outside the API, which the service then learns of at once (not at a later notification). */
    private void writeLink(String sql, long programId, long sourceId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql)
                .setParameter("program", programId).setParameter("source", sourceId).executeUpdate());
        dataVersion.refresh();
    }

    private List<String> sourceUrls(long programId) {
        return given().when().get("/v1/programs/" + programId).then().statusCode(200).extract().path("sources.url");
    }

    /** The export's source columns for the program, both before the facets of the new data are built and after. */
    private void assertExportedSources(long programId, String firstUrl, int count) {
        assertEquals(firstUrl, sourceUrls(programId).get(0));
        assertEquals(count, sourceUrls(programId).size());
        for (boolean facetsBuilt : List.of(false, true)) {
            if (facetsBuilt) {
                awaitFacets();
            }
            List<List<String>> rows = csvRows(given().queryParam("fields", "id,sources").when().get("/v1/programs.csv")
                    .then().statusCode(200).extract().asString());
            assertEquals(List.of("id", "sourcePublisher", "sourceUrl", "sourceAsOf", "sourceCount"), rows.get(0));
            List<String> row = rows.stream().filter(cells -> cells.get(0).equals(String.valueOf(programId)))
                    .findFirst().orElseThrow();
            assertEquals(List.of(firstUrl, String.valueOf(count)), List.of(row.get(2), row.get(4)),
                    "facets built: " + facetsBuilt);
        }
    }

    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).<List<String>>readValues(csv)) {
            it.forEachRemaining(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The id of the program at this rank of the list's default order. */
    private long served(long rank) {
        return ((Number) entityManager.createNativeQuery("select p.id from program p order by p.institution, p.id "
                + "offset " + rank + " limit 1").getSingleResult()).longValue();
    }

    @Test
    void shouldSearchByKeyword() {
        given().queryParam("q", "cancer").queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items.name", hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("cancer")));
    }

    @Test
    void shouldSortByCostDescendingWithUnknownCostsLast() {
        List<Map<String, Object>> costs = given().queryParam("sort", "-cost").queryParam("limit", 500)
                .when().get("/v1/programs")
                .then().statusCode(200).extract().path("items.cost");
        List<Double> known = new ArrayList<>();
        boolean unknownSeen = false;
        for (Map<String, Object> cost : costs) {
            if (cost == null) {
                unknownSeen = true;
            } else {
                assertTrue(!unknownSeen, "a known cost after an unknown one");
                known.add(((Number) cost.get("amount")).doubleValue());
            }
        }
        for (int i = 1; i < known.size(); i++) {
            assertTrue(known.get(i - 1) >= known.get(i), "not descending at " + i);
        }
    }

    @Inject
    EntityManager entityManager;

    /**
     * Each sort field orders every program as PostgreSQL orders that column (its collation for
     * text), unknown values last, the id breaking ties; descending reverses the known values only.
     */
    @Test
    void shouldSortByEveryWhitelistedField() {
        Map<String, String> columns = Map.of("id", "p.id", "name", "p.name", "institution", "p.institution",
                "cost", "p.cost", "durationMonths", "p.duration_months", "state", "r.code", "updatedAt", "p.updated_at");
        for (Map.Entry<String, String> field : columns.entrySet()) {
            for (boolean descending : List.of(false, true)) {
                String sort = (descending ? "-" : "") + field.getKey();
                List<Number> served = given().queryParam("sort", sort).queryParam("limit", 500)
                        .when().get("/v1/programs").then().statusCode(200).extract().path("items.id");
                @SuppressWarnings("unchecked")
                List<Number> expected = entityManager.createNativeQuery("select p.id from program p left join region r "
                        + "on r.id = p.region_id order by " + field.getValue() + (descending ? " desc" : " asc")
                        + " nulls last, p.id").getResultList();
                assertEquals(expected.stream().map(Number::longValue).toList(),
                        served.stream().map(Number::longValue).toList(), "order of sort=" + sort);
            }
        }
        List<Number> twoKeys = given().queryParam("sort", "state,-cost").queryParam("limit", 500)
                .when().get("/v1/programs").then().statusCode(200).extract().path("items.id");
        @SuppressWarnings("unchecked")
        List<Number> expected = entityManager.createNativeQuery("select p.id from program p left join region r "
                + "on r.id = p.region_id order by r.code nulls last, p.cost desc nulls last, p.id").getResultList();
        assertEquals(expected.stream().map(Number::longValue).toList(), twoKeys.stream().map(Number::longValue).toList());
    }

    @Test
    void shouldPageThroughEveryProgramWithoutGapsOrRepeats() {
        for (String sort : List.of("institution", "-cost", "durationMonths,name", "state")) {
            List<Integer> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = given().queryParam("limit", 7).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.when().get("/v1/programs").then().statusCode(200)
                        .body("page.total", equalTo(REFERENCE_PROGRAMS)).extract().response();
                seen.addAll(page.path("items.id"));
                cursor = page.path("page.nextCursor");
                pages++;
            } while (cursor != null);
            assertEquals((REFERENCE_PROGRAMS + 6) / 7, pages, sort);
            assertEquals(REFERENCE_PROGRAMS, seen.size(), sort);
            assertEquals(REFERENCE_PROGRAMS, new HashSet<>(seen).size(), "repeated items with sort " + sort);
        }
    }

    @Test
    void shouldLinkTheFirstAndNextPages() {
        Response first = given().queryParam("limit", 5).queryParam("state", "NJ")
                .when().get("/v1/programs").then().statusCode(200).extract().response();
        String next = first.path("page.nextCursor");
        List<String> links = first.headers().getValues("Link");
        assertTrue(links.stream().anyMatch(link -> link.contains("rel=\"first\"") && !link.contains("cursor=")), links.toString());
        assertTrue(links.stream().anyMatch(link -> link.contains("rel=\"next\"") && link.contains("cursor=" + next)
                && link.contains("state=NJ")), links.toString());
    }

    @Test
    void shouldReturnOnlyTheRequestedFields() {
        given().queryParam("fields", "id,cost").queryParam("limit", 3)
                .when().get("/v1/programs")
                .then().statusCode(200)
                .body("items[0].keySet()", contains("id", "cost"))
                .body("items.name", everyItem(nullValue()));
    }

    @Test
    void shouldExportEveryMatchingProgramWithAHeaderRow() {
        int total = given().queryParam("state", "NJ").when().get("/v1/programs").then().extract().path("page.total");
        String csv = given().queryParam("state", "NJ").when().get("/v1/programs.csv")
                .then().statusCode(200).contentType("text/csv")
                .extract().asString();
        String[] lines = csv.split("\n");
        assertTrue(lines[0].startsWith("id,institution,name,certifications,"), lines[0]);
        assertTrue(lines[0].contains("cost.amount,cost.currency"), lines[0]);
        assertEquals(total + 1, lines.length);
    }

    /**
     * The export writes cells from the records, the list pages through JSON: every program of the reference data reads
     * the same in both, in the same order, whether SQL sorts the export (by cost) or the facets order it (the default).
     */
    @Test
    void shouldWriteEveryCsvCellAsTheJsonListShowsIt() {
        awaitFacets();
        for (String sort : List.of("-cost", "institution")) {
            assertCsvCellsAsJson(sort);
        }
    }

    @SuppressWarnings("unchecked")
    private void assertCsvCellsAsJson(String sort) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 100).queryParam("sort", sort)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/v1/programs").then().statusCode(200).extract().jsonPath()
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            items.addAll(page.getList("items"));
            cursor = page.getString("page.nextCursor");
        } while (cursor != null);
        String csv = given().queryParam("sort", sort).when().get("/v1/programs.csv")
                .then().statusCode(200).extract().asString();
        List<List<String>> rows = csvRows(csv);
        List<String> header = rows.get(0);
        assertEquals(items.size() + 1, rows.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            List<String> row = rows.get(i + 1);
            List<Map<String, Object>> sources = (List<Map<String, Object>>) item.get("sources");
            assertFalse(sources.isEmpty(), "program " + item.get("id") + " cites no source");
            for (String field : List.of("publisher", "url", "asOf")) {
                String column = "source" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
                Object value = sources.get(0).get(field);
                assertEquals(value == null ? "" : String.valueOf(value), row.get(header.indexOf(column)),
                        column + " of program " + item.get("id") + " sorted by " + sort);
            }
            for (String column : List.of("id", "institution", "name", "durationMonths", "creditHours", "clockHours",
                    "accredited", "cost.amount", "cost.currency", "costBasis.method", "costBasis.inputs", "state",
                    "cipCode", "unitId", "completions.count", "updatedAt")) {
                Object value = column.contains(".") && item.get(column.split("\\.")[0]) instanceof Map<?, ?> nested
                        ? nested.get(column.split("\\.")[1]) : column.contains(".") ? null : item.get(column);
                assertEquals(value == null ? "" : String.valueOf(value), row.get(header.indexOf(column)),
                        column + " of program " + item.get("id"));
            }
            assertEquals(String.join("; ", (List<String>) item.get("certifications")),
                    row.get(header.indexOf("certifications")));
            assertEquals(String.valueOf(((List<?>) item.get("sources")).size()), row.get(header.indexOf("sourceCount")));
        }
    }

    @Test
    void shouldRefuseCsvOnTheJsonListAndPointToTheExport() {
        given().accept("text/csv").queryParam("state", "NJ").when().get("/v1/programs")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:not-acceptable"))
                .body("detail", containsString("GET /v1/programs.csv"));
        given().accept("text/csv").when().get("/v1/certifications/rhit/programs")
                .then().statusCode(406).body("detail", containsString("GET /v1/programs.csv?certification=rhit"));
        given().queryParam("format", "csv").when().get("/v1/programs")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("format"));
    }

    @Test
    void shouldServeOneProgramById() {
        int id = given().queryParam("q", "Mohawk Valley").when().get("/v1/programs").then().extract().path("items[0].id");
        given().when().get("/v1/programs/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("certifications", contains("rhit"))
                .body("durationMonths", equalTo(24))
                .body("cost.amount", equalTo(9740))
                .body("costBasis.method", equalTo("derived"))
                .body("sources.url", hasItem("http://catalog.mvcc.edu/current/programs/aas-health-information-tech.php"));
    }

    @Test
    void shouldAnswer404ForAnUnknownProgram() {
        given().when().get("/v1/programs/999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:not-found"));
        given().when().get("/v1/programs/abc")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldOnlyReturnChangesSinceAGivenTime() {
        given().queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .when().get("/v1/programs").then().statusCode(200).body("page.total", equalTo(REFERENCE_PROGRAMS));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .when().get("/v1/programs").then().statusCode(200)
                .body("page.total", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldKeepPageSizesWithinTheLimit() {
        given().queryParam("limit", 500).when().get("/v1/programs")
                .then().statusCode(200).body("items.size()", lessThanOrEqualTo(500));
        given().when().get("/v1/programs").then().statusCode(200).body("items", hasSize(20))
                .body("items.state", everyItem(in(java.util.Arrays.asList(null, "AL", "AR", "CA", "CO", "FL", "GA", "IA",
                        "IL", "MD", "MI", "MN", "NC", "NJ", "NY", "OH", "OR", "TX", "VA", "WA"))));
    }
    @Test
    void shouldFindTheProgramsForTheCredentialsOfAJobTitle() {
        // Every occupation with the title's words: a superset of those whose title it is whole.
        List<String> leading = given().queryParam("q", "medical records clerk").when().get("/v1/occupations")
                .then().statusCode(200).extract().path("items.credentials.flatten().code");
        assertTrue(leading.containsAll(List.of("rhit", "cmaa")), leading.toString());
        Response found = given().queryParam("q", "medical records clerk").queryParam("limit", 500)
                .when().get("/v1/programs").then().statusCode(200).extract().response();
        List<List<String>> credentials = found.path("items.certifications");
        assertTrue(!credentials.isEmpty(), "no program for medical records clerk");
        credentials.forEach(codes -> assertTrue(codes.stream().anyMatch(leading::contains),
                "a program prepares for none of " + leading + ": " + codes));
        // One word of a title is not a job title typed whole: it matches the programs' own text only.
        List<Map<String, Object>> clerk = given().queryParam("q", "clerk").queryParam("limit", 500)
                .when().get("/v1/programs").then().statusCode(200).extract().path("items");
        clerk.forEach(program -> assertTrue((program.get("name") + " " + program.get("institution") + " "
                + program.get("credentialText")).toLowerCase().contains("clerk"), program.toString()));
    }

}
