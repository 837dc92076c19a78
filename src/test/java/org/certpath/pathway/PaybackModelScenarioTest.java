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
                null, List.of()));

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
        assertEquals(false, payback.credentialPremiumMeasured());
        assertEquals(PaybackModel.NO_PREMIUM_MEASURED, payback.premiumNote());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
