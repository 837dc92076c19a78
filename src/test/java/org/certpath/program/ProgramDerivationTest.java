package org.certpath.program;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramDerivationTest {

    @Test
    void shouldDeriveMonthsFromSemesterCreditsAtFifteenAFourMonthSemester() {
        var months = ProgramDerivation.months(new BigDecimal(60), ProgramDerivation.Unit.SEMESTER_CREDITS, "2024-25").orElseThrow();
        assertEquals(16, months.value());
        assertEquals(ProgramDerivation.SEMESTER_METHOD, months.method());
        assertEquals("60 semester credits (2024-25)", months.inputs());
    }

    @Test
    void shouldDeriveMonthsFromQuarterCreditsClockHoursAndWeeks() {
        assertEquals(19, ProgramDerivation.months(new BigDecimal(96), ProgramDerivation.Unit.QUARTER_CREDITS, null)
                .orElseThrow().value());
        // 600 / (30 x 4.33) = 4.62
        assertEquals(5, ProgramDerivation.months(new BigDecimal(600), ProgramDerivation.Unit.CLOCK_HOURS, null)
                .orElseThrow().value());
        // 26 / 4.33 = 6.00
        assertEquals(6, ProgramDerivation.monthsOfWeeks(new BigDecimal(26), null).orElseThrow().value());
        assertEquals(1, ProgramDerivation.monthsOfWeeks(new BigDecimal(1), null).orElseThrow().value());
    }

    @Test
    void shouldDeriveNoDegreesLengthFromTheContactHoursItsListingGives() {
        BigDecimal hours = new BigDecimal(1120);
        assertTrue(ProgramDerivation.monthsOf(hours, ProgramDerivation.Unit.CLOCK_HOURS, "associate", null).isEmpty());
        assertTrue(ProgramDerivation.monthsOf(hours, ProgramDerivation.Unit.CLOCK_HOURS, "bachelor", null).isEmpty());
        // 1120 / (30 x 4.33) = 8.62: a certificate, or a program of unknown award, taught in hours.
        for (String award : new String[] {"certificate", "diploma", "non_credit", null}) {
            assertEquals(9, ProgramDerivation.monthsOf(hours, ProgramDerivation.Unit.CLOCK_HOURS, award, null)
                    .orElseThrow().value());
        }
        // A degree's credits still measure it.
        assertEquals(16, ProgramDerivation.monthsOf(new BigDecimal(60), ProgramDerivation.Unit.SEMESTER_CREDITS,
                "associate", null).orElseThrow().value());
    }

    @Test
    void shouldTellWeeksThatCannotHoldAListingsClockHours() {
        assertFalse(ProgramDerivation.weeksHoldHours(BigDecimal.ONE, new BigDecimal(784)));
        assertTrue(ProgramDerivation.weeksHoldHours(BigDecimal.ONE, new BigDecimal(168)));
        assertTrue(ProgramDerivation.weeksHoldHours(BigDecimal.TEN, new BigDecimal(516)));
        assertTrue(ProgramDerivation.weeksHoldHours(null, new BigDecimal(784)));
        assertTrue(ProgramDerivation.weeksHoldHours(BigDecimal.ONE, null));
    }

    @Test
    void shouldTellContactHoursTooFewForTheListedWeeks() {
        assertFalse(ProgramDerivation.hoursFillWeeks(new BigDecimal(80), new BigDecimal(60)));
        assertFalse(ProgramDerivation.hoursFillWeeks(new BigDecimal(32), new BigDecimal(34)));
        assertTrue(ProgramDerivation.hoursFillWeeks(new BigDecimal(16), new BigDecimal(32)));
        assertTrue(ProgramDerivation.hoursFillWeeks(new BigDecimal(52), new BigDecimal(136)));
        assertTrue(ProgramDerivation.hoursFillWeeks(new BigDecimal(64), new BigDecimal(1152)));
        assertTrue(ProgramDerivation.hoursFillWeeks(null, new BigDecimal(60)));
        assertTrue(ProgramDerivation.hoursFillWeeks(new BigDecimal(80), null));
    }

    @Test
    void shouldReadALengthPublishedInSemesters() {
        Optional<ProgramDerivation.Derived<Integer>> bunkerHill = ProgramDerivation.monthsOfPublishedSemesters(
                "27-credit, evening program designed to be completed by working students over four semesters; 40-hour"
                        + " internship completed in one week in the fall semester");
        assertEquals(16, bunkerHill.orElseThrow().value());
        assertEquals("four semesters", bunkerHill.orElseThrow().inputs());
        assertEquals(ProgramDerivation.SEMESTERS_METHOD, bunkerHill.orElseThrow().method());
        assertEquals(12, ProgramDerivation.monthsOfPublishedSemesters("can be completed in three semesters")
                .orElseThrow().value());
        assertEquals(16, ProgramDerivation.monthsOfPublishedSemesters("two-year (four-semester) program")
                .orElseThrow().value());
        assertEquals(8, ProgramDerivation.monthsOfPublishedSemesters("2 semesters").orElseThrow().value());
        // A range is the range rule's; a semester named but not counted is no length.
        assertTrue(ProgramDerivation.monthsOfPublishedSemesters("4-6 semesters (not including prerequisite courses)")
                .isEmpty());
        assertTrue(ProgramDerivation.monthsOfPublishedSemesters("begins once a year in the fall semester").isEmpty());
        assertTrue(ProgramDerivation.monthsOfPublishedSemesters("first semester (fall) and second semester (spring)")
                .isEmpty());
        assertTrue(ProgramDerivation.monthsOfPublishedSemesters("fall admission (application for fall 2022 semester)")
                .isEmpty());
        assertTrue(ProgramDerivation.monthsOfPublishedSemesters(null).isEmpty());
    }

    @Test
    void shouldKeepADerivedDurationOnlyWithinThePublishedRange() {
        assertTrue(ProgramDerivation.agreesWithPublishedLength(2, "4-11 weeks (NJ ETPL calendar-length category)"));
        assertTrue(ProgramDerivation.agreesWithPublishedLength(1, "4-11 weeks (NJ ETPL calendar-length category)"));
        // 304 clock hours at 30 a week is 2 months; the listing publishes 6-12 months.
        assertFalse(ProgramDerivation.agreesWithPublishedLength(2, "6-12 months (NJ ETPL calendar-length category)"));
        assertTrue(ProgramDerivation.agreesWithPublishedLength(3, "3-5 months (NJ ETPL calendar-length category)"));
        assertFalse(ProgramDerivation.agreesWithPublishedLength(6, "3-5 months (NJ ETPL calendar-length category)"));
        assertTrue(ProgramDerivation.agreesWithPublishedLength(24, "13 months to 2 years (NJ ETPL calendar-length category)"));
        assertFalse(ProgramDerivation.agreesWithPublishedLength(26, "13 months to 2 years (NJ ETPL calendar-length category)"));
        // No range published: nothing to disagree with.
        assertTrue(ProgramDerivation.agreesWithPublishedLength(9, "two-year program"));
        assertTrue(ProgramDerivation.agreesWithPublishedLength(9, null));
    }

    @Test
    void shouldServeAPublishedRangeAsItsLongestEndInWholeMonths() {
        var months = ProgramDerivation.monthsOfPublishedRange("3-5 months (NJ ETPL calendar-length category)").orElseThrow();
        assertEquals(5, months.value());
        assertEquals(ProgramDerivation.RANGE_METHOD, months.method());
        assertEquals("3-5 months", months.inputs());
        assertEquals(24, ProgramDerivation.monthsOfPublishedRange("13 months to 2 years (NJ ETPL)").orElseThrow().value());
        // 18 / 4.33 = 4.16
        assertEquals(4, ProgramDerivation.monthsOfPublishedRange("16-18 weeks (Fall: Aug-Dec; Spring: Jan-May)")
                .orElseThrow().value());
        assertEquals(24, ProgramDerivation.monthsOfPublishedRange("4-6 semesters (not including prerequisite courses)")
                .orElseThrow().value());
        // A semester range is a range the derived months are held to as well.
        assertTrue(ProgramDerivation.agreesWithPublishedLength(20, "5-6 semesters"));
        assertFalse(ProgramDerivation.agreesWithPublishedLength(12, "5-6 semesters"));
    }

    @Test
    void shouldFindNoRangeInALengthThatIsNotOne() {
        for (String text : new String[] {"two-year curriculum", "can be completed in three semesters",
                "2016-2017 catalog (archived)", "January 7, 2017 to May 27, 2017", "fall and spring starts", null}) {
            assertTrue(ProgramDerivation.monthsOfPublishedRange(text).isEmpty(), String.valueOf(text));
        }
    }

    @Test
    void shouldDeriveCostAsCreditsTimesTheRateNamingTheResidency() {
        var cost = ProgramDerivation.cost(new BigDecimal(68), ProgramDerivation.Unit.SEMESTER_CREDITS, new BigDecimal(138),
                "in-district", "2024-25 tuition page").orElseThrow();
        assertEquals(0, new BigDecimal("9384.00").compareTo(cost.value()));
        assertEquals("68 semester credits x $138 in-district (2024-25 tuition page)", cost.inputs());
    }

    @Test
    void shouldDeriveCostAsAcademicYearsTimesAYearsTuitionFromPublishedYearsOrCredits() {
        var published = ProgramDerivation.costOfYears(new BigDecimal(2), "two-year program", null, null,
                new BigDecimal(4870), "in-district", "2022-23").orElseThrow();
        assertEquals(0, new BigDecimal("9740.00").compareTo(published.value()));
        assertEquals(ProgramDerivation.ANNUAL_COST_RULE, published.method());
        assertEquals("2 academic years ('two-year program') x $4870 a year in-district (2022-23)", published.inputs());
        // 67 / 30 x 4800 = 10,720; 106 / 45 x 4458 = 10,501.07
        assertEquals(0, new BigDecimal("10720.00").compareTo(ProgramDerivation.costOfYears(null, null, new BigDecimal(67),
                ProgramDerivation.Unit.SEMESTER_CREDITS, new BigDecimal(4800), null, null).orElseThrow().value()));
        var quarters = ProgramDerivation.costOfYears(null, null, new BigDecimal(106), ProgramDerivation.Unit.QUARTER_CREDITS,
                new BigDecimal(4458), "in-district", null).orElseThrow();
        assertEquals(0, new BigDecimal("10501.07").compareTo(quarters.value()));
        assertEquals("106 quarter credits at 45 a full-time year x $4458 a year in-district", quarters.inputs());
        // Clock hours have no academic year; a stored rule names itself, a cost from before it credits x a rate.
        assertTrue(ProgramDerivation.costOfYears(null, null, new BigDecimal(600), ProgramDerivation.Unit.CLOCK_HOURS,
                new BigDecimal(4458), null, null).isEmpty());
        assertTrue(ProgramDerivation.costOfYears(new BigDecimal(2), "two-year program", null, null, null, null, null).isEmpty());
        assertEquals(ProgramDerivation.COST_RULE, ProgramDerivation.costRule(null));
        assertEquals(ProgramDerivation.ANNUAL_COST_RULE, ProgramDerivation.costRule(ProgramDerivation.ANNUAL_COST_RULE));
    }

    @Test
    void shouldDeriveNothingWithoutItsInputs() {
        assertTrue(ProgramDerivation.months(null, ProgramDerivation.Unit.SEMESTER_CREDITS, null).isEmpty());
        assertTrue(ProgramDerivation.months(new BigDecimal(60), null, null).isEmpty());
        assertTrue(ProgramDerivation.cost(new BigDecimal(60), null, null, null, null).isEmpty());
        assertTrue(ProgramDerivation.monthsOfWeeks(BigDecimal.ZERO, null).isEmpty());
    }
}
