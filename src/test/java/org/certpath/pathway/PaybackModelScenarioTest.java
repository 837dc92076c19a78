package org.certpath.pathway;

import org.certpath.pathway.Payback.Assumption;
import org.certpath.pathway.Payback.Cost;
import org.certpath.pathway.Payback.MonthsBasis;
import org.certpath.pathway.Payback.NoBreakEven;
import org.certpath.pathway.Payback.PathOutcome;
import org.certpath.pathway.Payback.PayPath;
import org.certpath.pathway.Payback.RateChoice;
import org.certpath.pathway.Payback.RateReason;
import org.certpath.pathway.PaybackInput.Baseline;
import org.certpath.pathway.PaybackInput.BaselineBasis;
import org.certpath.pathway.PaybackInput.CredentialCosts;
import org.certpath.pathway.PaybackInput.ExamRate;
import org.certpath.pathway.PaybackInput.OccupationWages;
import org.certpath.pathway.PaybackInput.Route;
import org.certpath.pathway.PaybackInput.Settings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenarios whose every figure is computed by hand in the comments, independently of the model's code.
 *
 * <p>The wages are round, illustrative figures (not an edition's), chosen so that each path climbs $7,200 or
 * $14,400 over the 60 months of progression: $10 or $20 a year more pay for each month of experience.
 *
 * <p>Notation: b baseline, T months to credential, H horizon months, s and e a path's start and end wages,
 * U the costs paid at time 0, ce the annual continuing-education cost. In experience month k (calendar month
 * T + k) the monthly gain over the baseline is (s - b)/12 + (e - s)(k - 1)/(60 * 12) - ce/12. Undiscounted,
 * k months of it add up to k(s - b - ce)/12 + ((e - s)/720) * k(k - 1)/2. Discounted at i = rate/12 a month,
 * v = 1/(1 + i): a_n = (1 - v^n)/i, (Ia)_n = ((1 + i)a_n - n v^n)/i, and the n months worked are worth
 * v^T [ (s - b - ce)/12 * a_n + (e - s)/720 * ((Ia)_n - a_n) ] at time 0.
 */
class PaybackModelScenarioTest {

    private static final OccupationWages NATIONAL = new OccupationWages(money("36000"), money("43200"),
            money("50400"), money("57600"), "US", false, "illustrative national figures");
    private static final OccupationWages NEW_JERSEY = new OccupationWages(money("40800"), money("48000"),
            money("55200"), money("69600"), "NJ", false, "illustrative New Jersey figures");
    private static final Baseline HIGH_SCHOOL_ENTRY = new Baseline(money("46800"),
            BaselineBasis.HIGH_SCHOOL_ENTRY_MEDIAN,
            "BLS Employment Projections 2024, median wage of occupations entered with a high school diploma");
    private static final OccupationWages NATIONAL_FOR_TEXAS = new OccupationWages(money("36000"), money("43200"),
            money("50400"), money("57600"), "US", true, "illustrative national figures");

    /**
     * Exam only, non-member rate (cheaper), salary given, a state (TX) without wages of its own: national figures.
     * All settings at their defaults: 5 years (H = 60), 3 % a year, studying while working. This is the README's
     * worked example.
     *
     * <pre>
     * T = 3, the default study period (no recommendation published). Attempts = 1 / 0.80 = 1.25.
     * Non-member: exam 299 * 1.25 = 373.75; member: 229 * 1.25 = 286.25 plus one year's dues 249 = 535.25.
     * Shared: books 150; renewals at T + 24 = 27 and T + 48 = 51 (75 is past 60): 2 * 218 = 436;
     *   continuing education 120 * (60 - 3)/12 = 570.
     * Non-member total 150 + 373.75 + 436 + 570 = 1529.75; member 150 + 535.25 + 436 + 570 = 1691.25: non-member.
     * U = 150 + 373.75 = 523.75; ce/12 = 10 a month.
     * Break-even, b = 40,000, running total at T + k = -523.75 - renewals so far + k(s - b - 120)/12 + 5k(k - 1):
     *   low (36,000 to 43,200): k(-4,120)/12 + 5k(k - 1) = 5k^2 - 348.33k, negative until k = 69.7 > 57: none;
     *     pay in month 60 is 36,000 + 7,200 * 56/60 = 42,720 > 40,000, so the reason is the horizon.
     *   central (43,200 to 50,400): 5k^2 + 251.67k: k = 2 gives 523.33 < 523.75; k = 3 gives 800 > 523.75:
     *     month 3 + 3 = 6.
     *   high (50,400 to 57,600): k = 1 gives 10,280/12 = 856.67 > 523.75: month 4.
     * Net gain, i = 0.0025, n = 57: v^3 = 0.9925373443, v^57 = 0.8673417788, a_57 = 53.0632884707,
     *   (Ia)_57 = 1502.9861195944; renewals now worth 218 (v^27 + v^51) = 395.7223092600.
     *   low: v^3 [ -4,120/12 * 53.0632884707 + 10 * 1449.9228311237 ] = -3691.4125313985;
     *     -523.75 - 395.7223092600 - 3691.4125313985 = -4610.88
     *   central: v^3 [ 3,080/12 * 53.0632884707 + 14499.228311237 ] = 27908.9647208186; net 26989.49
     *   high: v^3 [ 10,280/12 * 53.0632884707 + 14499.228311237 ] = 59509.3419730357; net 58589.87
     * </pre>
     */
    @Test
    void shouldPriceExamOnlyRouteAtTheCheaperNonMemberRateWithNationalWagesStandingIn() {
        Payback payback = PaybackModel.payback(new PaybackInput(
                Baseline.chosen(money("40000"), null, null), NATIONAL_FOR_TEXAS,
                Route.examOnly(null, money("150")),
                new CredentialCosts(money("229"), money("299"), money("249"), false, new BigDecimal("0.80"),
                        money("218"), 24, money("120")),
                null));

        assertEquals(new Cost(money("0.00"), money("150.00"), money("373.75"), money("0.00"), money("436.00"),
                money("570.00"), money("1529.75"), money("1529.75"), true, money("0.00")), payback.cost());
        assertEquals(3, payback.monthsToCredential());
        assertEquals(MonthsBasis.DEFAULT_STUDY_PERIOD, payback.monthsBasis());
        assertEquals(new RateChoice(ExamRate.NON_MEMBER, RateReason.CHEAPER, money("1691.25"), money("1529.75")),
                payback.examRate());
        assertEquals(new BigDecimal("1.25"), payback.expectedAttempts());
        assertEquals(List.of(
                new PathOutcome(PayPath.LOW, money("36000"), money("43200"), null,
                        NoBreakEven.NOT_REPAID_WITHIN_HORIZON, money("-4610.88")),
                new PathOutcome(PayPath.CENTRAL, money("43200"), money("50400"), 6, null, money("26989.49")),
                new PathOutcome(PayPath.HIGH, money("50400"), money("57600"), 4, null, money("58589.87"))),
                payback.paths());
        assertEquals(List.of(), payback.missing());
        assertEquals(List.of(Assumption.NATIONAL_WAGES, Assumption.DEFAULT_STUDY_PERIOD), payback.assumptions());
        assertEquals(new Payback.Used(new Baseline(money("40000"), BaselineBasis.CURRENT_SALARY, "as given"),
                NATIONAL_FOR_TEXAS, 5, new BigDecimal("0.03"), true, 60), payback.used());
    }

    /**
     * A program, member rate (cheaper: the credential requires the membership, so both rates pay the dues), the
     * median of the occupation the person named as baseline, a state (NJ) with wages of its own. Books unknown,
     * no pass rate published. Defaults: H = 60, 3 %, studying while working.
     *
     * <pre>
     * T = 6 (the program). Attempts 1 (no pass rate). Dues every year from time 0: 0, 12, 24, 36, 48: 5 * 205 = 1025
     *   under both rates. Renewals at 30 and 54: 2 * 0 = 0. Continuing education 300 * 54/12 = 1350.
     * Member: 2400 + 399 + 1025 + 0 + 1350 = 5174 known; non-member 2400 + 499 + 1025 + 0 + 1350 = 5274 known.
     *   Both lack only the books, so the comparison is fair: member, cheaper. Totals unknown (books).
     * U = 2400 + 399 + 205 = 3004; ce/12 = 25; b = 31,200.
     * Break-even at 6 + k, running total -3004 + k(s - b - 300)/12 + g k(k - 1)/2 (no dues before month 12):
     *   low (40,800 to 48,000, g = 10): 775k + 5k(k - 1): k = 3 gives 2355, k = 4 gives 3160 > 3004: month 10.
     *   central (48,000 to 55,200): 1375k + 5k(k - 1): k = 2 gives 2760, k = 3 gives 4155: month 9.
     *   high (55,200 to 69,600, g = 20): 1975k + 10k(k - 1): k = 1 gives 1975, k = 2 gives 3970: month 8.
     * Net gain, n = 54: v^6 = 0.9851303799, a_54 = 50.45475265, (Ia)_54 - a_54 = 1306.4577031152;
     *   later dues now worth 205 (v^12 + v^24 + v^36 + v^48) = 761.2478235108.
     *   low: v^6 [ 9,300/12 * 50.45475265 + 10 * 1306.4577031152 ] = 51391.3067093574;
     *     -3004 - 761.2478235108 + 51391.3067093574 = 47626.06
     *   central: v^6 [ 16,500/12 * 50.45475265 + 13064.577031152 ] = 81214.0124968107; net 77448.76
     *   high: v^6 [ 23,700/12 * 50.45475265 + 20 * 1306.4577031152 ] = 123907.0300181609; net 120141.78
     * </pre>
     */
    @Test
    void shouldPriceProgramAtTheMemberRateWhenTheCredentialRequiresTheMembershipAnyway() {
        Baseline cashier = new Baseline(money("31200"), BaselineBasis.CURRENT_OCCUPATION_MEDIAN,
                "BLS OEWS May 2024, 41-2011, NJ");
        Payback payback = PaybackModel.payback(new PaybackInput(
                Baseline.chosen(null, cashier, HIGH_SCHOOL_ENTRY), NEW_JERSEY,
                Route.program(money("2400"), 6, false, null),
                new CredentialCosts(money("399"), money("499"), money("205"), true, null, money("0"), 24,
                        money("300")),
                Settings.DEFAULTS));

        assertEquals(new Cost(money("2400.00"), null, money("399.00"), money("1025.00"), money("0.00"),
                money("1350.00"), null, money("5174.00"), false, money("0.00")), payback.cost());
        assertEquals(6, payback.monthsToCredential());
        assertEquals(MonthsBasis.PROGRAM, payback.monthsBasis());
        assertEquals(new RateChoice(ExamRate.MEMBER, RateReason.CHEAPER, money("5174.00"), money("5274.00")),
                payback.examRate());
        assertEquals(new BigDecimal("1.00"), payback.expectedAttempts());
        assertEquals(List.of(
                new PathOutcome(PayPath.LOW, money("40800"), money("48000"), 10, null, money("47626.06")),
                new PathOutcome(PayPath.CENTRAL, money("48000"), money("55200"), 9, null, money("77448.76")),
                new PathOutcome(PayPath.HIGH, money("55200"), money("69600"), 8, null, money("120141.78"))),
                payback.paths());
        assertEquals(List.of("booksAndMaterials"), payback.missing());
        assertEquals(List.of(Assumption.PASS_RATE_UNKNOWN), payback.assumptions());
        assertEquals(new Payback.Used(cashier, NEW_JERSEY, 5, new BigDecimal("0.03"), true, 60), payback.used());
    }

    /**
     * A program studied full time (wages forgone), non-member rate (cheaper), the default baseline (median wage of
     * high-school-entry occupations), national wages asked for nationally (no fallback), no discounting, ten years.
     * The program includes the first attempt; a 50 % pass rate adds one retake. Past 60 months of experience
     * the paths stay at their end wage.
     *
     * <pre>
     * T = 12, H = 120. Attempts 1 / 0.5 = 2.00, one of them paid: non-member 299; member 229 + dues 249 = 478.
     * Renewals at 36, 60, 84, 108 (132 is past 120): 4 * 218 = 872. Continuing education 120 * 108/12 = 1080.
     * Non-member: 4800 + 600 + 299 + 0 + 872 + 1080 = 7651; member 4800 + 600 + 478 + 872 + 1080 = 7830.
     * Forgone: 46,800 * 12/12 = 46,800. U = 4800 + 600 + 299 = 5699.
     * At rate 0 the net gain is the plain sum. Annual pay in experience month k is s + 120(k - 1) up to k = 61,
     * then e; the 108 months worked add up to 61s + 120 * (0 + ... + 60) + 47e = 61s + 219,600 + 47e a year,
     * less 108 * 46,800 = 5,054,400, over 12. Costs besides: 5699 + 46,800 + 872 + 1080 = 54,451.
     *   low (36,000 to 43,200): (2,196,000 + 219,600 + 2,030,400 - 5,054,400)/12 = -50,700; net -105,151.
     *     Its pay never passes 43,200 < 46,800: it never pays more than the baseline.
     *   central (43,200 to 50,400): (2,635,200 + 219,600 + 2,368,800 - 5,054,400)/12 = 14,100; net -40,351.
     *     Pay reaches 50,400 > 46,800, but the total stays below zero: not repaid within the horizon.
     *   high (50,400 to 57,600): (3,074,400 + 219,600 + 2,707,200 - 5,054,400)/12 = 78,900; net 24,449.
     *     Break-even: month gain 300 + 10(k - 1) - 10, so 5k^2 + 285k by k = 61: 35,990; then 890 a month.
     *     Owed by then 5699 + 46,800 = 52,499 plus renewals: 654 once k reaches 72 (month 84).
     *     35,990 + 890 * 19 = 52,900 < 53,153 at k = 80; 35,990 + 890 * 20 = 53,790 > 53,153 at k = 81: month 93.
     * </pre>
     */
    @Test
    void shouldCountForgoneWagesAndRetakesForAFullTimeProgramOverTenYears() {
        Payback payback = PaybackModel.payback(new PaybackInput(
                Baseline.chosen(null, null, HIGH_SCHOOL_ENTRY), NATIONAL,
                Route.program(money("4800"), 12, true, money("600")),
                new CredentialCosts(money("229"), money("299"), money("249"), false, new BigDecimal("0.5"),
                        money("218"), 24, money("120")),
                new Settings(10, BigDecimal.ZERO, false, null)));

        assertEquals(new Cost(money("4800.00"), money("600.00"), money("299.00"), money("0.00"), money("872.00"),
                money("1080.00"), money("7651.00"), money("7651.00"), true, money("46800.00")), payback.cost());
        assertEquals(12, payback.monthsToCredential());
        assertEquals(MonthsBasis.PROGRAM, payback.monthsBasis());
        assertEquals(new RateChoice(ExamRate.NON_MEMBER, RateReason.CHEAPER, money("7830.00"), money("7651.00")),
                payback.examRate());
        assertEquals(new BigDecimal("2.00"), payback.expectedAttempts());
        assertEquals(List.of(
                new PathOutcome(PayPath.LOW, money("36000"), money("43200"), null,
                        NoBreakEven.PAY_NEVER_ABOVE_BASELINE, money("-105151.00")),
                new PathOutcome(PayPath.CENTRAL, money("43200"), money("50400"), null,
                        NoBreakEven.NOT_REPAID_WITHIN_HORIZON, money("-40351.00")),
                new PathOutcome(PayPath.HIGH, money("50400"), money("57600"), 93, null, money("24449.00"))),
                payback.paths());
        assertEquals(List.of(), payback.missing());
        assertEquals(List.of(), payback.assumptions());
        assertEquals(new Payback.Used(HIGH_SCHOOL_ENTRY, NATIONAL, 10, BigDecimal.ZERO, false, 60), payback.used());
    }

    /**
     * Exam only with the issuer's recommended study period, member rate as asked (though dearer), the default
     * baseline where only the all-occupations median is held, a state (NJ) with its own wages. A 25 % pass rate
     * would mean four attempts: capped at three. Defaults otherwise.
     *
     * <pre>
     * T = 2 (recommended). Attempts min(1 / 0.25, 3) = 3.00. Member: 3 * 125 = 375 and one year's dues 50;
     *   non-member 3 * 160 = 480. Renewals at 26 and 50: 2 * 169 = 338. Continuing education 60 * 58/12 = 290.
     * Member total 0 + 0 + 375 + 50 + 338 + 290 = 1053; non-member 480 + 338 + 290 = 1108. U = 375 + 50 = 425.
     * b = 49,500, ce/12 = 5. Break-even at 2 + k:
     *   low (40,800 to 48,000): pay at most 40,800 + 7,200 * 57/60 = 47,640 < 49,500: never above the baseline.
     *   central (48,000 to 55,200): running 5k^2 - 135k - 425 - 169 (renewal at month 26, k = 24):
     *     k = 30: 4500 - 4050 = 450 < 594; k = 31: 4805 - 4185 = 620 > 594: month 33.
     *   high (55,200 to 69,600, g = 20): 470k + 10k(k - 1): k = 1 gives 470 > 425: month 3.
     * Net gain, n = 58: v^2 = 0.9950186877, a_58 = 53.9284673025, (Ia)_58 - a_58 = 1499.238024533;
     *   renewals now worth 169 (v^26 + v^50) = 307.5424905532.
     *   low: v^2 [ -8,760/12 * 53.9284673025 + 10 * 1499.238024533 ] = -24253.9794010986;
     *     -425 - 307.5424905532 - 24253.9794010986 = -24986.52
     *   central: v^2 [ -1,560/12 * 53.9284673025 + 14992.38024533 ] = 7941.9202577188; net 7209.38
     *   high: v^2 [ 5,640/12 * 53.9284673025 + 20 * 1499.238024533 ] = 55055.5184336654; net 54322.98
     * </pre>
     */
    @Test
    void shouldPriceTheRequestedMemberRateAndCapExpectedAttempts() {
        Baseline allOccupations = new Baseline(money("49500"), BaselineBasis.ALL_OCCUPATIONS_MEDIAN,
                "BLS OEWS May 2024, 00-0000, NJ");
        Payback payback = PaybackModel.payback(new PaybackInput(
                Baseline.chosen(null, null, allOccupations), NEW_JERSEY,
                Route.examOnly(2, money("0")),
                new CredentialCosts(money("125"), money("160"), money("50"), false, new BigDecimal("0.25"),
                        money("169"), 24, money("60")),
                new Settings(null, null, null, ExamRate.MEMBER)));

        assertEquals(new Cost(money("0.00"), money("0.00"), money("375.00"), money("50.00"), money("338.00"),
                money("290.00"), money("1053.00"), money("1053.00"), true, money("0.00")), payback.cost());
        assertEquals(2, payback.monthsToCredential());
        assertEquals(MonthsBasis.ISSUER_RECOMMENDATION, payback.monthsBasis());
        assertEquals(new RateChoice(ExamRate.MEMBER, RateReason.REQUESTED, money("1053.00"), money("1108.00")),
                payback.examRate());
        assertEquals(new BigDecimal("3.00"), payback.expectedAttempts());
        assertEquals(List.of(
                new PathOutcome(PayPath.LOW, money("40800"), money("48000"), null,
                        NoBreakEven.PAY_NEVER_ABOVE_BASELINE, money("-24986.52")),
                new PathOutcome(PayPath.CENTRAL, money("48000"), money("55200"), 33, null, money("7209.38")),
                new PathOutcome(PayPath.HIGH, money("55200"), money("69600"), 3, null, money("54322.98"))),
                payback.paths());
        assertEquals(List.of(), payback.missing());
        assertEquals(List.of(), payback.assumptions());
        assertEquals(new Payback.Used(allOccupations, NEW_JERSEY, 5, new BigDecimal("0.03"), true, 60),
                payback.used());
    }

    /**
     * A program whose cost and duration are unknown, a credential priced at the member rate alone with a required
     * membership (as the CPC's single price), national wages standing in. Nothing can be timed, so no path has a
     * break-even month or a net gain.
     *
     * <pre>
     * Attempts 1 / 0.69 = 1.4493 -> 1.45. Member: 499 * 1.45 = 723.55; dues 5 * 205 = 1025; books 200.
     * Non-member: fee unknown, which the member rate is not: member, the other rate unknown.
     * Renewals and continuing education run from the credential, whose month is unknown: unknown.
     * Known total 200 + 723.55 + 1025 = 1948.55; missing the months and the program cost.
     * </pre>
     */
    @Test
    void shouldLeaveEveryTimedFigureUnknownWhenTheProgramsDurationIs() {
        Payback payback = PaybackModel.payback(new PaybackInput(
                Baseline.chosen(money("38000"), null, HIGH_SCHOOL_ENTRY), NATIONAL_FOR_TEXAS,
                Route.program(null, null, false, money("200")),
                new CredentialCosts(money("499"), null, money("205"), true, new BigDecimal("0.69"), money("0"), 24,
                        money("300")),
                Settings.DEFAULTS));

        assertEquals(new Cost(null, money("200.00"), money("723.55"), money("1025.00"), null, null, null,
                money("1948.55"), false, money("0.00")), payback.cost());
        assertEquals(null, payback.monthsToCredential());
        assertEquals(MonthsBasis.UNKNOWN, payback.monthsBasis());
        assertEquals(new RateChoice(ExamRate.MEMBER, RateReason.OTHER_RATE_UNKNOWN, money("1948.55"), null),
                payback.examRate());
        assertEquals(new BigDecimal("1.45"), payback.expectedAttempts());
        assertEquals(List.of(
                new PathOutcome(PayPath.LOW, money("36000"), money("43200"), null, NoBreakEven.MONTHS_UNKNOWN, null),
                new PathOutcome(PayPath.CENTRAL, money("43200"), money("50400"), null, NoBreakEven.MONTHS_UNKNOWN,
                        null),
                new PathOutcome(PayPath.HIGH, money("50400"), money("57600"), null, NoBreakEven.MONTHS_UNKNOWN, null)),
                payback.paths());
        assertEquals(List.of("months", "programCost"), payback.missing());
        assertEquals(List.of(Assumption.NATIONAL_WAGES), payback.assumptions());
    }

    /**
     * The salary given is the occupation's median: the central path (25th percentile to median) never pays more,
     * so an exam-only route has no central break-even, and says why.
     *
     * <pre>
     * T = 3 (recommended), non-member 299, pass rate 1: one attempt; member 229 + dues 249 = 478: non-member.
     * Renewal cycle 60: the first falls at 63, past the horizon. No books or continuing education: total 299.
     * b = 50,400 = the median. Central pay at k = 57 is 43,200 + 7,200 * 56/60 = 49,920 < 50,400.
     *   low: never above the baseline either (at most 36,000 + 7,200 * 56/60 = 42,720).
     *   high (50,400 to 57,600): gain 10(k - 1), running 5k(k - 1) - 299: k = 8 gives 280, k = 9 gives 360: month 12.
     * Net gain, n = 57: v^3 = 0.9925373443, a_57 = 53.0632884707, (Ia)_57 - a_57 = 1449.9228311237.
     *   low: v^3 [ -14,400/12 * 53.0632884707 + 14499.228311237 ] = -48809.7289415084; -299 + that = -49108.73
     *   central: v^3 [ -7,200/12 * 53.0632884707 + 14499.228311237 ] = -17209.3516892914; net -17508.35
     *   high: v^3 [ 0 + 14499.228311237 ] = 14391.0255629257; net 14092.03
     * </pre>
     */
    @Test
    void shouldNotBreakEvenOnTheCentralPathWhenTheSalaryIsAlreadyTheMedian() {
        Payback payback = PaybackModel.payback(new PaybackInput(
                Baseline.chosen(NATIONAL.median(), null, HIGH_SCHOOL_ENTRY), NATIONAL,
                Route.examOnly(3, money("0")),
                new CredentialCosts(money("229"), money("299"), money("249"), false, BigDecimal.ONE, money("218"), 60,
                        money("0")),
                Settings.DEFAULTS));

        PathOutcome central = payback.paths().get(1);
        assertEquals(new PathOutcome(PayPath.CENTRAL, money("43200"), money("50400"), null,
                NoBreakEven.PAY_NEVER_ABOVE_BASELINE, money("-17508.35")), central);
        assertEquals("On this path the occupation never pays more than the baseline, so nothing repays the cost.",
                central.noBreakEven().explanation());
        assertEquals(new PathOutcome(PayPath.LOW, money("36000"), money("43200"), null,
                NoBreakEven.PAY_NEVER_ABOVE_BASELINE, money("-49108.73")), payback.paths().get(0));
        assertEquals(new PathOutcome(PayPath.HIGH, money("50400"), money("57600"), 12, null, money("14092.03")),
                payback.paths().get(2));
        assertEquals(new Cost(money("0.00"), money("0.00"), money("299.00"), money("0.00"), money("0.00"),
                money("0.00"), money("299.00"), money("299.00"), true, money("0.00")), payback.cost());
        assertEquals(new RateChoice(ExamRate.NON_MEMBER, RateReason.CHEAPER, money("478.00"), money("299.00")),
                payback.examRate());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
