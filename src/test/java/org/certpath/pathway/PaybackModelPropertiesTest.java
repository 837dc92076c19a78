package org.certpath.pathway;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.certpath.pathway.Payback.PathOutcome;
import org.certpath.pathway.PaybackInput.Baseline;
import org.certpath.pathway.PaybackInput.BaselineBasis;
import org.certpath.pathway.PaybackInput.CredentialCosts;
import org.certpath.pathway.PaybackInput.ExamRate;
import org.certpath.pathway.PaybackInput.OccupationWages;
import org.certpath.pathway.PaybackInput.Route;
import org.certpath.pathway.PaybackInput.RouteKind;
import org.certpath.pathway.PaybackInput.Settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold for every input, not just the hand-computed scenarios: the figures move the right way when the
 * inputs do. Inputs span wages of $15,000 to $150,000, costs up to $20,000 (any of them unknown), programs of
 * 0 to 48 months, horizons of 1 to 10 years and discount rates of 0 to 10 %.
 */
class PaybackModelPropertiesTest {

    /** A break-even month that never comes counts as later than any month. */
    private static final int NEVER = Integer.MAX_VALUE;
    /** The model rounds the net gain to the cent; an independent sum in doubles agrees within that rounding. */
    private static final double CENT = 0.01;

    @Property
    void higherBaselineNeverBringsBreakEvenEarlier(
            @ForAll("inputs") PaybackInput input,
            @ForAll @BigRange(min = "0", max = "50000") @Scale(2) BigDecimal raise) {
        BigDecimal higher = input.baseline().annualWage().add(raise);
        PaybackInput raised = with(input, new Baseline(higher, BaselineBasis.CURRENT_SALARY, "as given"));

        assertNoPathBreaksEvenEarlier(PaybackModel.payback(input), PaybackModel.payback(raised));
    }

    @Property
    void higherCostNeverIncreasesNetGain(@ForAll("inputs") PaybackInput input,
                                         @ForAll @IntRange(max = 6) int whichCost,
                                         @ForAll @BigRange(min = "0.01", max = "5000") @Scale(2) BigDecimal extra) {
        PaybackInput dearer = withCostRaised(input, whichCost, extra);

        List<PathOutcome> before = PaybackModel.payback(input).paths();
        List<PathOutcome> after = PaybackModel.payback(dearer).paths();
        for (int path = 0; path < before.size(); path++) {
            BigDecimal gainBefore = before.get(path).netGain();
            BigDecimal gainAfter = after.get(path).netGain();
            if (gainBefore != null) {
                assertTrue(gainAfter.compareTo(gainBefore) <= 0, gainAfter + " > " + gainBefore);
            }
        }
    }

    @Property
    void moreMonthsNeverBringBreakEvenEarlier(@ForAll("inputs") PaybackInput input,
                                              @ForAll @IntRange(min = 1, max = 24) int moreMonths) {
        Payback before = PaybackModel.payback(input);
        Route route = input.route();
        int longer = before.monthsToCredential() == null ? moreMonths : before.monthsToCredential() + moreMonths;
        PaybackInput slower = with(input, new Route(route.kind(), route.programCost(), longer, route.examFeeIncluded(),
                route.booksAndMaterials()));

        assertNoPathBreaksEvenEarlier(before, PaybackModel.payback(slower));
    }

    @Property
    void baselineAtOrAboveTheHighPathNeverBreaksEven(
            @ForAll("inputs") PaybackInput input,
            @ForAll @BigRange(min = "0", max = "50000") @Scale(2) BigDecimal above) {
        BigDecimal atOrAbove = input.wages().p75().add(above);
        PaybackInput unpaid = with(input, new Baseline(atOrAbove, BaselineBasis.CURRENT_SALARY, "as given"));

        for (PathOutcome path : PaybackModel.payback(unpaid).paths()) {
            assertNull(path.breakEvenMonth(), path::toString);
        }
    }

    @Property
    void netGainAtZeroCostAndZeroMonthsIsTheDiscountedWageDifference(
            @ForAll("wages") OccupationWages wages, @ForAll("baselines") BigDecimal baseline,
            @ForAll @IntRange(min = 1, max = 10) int horizonYears,
            @ForAll @BigRange(min = "0", max = "0.10") @Scale(4) BigDecimal discountRate,
            @ForAll boolean whileWorking) {
        BigDecimal zero = BigDecimal.ZERO;
        Payback payback = PaybackModel.payback(new PaybackInput(
                new Baseline(baseline, BaselineBasis.CURRENT_SALARY, "as given"), wages,
                Route.program(zero, 0, false, zero),
                new CredentialCosts(zero, zero, zero, false, BigDecimal.ONE, zero, 24, zero),
                new Settings(horizonYears, discountRate, whileWorking, null), List.of()));

        BigDecimal[][] ends = {
                {wages.p10(), wages.p25()}, {wages.p25(), wages.median()}, {wages.median(), wages.p75()}};
        for (int path = 0; path < ends.length; path++) {
            double expected = discountedWageDifference(ends[path][0].doubleValue(), ends[path][1].doubleValue(),
                    baseline.doubleValue(), horizonYears * 12, discountRate.doubleValue());
            assertEquals(expected, payback.paths().get(path).netGain().doubleValue(), CENT);
        }
    }

    @Property
    void examOnlyRouteNeverTakesZeroMonths(@ForAll("inputs") PaybackInput input) {
        Payback payback = PaybackModel.payback(input);

        if (input.route().kind() == RouteKind.EXAM_ONLY) {
            assertTrue(payback.monthsToCredential() > 0);
        }
    }

    /**
     * The sum the model's README states, written out afresh: pay climbs in equal monthly steps from start to end
     * over 60 months of experience, then stays; every month's pay over the baseline is discounted at rate/12.
     */
    private static double discountedWageDifference(double start, double end, double baseline, int horizon,
                                                   double annualRate) {
        double total = 0;
        for (int month = 1; month <= horizon; month++) {
            double pay = start + (end - start) * Math.min(month - 1, 60) / 60.0;
            total += (pay - baseline) / 12 / Math.pow(1 + annualRate / 12, month);
        }
        return total;
    }

    private static void assertNoPathBreaksEvenEarlier(Payback before, Payback after) {
        for (int path = 0; path < before.paths().size(); path++) {
            int monthBefore = monthOrNever(before.paths().get(path));
            int monthAfter = monthOrNever(after.paths().get(path));
            assertTrue(monthAfter >= monthBefore, monthAfter + " < " + monthBefore);
        }
    }

    private static int monthOrNever(PathOutcome outcome) {
        return outcome.breakEvenMonth() == null ? NEVER : outcome.breakEvenMonth();
    }

    @Provide
    Arbitrary<OccupationWages> wages() {
        Arbitrary<BigDecimal> step = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30000"))
                .ofScale(0);
        return Combinators.combine(
                        Arbitraries.bigDecimals().between(new BigDecimal("15000"), new BigDecimal("60000")).ofScale(0),
                        step, step, step, Arbitraries.of(true, false))
                .as((p10, toP25, toMedian, toP75, fallback) -> new OccupationWages(p10, p10.add(toP25),
                        p10.add(toP25).add(toMedian), p10.add(toP25).add(toMedian).add(toP75), "XX", fallback,
                        "generated"));
    }

    @Provide
    Arbitrary<BigDecimal> baselines() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150000")).ofScale(2);
    }

    @Provide
    Arbitrary<PaybackInput> inputs() {
        Arbitrary<Baseline> baseline = baselines().map(b -> new Baseline(b, BaselineBasis.CURRENT_SALARY, "as given"));
        return Combinators.combine(baseline, wages(), routes(), credentials(), settings())
                .as((b, w, r, c, s) -> new PaybackInput(b, w, r, c, s, List.of()));
    }

    private static Arbitrary<BigDecimal> cost(String max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(max)).ofScale(2).injectNull(0.1);
    }

    private static Arbitrary<Route> routes() {
        Arbitrary<Route> examOnly = Combinators.combine(Arbitraries.integers().between(1, 12).injectNull(0.3),
                cost("2000")).as(Route::examOnly);
        Arbitrary<Route> program = Combinators.combine(cost("20000"), Arbitraries.integers().between(0, 48),
                Arbitraries.of(true, false), cost("2000")).as(Route::program);
        return Arbitraries.oneOf(examOnly, program);
    }

    private static Arbitrary<CredentialCosts> credentials() {
        Arbitrary<BigDecimal> passRate = Arbitraries.bigDecimals().between(new BigDecimal("0.05"), BigDecimal.ONE)
                .ofScale(2).injectNull(0.3);
        Arbitrary<Integer> cycle = Arbitraries.integers().between(12, 60).injectNull(0.1);
        return Combinators.combine(cost("1000"), cost("1000"), cost("500"), Arbitraries.of(true, false), passRate,
                        cost("500"), cycle, cost("1000"))
                .as(CredentialCosts::new);
    }

    private static Arbitrary<Settings> settings() {
        return Combinators.combine(Arbitraries.integers().between(1, 10).injectNull(0.2),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.10")).ofScale(4)
                                .injectNull(0.2),
                        Arbitraries.of(true, false).injectNull(0.2),
                        Arbitraries.of(ExamRate.class).injectNull(0.5))
                .as(Settings::new);
    }

    private static PaybackInput with(PaybackInput input, Baseline baseline) {
        return new PaybackInput(baseline, input.wages(), input.route(), input.credential(), input.settings(),
                input.credentialPremiumEvidence());
    }

    private static PaybackInput with(PaybackInput input, Route route) {
        return new PaybackInput(input.baseline(), input.wages(), route, input.credential(), input.settings(),
                input.credentialPremiumEvidence());
    }

    /** The input with one known cost raised by {@code extra}; an unknown one stays unknown. */
    private static PaybackInput withCostRaised(PaybackInput input, int whichCost, BigDecimal extra) {
        UnaryOperator<BigDecimal> raise = amount -> amount == null ? null : amount.add(extra);
        Route r = input.route();
        CredentialCosts c = input.credential();
        return switch (whichCost) {
            case 0 -> with(input, new Route(r.kind(), raise.apply(r.programCost()), r.months(), r.examFeeIncluded(),
                    r.booksAndMaterials()));
            case 1 -> with(input, new Route(r.kind(), r.programCost(), r.months(), r.examFeeIncluded(),
                    raise.apply(r.booksAndMaterials())));
            default -> new PaybackInput(input.baseline(), input.wages(), r, new CredentialCosts(
                    whichCost == 2 ? raise.apply(c.examFeeMember()) : c.examFeeMember(),
                    whichCost == 3 ? raise.apply(c.examFeeNonMember()) : c.examFeeNonMember(),
                    whichCost == 4 ? raise.apply(c.membershipAnnualDues()) : c.membershipAnnualDues(),
                    c.membershipRequired(), c.firstTimePassRate(),
                    whichCost == 5 ? raise.apply(c.renewalFee()) : c.renewalFee(), c.renewalCycleMonths(),
                    whichCost == 6 ? raise.apply(c.continuingEducationAnnualCost())
                            : c.continuingEducationAnnualCost()),
                    input.settings(), input.credentialPremiumEvidence());
        };
    }
}
