package org.certpath.pathway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PathwayResourceTest {

    /** The routes to CPC: the exam-only route and the programs that prepare for it. */
    private static final int CPC_ROUTES = 36;


    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

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

    /** The national May 2024 wages of 29-2072 as the salary collection serves them. */
    private static Map<String, BigDecimal> nationalWages() {
        Map<String, Object> annual = get("/v1/salaries", "occupation", "29-2072", "region", "US", "edition", "2024-05")
                .getMap("items[0].annual");
        return Map.of("p10", decimal(annual.get("p10")), "p25", decimal(annual.get("p25")),
                "median", decimal(annual.get("median")), "p75", decimal(annual.get("p75")));
    }

    private static Map<String, Object> route(JsonPath page, String institution) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> item.get("program") != null
                        && institution.equals(((Map<?, ?>) item.get("program")).get("institution")))
                .findFirst().orElseThrow(() -> new AssertionError("no route through " + institution));
    }

    private static Map<String, Object> examOnly(JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> "exam_only".equals(item.get("route"))).findFirst()
                .orElseThrow(() -> new AssertionError("no exam-only route"));
    }

    private static BigDecimal amount(Map<String, Object> item, String field) {
        Object money = item.get(field);
        return money == null ? null : decimal(((Map<?, ?>) money).get("amount"));
    }

    /** JSON numbers come back as Integer or BigDecimal depending on their digits. */
    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    private static int payback(BigDecimal total, BigDecimal monthly) {
        return total.divide(monthly, 0, RoundingMode.CEILING).intValueExact();
    }

    @Test
    void shouldPriceTheExamOnlyRouteFromTheSeededFigures() {
        Map<String, BigDecimal> wages = nationalWages();
        BigDecimal fee = get("/v1/certifications/cca").getObject("exam.feeNonMember.amount", BigDecimal.class);
        BigDecimal uplift = wages.get("median").subtract(wages.get("p10"));
        BigDecimal monthly = uplift.divide(TWELVE, 2, RoundingMode.HALF_UP);

        JsonPath page = get("/v1/pathways", "certification", "cca");
        Map<String, Object> route = examOnly(page);
        assertEquals(0, fee.compareTo(amount(route, "examFee")));
        assertEquals(0, fee.compareTo(amount(route, "totalCost")));
        assertEquals(0, route.get("months"));
        assertEquals(0, uplift.compareTo(amount(route, "annualUplift")));
        assertEquals(0, monthly.compareTo(amount(route, "monthlyUplift")));
        assertEquals(payback(fee, monthly), route.get("paybackMonths"));
        assertEquals(List.of(), route.get("missing"));
        assertNull(route.get("paybackNote"));
        Map<?, ?> expected = (Map<?, ?>) route.get("expectedSalary");
        assertEquals(0, wages.get("median").compareTo(decimal(expected.get("median"))));
        assertEquals(0, wages.get("p25").compareTo(decimal(expected.get("p25"))));
        assertEquals(0, wages.get("p75").compareTo(decimal(expected.get("p75"))));
        assertEquals(false, expected.get("fallback"));

        // The same figures written out: 299 USD, 50250 - 35780 = 14470 a year, 1205.83 a month, 1 month.
        assertEquals(0, new BigDecimal("299").compareTo(amount(route, "totalCost")));
        assertEquals(0, new BigDecimal("14470").compareTo(amount(route, "annualUplift")));
        assertEquals(0, new BigDecimal("1205.83").compareTo(amount(route, "monthlyUplift")));
        assertEquals(1, route.get("paybackMonths"));
        assertEquals(List.of(50250, 41600, 64070), List.of(decimal(expected.get("median")).intValueExact(),
                decimal(expected.get("p25")).intValueExact(), decimal(expected.get("p75")).intValueExact()));
    }

    @Test
    void shouldPayBackAProgramWithAKnownCostToTheMonth() {
        BigDecimal cost = get("/v1/programs", "q", "Chronicles Billing").getObject("items[0].cost.amount", BigDecimal.class);
        BigDecimal fee = get("/v1/certifications/cpc").getObject("exam.feeMember.amount", BigDecimal.class);
        BigDecimal current = new BigDecimal("40000");
        BigDecimal monthly = nationalWages().get("median").subtract(current).divide(TWELVE, 2, RoundingMode.HALF_UP);

        JsonPath page = get("/v1/pathways", "certification", "cpc", "member", true, "currentSalary", current);
        Map<String, Object> route = route(page, "Chronicles Billing, Inc.");
        BigDecimal total = cost.add(fee);
        assertEquals(0, total.compareTo(amount(route, "totalCost")));
        assertEquals(0, monthly.compareTo(amount(route, "monthlyUplift")));
        assertEquals(payback(total, monthly), route.get("paybackMonths"));
        assertEquals(List.of("months"), route.get("missing"));

        // 1760 + 499 = 2259 USD; (50250 - 40000) / 12 = 854.17 a month; 2259 / 854.17 = 2.64, so 3 months.
        assertEquals(0, new BigDecimal("2259").compareTo(total));
        assertEquals(0, new BigDecimal("854.17").compareTo(monthly));
        assertEquals(3, route.get("paybackMonths"));
        assertEquals(0, new BigDecimal("40000").compareTo(page.getObject("assumptions.currentSalary.amount.amount", BigDecimal.class)));
        assertEquals("parameter", page.getString("assumptions.currentSalary.source"));
        assertEquals("member", page.getString("assumptions.examFee.rate"));
    }

    @Test
    void shouldLeaveTotalAndPaybackUnknownWhenTheProgramCostIsUnknown() {
        Map<String, Object> program = get("/v1/programs", "q", "Mohawk Valley").getMap("items[0]");
        assertNull(program.get("cost"));

        JsonPath page = get("/v1/pathways", "certification", "rhit");
        Map<String, Object> route = route(page, "Mohawk Valley Community College");
        assertNull(route.get("totalCost"));
        assertNull(route.get("paybackMonths"));
        assertEquals(List.of("programCost"), route.get("missing"));
        assertEquals(program.get("durationMonths"), route.get("months"));
        assertEquals(24, route.get("months"));
        assertEquals(0, new BigDecimal("299").compareTo(amount(route, "examFee")));
        assertEquals(0, new BigDecimal("1205.83").compareTo(amount(route, "monthlyUplift")));
        assertTrue(((String) route.get("paybackNote")).contains("programCost"), (String) route.get("paybackNote"));
    }

    @Test
    void shouldFallBackToNationalFiguresWhenTheRegionHasNoMedian() {
        assertNull(get("/v1/salaries", "occupation", "29-2072", "region", "NJ").get("items[0].annual.median"));
        Map<String, BigDecimal> wages = nationalWages();
        BigDecimal monthly = wages.get("median").subtract(wages.get("p10")).divide(TWELVE, 2, RoundingMode.HALF_UP);

        JsonPath page = get("/v1/pathways", "certification", "cca", "region", "nj");
        assertEquals("NJ", page.getString("region.code"));
        assertEquals(true, page.getBoolean("assumptions.salary.fallback"));
        assertEquals("US", page.getString("assumptions.salary.region"));
        assertEquals("2024-05", page.getString("assumptions.salary.edition"));
        assertTrue(page.getString("assumptions.salary.note").contains("NJ"));
        assertEquals("p10", page.getString("assumptions.currentSalary.source"));
        assertEquals(0, wages.get("p10").compareTo(page.getObject("assumptions.currentSalary.amount.amount", BigDecimal.class)));

        Map<String, Object> route = route(page, "Rutgers Center for Continuing Professional Development");
        Map<?, ?> expected = (Map<?, ?>) route.get("expectedSalary");
        assertEquals(true, expected.get("fallback"));
        assertEquals("US", expected.get("region"));
        assertEquals("2024-05", expected.get("edition"));
        assertEquals(0, wages.get("median").compareTo(decimal(expected.get("median"))));
        // The voucher is in the cost: 3635 USD in all; 3635 / 1205.83 = 3.01, so 4 months.
        BigDecimal cost = get("/v1/programs", "q", "Voucher Included", "state", "NJ")
                .getObject("items[0].cost.amount", BigDecimal.class);
        assertEquals(0, cost.compareTo(amount(route, "totalCost")));
        assertEquals(payback(cost, monthly), route.get("paybackMonths"));
        assertEquals(4, route.get("paybackMonths"));
    }

    @Test
    void shouldNotCountTheExamTwiceWhenTheProgramCostIncludesIt() {
        JsonPath page = get("/v1/pathways", "certification", "cca");
        Map<String, Object> rutgers = route(page, "Rutgers Center for Continuing Professional Development");
        assertEquals(true, ((Map<?, ?>) rutgers.get("program")).get("examFeeIncluded"));
        assertEquals(0, new BigDecimal("3635").compareTo(amount(rutgers, "totalCost")));
        assertEquals(0, new BigDecimal("299").compareTo(amount(rutgers, "examFee")));
    }

    @Test
    void shouldLeaveTheExamFeeUnknownWhenTheRateAskedIsNotPublished() {
        JsonPath page = get("/v1/pathways", "certification", "cpc");
        assertEquals("nonMember", page.getString("assumptions.examFee.rate"));
        assertNull(page.get("assumptions.examFee.amount"));
        assertTrue(page.getString("assumptions.examFee.note").contains("499"), page.getString("assumptions.examFee.note"));
        Map<String, Object> exam = examOnly(page);
        assertNull(exam.get("examFee"));
        assertNull(exam.get("totalCost"));
        assertEquals(List.of("examFee"), exam.get("missing"));
        Map<String, Object> chronicles = route(page, "Chronicles Billing, Inc.");
        assertNull(chronicles.get("totalCost"));
        assertEquals(List.of("examFee", "months"), chronicles.get("missing"));
        // MedCode Logix includes the exam in its price, so the unknown fee does not matter there.
        Map<String, Object> medCode = route(page, "MedCode Logix");
        assertEquals(0, new BigDecimal("3895").compareTo(amount(medCode, "totalCost")));
        assertEquals(List.of("months"), medCode.get("missing"));
        assertEquals(4, medCode.get("paybackMonths"));
    }

    @Test
    void shouldLeaveTheSalaryUnknownForACredentialThatLeadsToNoOccupation() {
        JsonPath page = get("/v1/pathways", "certification", "cmaa", "member", true);
        assertNull(page.get("assumptions.salary.soc"));
        assertNull(page.get("assumptions.salary.edition"));
        assertEquals("unknown", page.getString("assumptions.currentSalary.source"));
        assertEquals(34, page.getInt("page.total"));
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            assertNull(item.get("expectedSalary"));
            assertNull(item.get("annualUplift"));
            assertNull(item.get("paybackMonths"));
            assertTrue(((List<?>) item.get("missing")).containsAll(List.of("examFee", "salary", "currentSalary")),
                    item.get("missing").toString());
        }
        Map<String, Object> given = get("/v1/pathways", "certification", "cmaa", "currentSalary", 30000).getMap("items[0]");
        assertEquals(List.of("examFee", "months", "salary"), given.get("missing"));
    }

    @Test
    void shouldGiveNoPaybackWhenTheUpliftIsZeroOrLess() {
        for (String current : List.of("50250", "60000")) {
            Map<String, Object> route = examOnly(get("/v1/pathways", "certification", "cca", "currentSalary", current));
            assertEquals(0, new BigDecimal("50250").subtract(new BigDecimal(current)).compareTo(amount(route, "annualUplift")));
            assertNull(route.get("paybackMonths"));
            assertEquals(List.of(), route.get("missing"));
            assertTrue(((String) route.get("paybackNote")).contains("zero or less"), (String) route.get("paybackNote"));
        }
    }

    @Test
    void shouldCountTheExperienceAnExamOnlyRouteAsks() {
        JsonPath page = get("/v1/pathways", "certification", "chps");
        assertEquals(1, page.getInt("page.total"));
        Map<String, Object> route = examOnly(page);
        assertEquals(72, route.get("months"));
        assertEquals("high_school", ((Map<?, ?>) route.get("examOnly")).get("minEducation"));
        assertEquals("29-9021", page.getString("assumptions.salary.soc"));
        given().queryParam("certification", "rhit").when().get("/v1/pathways")
                .then().statusCode(200).body("items.route", everyItem(equalTo("program"))).body("page.total", equalTo(36));
    }

    @Test
    void shouldLimitTotalCostAndMonthsLeavingUnknownsOut() {
        given().queryParam("certification", "cpc").queryParam("member", true).queryParam("maxCost", 2500)
                .queryParam("sort", "totalCost")
                .when().get("/v1/pathways")
                .then().statusCode(200)
                .body("page.total", equalTo(4))
                .body("items[0].route", equalTo("exam_only"))
                .body("items[0].totalCost.amount", equalTo(499))
                .body("items.program.institution", hasItem("Chronicles Billing, Inc."))
                .body("items.totalCost.amount", everyItem(lessThanOrEqualTo(2500)));
        given().queryParam("certification", "cca").queryParam("maxMonths", 0)
                .when().get("/v1/pathways")
                .then().statusCode(200).body("page.total", equalTo(1)).body("items.route", contains("exam_only"));
        given().queryParam("certification", "rhit").queryParam("maxMonths", 23)
                .when().get("/v1/pathways")
                .then().statusCode(200).body("items.months", everyItem(lessThanOrEqualTo(23)));
    }

    @Test
    void shouldFilterProgramsByModeKeepingTheExamOnlyRoute() {
        given().queryParam("certification", "cca").queryParam("mode", "in_person")
                .when().get("/v1/pathways")
                .then().statusCode(200)
                .body("items.route", hasItems("exam_only", "program"))
                .body("items.findAll { it.route == 'program' }.program.deliveryMode", everyItem(equalTo("in_person")))
                .body("items.program.institution", hasItem("Schoolcraft College"));
    }

    @Test
    void shouldSortByEachComputedFieldWithUnknownsLast() {
        for (String sort : List.of("totalCost", "-totalCost", "months", "-months", "paybackMonths", "-paybackMonths")) {
            boolean descending = sort.startsWith("-");
            String field = descending ? sort.substring(1) : sort;
            List<Map<String, Object>> items = get("/v1/pathways", "certification", "cpc", "member", true, "sort", sort,
                    "limit", 100).getList("items");
            List<Object> values = items.stream()
                    .map(item -> field.equals("totalCost") ? amount(item, field) : item.get(field)).toList();
            assertEquals(CPC_ROUTES, values.size(), sort);
            boolean unknownSeen = false;
            BigDecimal previous = null;
            for (Object value : values) {
                if (value == null) {
                    unknownSeen = true;
                    continue;
                }
                assertTrue(!unknownSeen, "a known value after an unknown one with sort " + sort);
                BigDecimal current = new BigDecimal(value.toString());
                if (previous != null) {
                    assertTrue(descending ? previous.compareTo(current) >= 0 : previous.compareTo(current) <= 0, sort + " " + values);
                }
                previous = current;
            }
        }
    }

    @Test
    void shouldLinkTheFirstAndNextPagesLikeEveryList() {
        Set<Object> seen = new HashSet<>();
        String url = "/v1/pathways?certification=cpc&member=true&limit=4";
        int pages = 0;
        while (url != null) {
            Response page = given().when().get(url).then().statusCode(200).extract().response();
            List<String> links = page.headers().getValues("Link");
            assertTrue(links.stream().anyMatch(link -> link.contains("rel=\"first\"") && !link.contains("cursor=")
                    && link.contains("certification=cpc")), links.toString());
            String next = page.path("page.nextCursor");
            url = links.stream().filter(link -> link.endsWith("rel=\"next\""))
                    .map(link -> link.substring(1, link.indexOf('>'))).findFirst().orElse(null);
            assertEquals(next == null, url == null, links.toString());
            List<Map<String, Object>> items = page.path("items");
            items.forEach(item -> seen.add(item.get("program") == null ? "exam" : ((Map<?, ?>) item.get("program")).get("id")));
            pages++;
        }
        assertEquals((CPC_ROUTES + 3) / 4, pages);
        assertEquals(CPC_ROUTES, seen.size());
    }

    @Test
    void shouldPageThroughEveryRouteWithoutGapsOrRepeats() {
        for (String sort : List.of("totalCost", "-paybackMonths", "months,-totalCost")) {
            List<Object> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("certification", "cpc").queryParam("member", true)
                        .queryParam("limit", 3).queryParam("sort", sort);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.when().get("/v1/pathways").then().statusCode(200)
                        .body("page.total", equalTo(CPC_ROUTES)).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                items.forEach(item -> seen.add(item.get("program") == null ? "exam" : ((Map<?, ?>) item.get("program")).get("id")));
                cursor = page.getString("page.nextCursor");
            } while (cursor != null);
            assertEquals(CPC_ROUTES, seen.size(), sort);
            assertEquals(CPC_ROUTES, new HashSet<>(seen).size(), "repeated routes with sort " + sort);
        }
    }

    @Test
    void shouldRequireACertification() {
        given().when().get("/v1/pathways")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:certpath:problem:invalid-parameters"))
                .body("invalidParams.name", contains("certification"));
    }

    @Test
    void shouldAnswer400NamingAnUnknownCertificationOrRegion() {
        given().queryParam("certification", "xyz").queryParam("region", "ZZ")
                .when().get("/v1/pathways")
                .then().statusCode(400)
                .body("invalidParams.name", contains("certification", "region"))
                .body("invalidParams[0].reason", containsString("'xyz'"))
                .body("invalidParams[1].reason", containsString("'ZZ'"));
        given().queryParam("certification", "4bad").queryParam("region", "USA")
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", contains("certification", "region"));
        given().queryParam("certification", "rhit").queryParam("certification", "cca")
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", contains("certification"));
    }

    @Test
    void shouldAnswer400ListingEveryInvalidParameterAtOnce() {
        given().queryParam("certification", "cca").queryParam("mode", "boat").queryParam("maxCost", "-1")
                .queryParam("maxMonths", 999).queryParam("member", "maybe").queryParam("currentSalary", "abc")
                .queryParam("sort", "name").queryParam("limit", 0).queryParam("state", "NJ")
                .when().get("/v1/pathways")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("state", "mode", "maxCost", "maxMonths", "member",
                        "currentSalary", "limit", "sort"));
    }

    @Test
    void shouldAnswer400ForAmountsBeyondTheCentOrTheBound() {
        for (String amount : List.of("12.345", "1e-999999999", "20000000", "1e999999999")) {
            given().queryParam("certification", "cca").queryParam("currentSalary", amount).queryParam("maxCost", amount)
                    .when().get("/v1/pathways")
                    .then().statusCode(400).body("invalidParams.name", contains("maxCost", "currentSalary"));
        }
        given().queryParam("certification", "cca").queryParam("currentSalary", "38000.50")
                .when().get("/v1/pathways")
                .then().statusCode(200).body("assumptions.currentSalary.amount.amount", equalTo(38000.5f));
    }

    @Test
    void shouldAnswer400ForACursorOfAnotherSort() {
        String cursor = given().queryParam("certification", "cpc").queryParam("limit", 1)
                .when().get("/v1/pathways").then().statusCode(200).extract().path("page.nextCursor");
        given().queryParam("certification", "cpc").queryParam("sort", "months").queryParam("cursor", cursor)
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", contains("cursor"));
        given().queryParam("certification", "cpc").queryParam("cursor", "not-a-cursor")
                .when().get("/v1/pathways")
                .then().statusCode(400).body("invalidParams.name", contains("cursor"));
    }
}
