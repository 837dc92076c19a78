package org.certpath.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PathwayResourceTest {

    /** Figures read as BigDecimal, so that money is compared to the cent. */
    private static RequestSpecification exactly() {
        return given().config(RestAssuredConfig.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static JsonPath get(String path, Object... params) {
        var request = exactly();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam((String) params[i], params[i + 1]);
        }
        return request.when().get(path).then().statusCode(200).extract().jsonPath();
    }

    /**
     * The newest annual wages of an occupation in a region with the four percentiles the pay paths are drawn from, as
     * the salary collection serves them; null when the region publishes none.
     */
    private static Map<String, Object> annualWages(String soc, String region) {
        List<Map<String, Object>> rows = get("/v1/salaries", "soc", soc, "region", region, "sort", "-edition",
                "limit", 100).getList("items");
        return rows.stream().map(row -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> annual = (Map<String, Object>) row.get("annual");
                    return annual;
                }).filter(annual -> annual != null && Stream.of("p10", "p25", "median", "p75")
                        .allMatch(figure -> annual.get(figure) != null)).findFirst()
                .map(PathwayResourceTest::amounts).orElse(null);
    }

    /** The wage figures of a row by name, each the amount of its money. */
    private static Map<String, Object> amounts(Map<String, Object> figures) {
        Map<String, Object> amounts = new HashMap<>();
        figures.forEach((name, money) -> amounts.put(name, money == null ? null : ((Map<?, ?>) money).get("amount")));
        return amounts;
    }

    private static Map<String, Object> examOnly(JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> "exam_only".equals(item.get("route"))).findFirst()
                .orElseThrow(() -> new AssertionError("no exam-only route"));
    }

    private static BigDecimal amount(Object money) {
        return money == null ? null : new BigDecimal(((Map<?, ?>) money).get("amount").toString());
    }

    private static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }

    private static void assertSameAmount(Object expected, Object actual, String what) {
        BigDecimal want = decimal(expected);
        BigDecimal got = actual instanceof Map<?, ?> ? amount(actual) : decimal(actual);
        assertTrue(want == null ? got == null : got != null && want.compareTo(got) == 0,
                what + ": expected " + want + ", got " + got);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> paths(Map<String, Object> route) {
        return (List<Map<String, Object>>) route.get("paths");
    }

    @Test
    void shouldDefaultTheBaselineToTheHighSchoolEntryMedianWithItsSource() {
        JsonPath page = get("/v1/pathways", "certification", "cca");
        assertEquals("high_school_entry_median", page.getString("baseline.basis"));
        assertSameAmount(45040, page.get("baseline.annualWage"), "baseline");
        assertEquals("US", page.getString("baseline.region"));
        assertEquals("2023", page.getString("baseline.edition"));
        assertEquals("https://www.bls.gov/emp/tables/Education-summary.htm", page.getString("baseline.sources[0].url"));
        assertEquals("official_statistics", page.getString("baseline.sources[0].kind"));
        assertEquals("high", page.getString("baseline.sources[0].confidence"));
        assertFalse(page.getBoolean("premium.measured"));
        assertTrue(page.getString("premium.note").startsWith("No source measures a pay premium"));
    }

    @Test
    void shouldShowTheSalarySurveysOfTheHoldersAsEvidenceNotAsAMeasuredPremium() {
        JsonPath page = get("/v1/pathways", "certification", "cpc");
        assertFalse(page.getBoolean("premium.measured"));
        assertTrue(page.getString("premium.note").startsWith("No source measures a pay premium for the credential "
                + "itself. 3 salary surveys report what its holders earn (see evidence), which is not a premium"),
                page.getString("premium.note"));
        // Newest survey first; every one a quote by another site, so a grade below that site's own: low.
        assertEquals(List.of("mean", "mean", "mean"), page.getList("premium.evidence.statistic"));
        assertEquals(List.of(2025, 2017, 2012), page.getList("premium.evidence.surveyYear"));
        assertEquals(List.of("AAPC 2025 salary survey", "AAPC 2017 Salary Survey",
                "AAPC 2012 Health Care Salary Survey"), page.getList("premium.evidence.survey"));
        List<Object> amounts = page.getList("premium.evidence.amount");
        assertSameAmount(67147, amounts.get(0), "2025");
        assertSameAmount(54106, amounts.get(1), "2017");
        assertSameAmount(47796, amounts.get(2), "2012");
        assertEquals(List.of("USD", "USD", "USD"), page.getList("premium.evidence.amount.currency"));
        assertEquals(List.of("https://open-exam-prep.com/blog/crc-vs-cpc-certification-worth-it-2026",
                        "https://www.cco.us/faq/aapc-cpc-exam-requirements-575/",
                        "https://mail.beckersasc.com/asc-coding-billing-and-collections/"
                                + "how-much-do-professional-coders-make-aapc-statistics-from-2008-to-2012.html"),
                page.getList("premium.evidence.source.url"));
        assertEquals(List.of("aggregator", "secondary", "secondary"), page.getList("premium.evidence.source.kind"));
        assertEquals(List.of("low", "low", "low"), page.getList("premium.evidence.source.confidence"));
        assertEquals(List.of("2025", "2017", "2012"), page.getList("premium.evidence.source.asOf"));
        assertTrue(page.getString("premium.evidence[0].source.confidenceNote").contains("below official statistics"));
    }

    @Test
    void shouldTrustTheIssuersOwnSurveyAboveAQuoteAndAnUndatedFigureLeast() {
        JsonPath auditor = get("/v1/pathways", "certification", "cpma");
        assertEquals(List.of(2022, 2012), auditor.getList("premium.evidence.surveyYear"));
        assertEquals(List.of("issuer", "secondary"), auditor.getList("premium.evidence.source.kind"));
        assertEquals(List.of("medium", "low"), auditor.getList("premium.evidence.source.confidence"));
        assertEquals("https://www.aapc.com/certification/cpma.aspx",
                auditor.getString("premium.evidence[0].source.url"));
        assertSameAmount(70320, auditor.get("premium.evidence[0].amount"), "CPMA 2022");

        JsonPath inpatient = get("/v1/pathways", "certification", "cic");
        assertEquals(1, inpatient.getList("premium.evidence").size());
        assertNull(inpatient.get("premium.evidence[0].surveyYear"));
        assertNull(inpatient.get("premium.evidence[0].survey"));
        assertNull(inpatient.get("premium.evidence[0].source.asOf"));
        assertEquals("low", inpatient.getString("premium.evidence[0].source.confidence"));
        assertTrue(inpatient.getString("premium.note").contains(" 1 salary survey reports "));

        JsonPath biller = get("/v1/pathways", "certification", "cpb");
        assertEquals(List.of("median"), biller.getList("premium.evidence.statistic"));
    }

    @Test
    void shouldSayPlainlyWhenNoSurveyOfTheHoldersIsLoaded() {
        JsonPath page = get("/v1/pathways", "certification", "cca");
        assertFalse(page.getBoolean("premium.measured"));
        assertEquals(List.of(), page.getList("premium.evidence"));
        assertTrue(page.getString("premium.note").startsWith("No source measures a pay premium for the credential "
                + "itself, and no salary survey of its holders is loaded."), page.getString("premium.note"));
    }

    @Test
    void shouldTakeTheBaselineFromTheSalaryGivenOrTheMedianOfTheOccupationGiven() {
        JsonPath given = get("/v1/pathways", "certification", "cca", "currentSalary", "38000.50");
        assertEquals("current_salary", given.getString("baseline.basis"));
        assertSameAmount("38000.50", given.get("baseline.annualWage"), "salary given");
        assertEquals(List.of(), given.getList("baseline.sources"));

        Map<String, Object> clerks = annualWages("29-9021", "US");
        JsonPath occupation = get("/v1/pathways", "certification", "cca", "currentOccupation", "29-9021");
        assertEquals("current_occupation_median", occupation.getString("baseline.basis"));
        assertEquals("29-9021", occupation.getString("baseline.occupation"));
        assertSameAmount(clerks.get("median"), occupation.get("baseline.annualWage"), "occupation median");
        assertFalse(occupation.getList("baseline.sources").isEmpty());
    }

    @Test
    void shouldDrawThePayPathsFromThePercentilesOfTheCredentialsOccupation() {
        Map<String, Object> wages = annualWages("29-2072", "US");
        JsonPath page = get("/v1/pathways", "certification", "cca");
        assertEquals("29-2072", page.getString("wages.soc"));
        assertFalse(page.getBoolean("wages.nationalFallback"));
        for (String figure : List.of("p10", "p25", "median", "p75")) {
            assertSameAmount(wages.get(figure), page.get("wages." + figure), figure);
        }
        List<Map<String, Object>> paths = paths(examOnly(page));
        assertEquals(List.of("low", "central", "high"), paths.stream().map(path -> path.get("path")).toList());
        String[][] ends = {{"p10", "p25"}, {"p25", "median"}, {"median", "p75"}};
        for (int i = 0; i < 3; i++) {
            assertSameAmount(wages.get(ends[i][0]), paths.get(i).get("startWage"), "start of " + ends[i][0]);
            assertSameAmount(wages.get(ends[i][1]), paths.get(i).get("endWage"), "end of " + ends[i][1]);
        }
    }

    @Test
    void shouldDrawThePayPathsFromAStatesOwnMay2024Percentiles() {
        Map<String, Object> wages = annualWages("29-2072", "NJ");
        JsonPath page = get("/v1/pathways", "certification", "cca", "region", "NJ");
        assertEquals("NJ", page.getString("wages.region"));
        assertEquals("2024-05", page.getString("wages.edition"));
        assertFalse(page.getBoolean("wages.nationalFallback"));
        for (String figure : List.of("p10", "p25", "median", "p75")) {
            assertSameAmount(wages.get(figure), page.get("wages." + figure), figure);
        }
        assertEquals(33280, ((Number) ((Map<?, ?>) page.get("wages.p10")).get("amount")).intValue());
        assertFalse(((List<?>) examOnly(page).get("assumptions")).contains("national_wages"));
    }

    @Test
    void shouldFallBackToNationalWagesWhereTheRegionPublishesNoneAndSaySo() {
        List<String[]> fallbacks = new ArrayList<>();
        for (String region : List.of("GU", "VI", "PR", "NJ", "TX")) {
            if (annualWages("29-2072", region) == null) {
                fallbacks.add(new String[] {region, "cca"});
            }
        }
        assertFalse(fallbacks.isEmpty(), "no region without a median of 29-2072: choose another case");
        String region = fallbacks.get(0)[0];
        JsonPath page = get("/v1/pathways", "certification", "cca", "region", region.toLowerCase());
        assertEquals(region, page.getString("region.code"));
        assertTrue(page.getBoolean("wages.nationalFallback"));
        assertEquals("US", page.getString("wages.region"));
        assertTrue(page.getString("wages.note").contains(region), page.getString("wages.note"));
        assertSameAmount(annualWages("29-2072", "US").get("median"), page.get("wages.median"), "national median");
        assertTrue(((List<?>) examOnly(page).get("assumptions")).contains("national_wages"));
    }

    @Test
    void shouldNotBreakEvenCentrallyWhenTheSalaryGivenIsTheOccupationsMedian() {
        Object median = annualWages("29-2072", "US").get("median");
        Map<String, Object> route = examOnly(get("/v1/pathways", "certification", "cca", "currentSalary", median));
        Map<String, Object> central = paths(route).get(1);
        assertNull(central.get("breakEvenMonth"));
        assertEquals("pay_never_above_baseline", central.get("noBreakEven"));
        assertTrue(((String) central.get("note")).contains("never pays more than the baseline"));
        assertTrue(amount(central.get("netGain")).signum() < 0, "the costs are paid and nothing repays them");
        assertNull(paths(route).get(0).get("breakEvenMonth"));
    }

    @Test
    void shouldTakeNoRouteZeroMonthsAndFlagTheDefaultStudyPeriod() {
        Map<String, Object> route = examOnly(get("/v1/pathways", "certification", "cca"));
        assertEquals(PaybackModel.DEFAULT_STUDY_MONTHS, route.get("monthsToCredential"));
        assertEquals("default_study_period", route.get("monthsBasis"));
        assertTrue(((List<?>) route.get("assumptions")).contains("default_study_period"));
    }

    @Test
    void shouldCountTheWagesForgoneWhenStudyingFullTime() {
        Map<String, Object> working = examOnly(get("/v1/pathways", "certification", "cca", "currentSalary", 36000));
        Map<String, Object> studying = examOnly(get("/v1/pathways", "certification", "cca", "currentSalary", 36000,
                "whileWorking", false));
        assertSameAmount(0, ((Map<?, ?>) working.get("cost")).get("forgoneWages"), "working");
        // 36,000 a year for the 3 months of study: 9,000.
        assertSameAmount(9000, ((Map<?, ?>) studying.get("cost")).get("forgoneWages"), "studying");
        BigDecimal gainWorking = amount(paths(working).get(2).get("netGain"));
        BigDecimal gainStudying = amount(paths(studying).get(2).get("netGain"));
        assertTrue(gainStudying.compareTo(gainWorking) < 0, gainStudying + " vs " + gainWorking);
    }

    @Test
    void shouldPriceTheRateAskedOrTheCheaperAndSayWhy() {
        JsonPath member = get("/v1/pathways", "certification", "cca", "member", true);
        Map<String, Object> asked = examOnly(member);
        assertEquals("member", ((Map<?, ?>) asked.get("examRate")).get("rate"));
        assertEquals("requested", ((Map<?, ?>) asked.get("examRate")).get("reason"));
        assertEquals("member", member.getString("settings.examRate"));
        BigDecimal attempts = decimal(asked.get("expectedAttempts"));
        BigDecimal fee = amount(member.get("certification.examFeeMember"));
        assertSameAmount(fee.multiply(attempts), ((Map<?, ?>) asked.get("cost")).get("examFees"), "member exam fees");

        JsonPath cheaper = get("/v1/pathways", "certification", "cca");
        assertNull(cheaper.get("settings.examRate"));
        Map<?, ?> rate = (Map<?, ?>) examOnly(cheaper).get("examRate");
        assertTrue(List.of("cheaper", "same_cost", "other_rate_unknown", "neither_rate_known")
                .contains(rate.get("reason")), rate.toString());
        if ("cheaper".equals(rate.get("reason"))) {
            BigDecimal memberTotal = amount(rate.get("memberTotal"));
            BigDecimal nonMemberTotal = amount(rate.get("nonMemberTotal"));
            assertEquals(rate.get("rate"), memberTotal.compareTo(nonMemberTotal) < 0 ? "member" : "non_member");
        }
    }

    @Test
    void shouldIncludeTheOnlineProgramsThatServeTheStateAsked() {
        int serving = get("/v1/programs", "certification", "rhit", "servingState", "NJ").getInt("page.total");
        JsonPath page = get("/v1/pathways", "certification", "rhit", "region", "NJ", "limit", 100);
        List<Map<String, Object>> programs = page.getList("items.program");
        assertEquals(serving, programs.stream().filter(p -> p != null).count());
        assertTrue(programs.stream().anyMatch(p -> p != null && "online".equals(p.get("deliveryMode"))
                && !"NJ".equals(p.get("state"))), "an online program from another state serves NJ");
        assertTrue(programs.stream().filter(p -> p != null && !"NJ".equals(p.get("state")))
                .allMatch(p -> "online".equals(p.get("deliveryMode"))));
        int national = get("/v1/pathways", "certification", "rhit", "limit", 1).getInt("page.total");
        int programsOfRhit = get("/v1/programs", "certification", "rhit").getInt("page.total");
        assertEquals(programsOfRhit + (examOnlyCount("rhit")), national);
    }

    @Test
    void shouldDateEachProgramAsTheProgramItselfIsDatedInEverySort() {
        for (String sort : List.of("totalCost", "-netGain")) {
            List<Map<String, Object>> programs = get("/v1/pathways", "certification", "rhit", "region", "NJ", "sort", sort,
                    "limit", 100).getList("items.program");
            List<Map<String, Object>> listed = programs.stream().filter(p -> p != null).toList();
            assertFalse(listed.isEmpty());
            assertTrue(listed.stream().anyMatch(p -> p.get("asOf") != null), "no program of " + sort + " is dated");
            for (Map<String, Object> program : listed) {
                assertEquals(get("/v1/programs/" + program.get("id")).getString("asOf"), program.get("asOf"),
                        "program " + program.get("id") + " sorted by " + sort);
            }
        }
    }

    private static int examOnlyCount(String code) {
        List<String> routes = get("/v1/pathways", "certification", code, "limit", 100).getList("items.route");
        return (int) routes.stream().filter("exam_only"::equals).count();
    }

    @Test
    void shouldLimitPriceAndMonthsLeavingUnknownsOut() {
        List<Map<String, Object>> limited = get("/v1/pathways", "certification", "cca", "maxTotalCost", 3600,
                "limit", 100).getList("items");
        assertFalse(limited.isEmpty());
        for (Map<String, Object> route : limited) {
            Map<?, ?> cost = (Map<?, ?>) route.get("cost");
            assertNotNull(cost.get("program"));
            assertNotNull(cost.get("examFees"));
            assertTrue(amount(cost.get("knownTotal")).compareTo(new BigDecimal("3600")) <= 0, cost.toString());
        }
        given().queryParam("certification", "rhit").queryParam("maxMonthsToCredential", 23).queryParam("limit", 100)
                .when().get("/v1/pathways")
                .then().statusCode(200)
                .body("items.monthsToCredential", everyItem(lessThanOrEqualTo(23)));
    }

    @Test
    void shouldFilterProgramsByDeliveryModeKeepingTheExamOnlyRoute() {
        given().queryParam("certification", "cca").queryParam("deliveryMode", "in_person").queryParam("limit", 100)
                .when().get("/v1/pathways")
                .then().statusCode(200)
                .body("items.route", hasItems("exam_only", "program"))
                .body("items.findAll { it.route == 'program' }.program.deliveryMode", everyItem(equalTo("in_person")));
    }

    @Test
    void shouldSortByEachComputedFieldWithUnknownsLast() {
        for (String sort : List.of("totalCost", "-totalCost", "monthsToCredential", "-monthsToCredential",
                "breakEvenMonth", "-breakEvenMonth", "netGain", "-netGain")) {
            boolean descending = sort.startsWith("-");
            String field = descending ? sort.substring(1) : sort;
            List<Map<String, Object>> items = get("/v1/pathways", "certification", "cpc", "sort", sort, "limit", 100)
                    .getList("items");
            List<BigDecimal> values = items.stream().map(item -> switch (field) {
                case "totalCost" -> {
                    Map<?, ?> cost = (Map<?, ?>) item.get("cost");
                    yield cost.get("program") == null || cost.get("examFees") == null
                            || cost.get("membershipDues") == null ? null : amount(cost.get("knownTotal"));
                }
                case "monthsToCredential" -> decimal(item.get(field));
                case "breakEvenMonth" -> decimal(paths(item).get(1).get("breakEvenMonth"));
                default -> amount(paths(item).get(1).get("netGain"));
            }).toList();
            boolean unknownSeen = false;
            BigDecimal previous = null;
            for (BigDecimal value : values) {
                if (value == null) {
                    unknownSeen = true;
                    continue;
                }
                assertFalse(unknownSeen, "a known value after an unknown one with sort " + sort);
                if (previous != null) {
                    assertTrue(descending ? previous.compareTo(value) >= 0 : previous.compareTo(value) <= 0,
                            sort + " " + values);
                }
                previous = value;
            }
        }
    }

    @Test
    void shouldPageThroughEveryRouteWithoutGapsOrRepeatsAndLinkTheNextPage() {
        int total = get("/v1/pathways", "certification", "cpc", "limit", 1).getInt("page.total");
        for (String sort : List.of("totalCost", "-netGain", "monthsToCredential,-breakEvenMonth")) {
            Set<Object> seen = new HashSet<>();
            String url = "/v1/pathways?certification=cpc&limit=7&sort=" + sort.replace(",", "%2C");
            while (url != null) {
                Response page = given().urlEncodingEnabled(false).when().get(url).then().statusCode(200)
                        .extract().response();
                List<String> links = page.headers().getValues("Link");
                List<Map<String, Object>> items = page.path("items");
                items.forEach(item -> assertTrue(seen.add(item.get("program") == null ? "exam"
                        : ((Map<?, ?>) item.get("program")).get("id")), "repeated with sort " + sort));
                url = links.stream().filter(link -> link.endsWith("rel=\"next\""))
                        .map(link -> link.substring(1, link.indexOf('>'))).findFirst().orElse(null);
                assertEquals(page.path("page.nextCursor") == null, url == null, links.toString());
            }
            assertEquals(total, seen.size(), sort);
        }
    }

    /**
     * Routes sorted by cost or months are ranked without being quoted: the routes of every page, one after another,
     * are in the order their shown figures give (unknown last, then the program's id, the exam-only route first
     * among equals), whatever the limits, and as many as the total says.
     */
    @Test
    void shouldOrderEveryRouteAcrossPagesAsItsShownFiguresSay() {
        for (String sort : List.of("totalCost", "-totalCost", "monthsToCredential", "-monthsToCredential",
                "monthsToCredential,-totalCost")) {
            for (String limits : List.of("", "&maxTotalCost=6000", "&maxMonthsToCredential=24&deliveryMode=online")) {
                List<Map<String, Object>> routes = new ArrayList<>();
                String url = "/v1/pathways?certification=cpc&limit=5&sort=" + sort.replace(",", "%2C") + limits;
                long total = -1;
                while (url != null) {
                    JsonPath page = given().urlEncodingEnabled(false).when().get(url).then().statusCode(200)
                            .extract().jsonPath();
                    total = page.getLong("page.total");
                    routes.addAll(page.getList("items"));
                    String cursor = page.getString("page.nextCursor");
                    url = cursor == null ? null : "/v1/pathways?certification=cpc&limit=5&sort="
                            + sort.replace(",", "%2C") + limits + "&cursor=" + cursor;
                }
                String what = sort + limits;
                assertEquals(total, routes.size(), what);
                assertTrue(routes.size() > 5, what + ": too few routes to page");
                List<Map<String, Object>> expected = new ArrayList<>(routes);
                expected.sort(shownOrder(sort));
                assertEquals(ids(expected), ids(routes), what);
            }
        }
    }

    private static Comparator<Map<String, Object>> shownOrder(String sort) {
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (String key : sort.split(",")) {
            boolean descending = key.startsWith("-");
            Function<Map<String, Object>, BigDecimal> value = key.endsWith("totalCost")
                    ? PathwayResourceTest::shownPricedCost : route -> decimal(route.get("monthsToCredential"));
            order = order.thenComparing(value, Comparator.nullsLast(descending
                    ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder()));
        }
        return order.thenComparingLong(PathwayResourceTest::routeId);
    }

    /** The cost a route is sorted and limited by: its known total once the program, exam and dues are priced. */
    private static BigDecimal shownPricedCost(Map<String, Object> route) {
        Map<?, ?> cost = (Map<?, ?>) route.get("cost");
        return cost.get("program") == null || cost.get("examFees") == null
                || cost.get("membershipDues") == null ? null : amount(cost.get("knownTotal"));
    }

    private static long routeId(Map<String, Object> route) {
        Map<?, ?> program = (Map<?, ?>) route.get("program");
        return program == null ? 0 : ((Number) program.get("id")).longValue();
    }

    private static List<Long> ids(List<Map<String, Object>> routes) {
        return routes.stream().map(PathwayResourceTest::routeId).toList();
    }

    @Test
    void shouldRequireACertification() {
        given().when().get("/v1/pathways")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-parameters"))
                .body("invalidParams.name", contains("certification"));
    }

    @Test
    void shouldAnswer400NamingAnUnknownCertificationRegionOrOccupation() {
        given().queryParam("certification", "xyz").queryParam("region", "ZZ").queryParam("currentOccupation", "29-9999")
                .when().get("/v1/pathways")
                .then().statusCode(400)
                .body("invalidParams.name", contains("certification", "region", "currentOccupation"))
                .body("invalidParams[0].reason", containsString("'xyz'"))
                .body("invalidParams[1].reason", containsString("'ZZ'"))
                .body("invalidParams[2].reason", containsString("'29-9999'"));
    }

    @Test
    void shouldAnswer400ListingEveryInvalidParameterAtOnce() {
        given().queryParam("certification", "cca").queryParam("deliveryMode", "boat").queryParam("maxTotalCost", "-1")
                .queryParam("maxMonthsToCredential", 999).queryParam("member", "maybe")
                .queryParam("currentSalary", "abc").queryParam("horizonYears", 0).queryParam("discountRate", "0.5")
                .queryParam("whileWorking", "often").queryParam("sort", "name").queryParam("limit", 0)
                .queryParam("mode", "online")
                .when().get("/v1/pathways")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("mode", "deliveryMode", "maxTotalCost",
                        "maxMonthsToCredential", "member", "currentSalary", "horizonYears", "discountRate",
                        "whileWorking", "limit", "sort"));
        given().queryParam("certification", "cca").queryParam("currentSalary", 40000)
                .queryParam("currentOccupation", "29-9021")
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", contains("currentOccupation"));
        given().queryParam("certification", "cca").queryParam("discountRate", "0.21")
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", hasItem("discountRate"));
        given().queryParam("certification", "cca").queryParam("discountRate", "0.2").queryParam("horizonYears", 40)
                .when().get("/v1/pathways")
                .then().statusCode(200).body("settings.horizonYears", equalTo(40))
                .body("settings.discountRate", equalTo(0.2f));
    }

    @Test
    void shouldAnswer400ForACursorOfAnotherSort() {
        String cursor = given().queryParam("certification", "cpc").queryParam("limit", 1)
                .when().get("/v1/pathways").then().statusCode(200).extract().path("page.nextCursor");
        given().queryParam("certification", "cpc").queryParam("sort", "netGain").queryParam("cursor", cursor)
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", contains("cursor"));
    }
}
