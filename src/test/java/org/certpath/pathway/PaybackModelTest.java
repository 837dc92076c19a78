package org.certpath.pathway;

import org.certpath.pathway.Payback.NoBreakEven;
import org.certpath.pathway.Payback.PathOutcome;
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
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules the hand-computed scenarios do not reach: the baseline's order, unknowns, ties and bad input. */
class PaybackModelTest {

    private static final OccupationWages WAGES = new OccupationWages(money("36000"), money("43200"), money("50400"),
            money("57600"), "US", false, "illustrative");
    private static final Baseline HIGH_SCHOOL_ENTRY = new Baseline(money("46800"),
            BaselineBasis.HIGH_SCHOOL_ENTRY_MEDIAN, "illustrative");
    private static final CredentialCosts NO_EXTRAS = new CredentialCosts(money("229"), money("299"), money("249"),
            false, BigDecimal.ONE, money("0"), 24, money("0"));

    @Test
    void shouldPreferTheSalaryThenTheOccupationThenTheDefaultAsBaseline() {
        Baseline occupation = new Baseline(money("31200"), BaselineBasis.CURRENT_OCCUPATION_MEDIAN, "OEWS");

        assertEquals(new Baseline(money("40000"), BaselineBasis.CURRENT_SALARY, "as given"),
                Baseline.chosen(money("40000"), occupation, HIGH_SCHOOL_ENTRY));
        assertEquals(occupation, Baseline.chosen(null, occupation, HIGH_SCHOOL_ENTRY));
        assertEquals(HIGH_SCHOOL_ENTRY, Baseline.chosen(null, null, HIGH_SCHOOL_ENTRY));
    }

    @Test
    void shouldKeepAGivenOccupationWithoutAMedianUnknownRatherThanTakeTheDefault() {
        Baseline unknownMedian = new Baseline(null, BaselineBasis.CURRENT_OCCUPATION_MEDIAN, "OEWS, not published");

        Payback payback = payback(Baseline.chosen(null, unknownMedian, HIGH_SCHOOL_ENTRY), WAGES, NO_EXTRAS,
                Settings.DEFAULTS);

        assertEquals(unknownMedian, payback.used().baseline());
        assertEquals(List.of("baseline"), payback.missing());
        for (PathOutcome path : payback.paths()) {
            assertEquals(NoBreakEven.BASELINE_UNKNOWN, path.noBreakEven());
            assertEquals(null, path.netGain());
        }
    }

    @Test
    void shouldLeaveOnlyThePathsOfAnUnknownWageUnknown() {
        OccupationWages noP75 = new OccupationWages(money("36000"), money("43200"), money("50400"), null, "US", false,
                "illustrative");

        Payback payback = payback(Baseline.chosen(money("40000"), null, HIGH_SCHOOL_ENTRY), noP75, NO_EXTRAS,
                Settings.DEFAULTS);

        assertEquals(List.of("p75"), payback.missing());
        assertEquals(new PathOutcome(Payback.PayPath.HIGH, money("50400"), null, null, NoBreakEven.WAGES_UNKNOWN, null),
                payback.paths().get(2));
        // Central: 299 paid at 0; gains 3,200/12 = 266.67 in month 4, 276.67 in month 5: repaid in month 5.
        assertEquals(5, payback.paths().get(1).breakEvenMonth());
    }

    @Test
    void shouldTakeTheNonMemberRateWhenBothCostTheSame() {
        CredentialCosts duesEatTheDiscount = new CredentialCosts(money("229"), money("299"), money("70"), false,
                BigDecimal.ONE, money("0"), 24, money("0"));

        Payback payback = payback(HIGH_SCHOOL_ENTRY, WAGES, duesEatTheDiscount, Settings.DEFAULTS);

        assertEquals(new RateChoice(ExamRate.NON_MEMBER, RateReason.SAME_COST, money("299.00"), money("299.00")),
                payback.examRate());
    }

    @Test
    void shouldNameTheFeeAndTakeTheNonMemberRateWhenNeitherRateIsPublished() {
        CredentialCosts unpriced = new CredentialCosts(null, null, money("249"), false, BigDecimal.ONE, money("0"), 24,
                money("0"));

        Payback payback = payback(HIGH_SCHOOL_ENTRY, WAGES, unpriced, Settings.DEFAULTS);

        assertEquals(new RateChoice(ExamRate.NON_MEMBER, RateReason.NEITHER_RATE_KNOWN, null, null),
                payback.examRate());
        assertEquals(List.of("examFeeNonMember"), payback.missing());
        assertEquals(false, payback.cost().complete());
    }

    @Test
    void shouldNotBreakEvenWhenTheCredentialComesAtTheEndOfTheHorizon() {
        Payback payback = PaybackModel.payback(new PaybackInput(HIGH_SCHOOL_ENTRY, WAGES,
                Route.program(money("1000"), 12, false, money("0")), NO_EXTRAS, new Settings(1, null, null, null)));

        for (PathOutcome path : payback.paths()) {
            assertEquals(NoBreakEven.CREDENTIAL_AFTER_HORIZON, path.noBreakEven());
        }
        assertEquals(money("0.00"), payback.cost().continuingEducation());
        assertEquals(money("0.00"), payback.cost().renewalFees());
    }

    @Test
    void shouldRejectFiguresNoSourceCouldPublish() {
        assertThrows(IllegalArgumentException.class, () -> new OccupationWages(money("43200"), money("36000"), null,
                null, "US", false, "p25 below p10"));
        assertThrows(IllegalArgumentException.class, () -> new CredentialCosts(null, null, null, false,
                BigDecimal.ZERO, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> Route.examOnly(0, null));
        assertThrows(IllegalArgumentException.class, () -> Route.program(money("-1"), 6, false, null));
        assertThrows(IllegalArgumentException.class, () -> new Settings(0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Settings(null, new BigDecimal("-0.01"), null, null));
    }

    private static Payback payback(Baseline baseline, OccupationWages wages, CredentialCosts credential,
                                   Settings settings) {
        return PaybackModel.payback(new PaybackInput(baseline, wages, Route.examOnly(3, money("0")), credential,
                settings));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
