package org.certpath.pathway;

import org.certpath.pathway.Payback.PathOutcome;
import org.certpath.pathway.PaybackInput.Baseline;
import org.certpath.pathway.PaybackInput.BaselineBasis;
import org.certpath.pathway.PaybackInput.CredentialCosts;
import org.certpath.pathway.PaybackInput.ExamRate;
import org.certpath.pathway.PaybackInput.OccupationWages;
import org.certpath.pathway.PaybackInput.Route;
import org.certpath.pathway.PaybackInput.RouteKind;
import org.certpath.pathway.PaybackInput.Settings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What must hold for every input, not just the hand-computed scenarios: the figures move the right way when the
 * inputs do. Inputs span wages of $15,000 to $150,000, costs up to $20,000 (any of them unknown), programs of
 * 0 to 48 months, horizons of 1 to 10 years and discount rates of 0 to 10 %.
 *
 * <p>Each property runs on {@value #TRIES} inputs drawn from its own fixed seed, so that a failure comes back on
 * every run; its message names the seed, the try and the input drawn.
 */
class PaybackModelPropertiesTest {

    private static final int TRIES = 1_000;
    /**
     * At least this share of the drawn inputs must break even on some path: a property about break-even months or
     * gains holds trivially on inputs that never break even.
     */
    private static final double MIN_BREAKING_EVEN = 0.5;
    /** A break-even month that never comes counts as later than any month. */
    private static final int NEVER = Integer.MAX_VALUE;
    /** The model rounds the net gain to the cent; an independent sum in doubles agrees within that rounding. */
    private static final double CENT = 0.01;

    @Test
    void shouldNeverBringBreakEvenEarlierWithAHigherBaseline() {
        forAll(1, draw -> {
            PaybackInput input = draw.input();
            BigDecimal raise = draw.amount("0", "50000", 2);
            PaybackInput raised = with(input, asGiven(input.baseline().annualWage().add(raise)));

            Payback before = PaybackModel.payback(input);
            assertNoPathBreaksEvenEarlier(before, PaybackModel.payback(raised));
            return before;
        });
    }

    @Test
    void shouldNeverIncreaseNetGainWithAHigherCost() {
        forAll(2, draw -> {
            PaybackInput input = draw.input();
            int whichCost = draw.whole(0, 6);
            BigDecimal extra = draw.amount("0.01", "5000", 2);
            PaybackInput dearer = withCostRaised(input, whichCost, extra);

            Payback before = PaybackModel.payback(input);
            List<PathOutcome> after = PaybackModel.payback(dearer).paths();
            for (int path = 0; path < after.size(); path++) {
                BigDecimal gainBefore = before.paths().get(path).netGain();
                BigDecimal gainAfter = after.get(path).netGain();
                if (gainBefore != null) {
                    assertTrue(gainAfter.compareTo(gainBefore) <= 0, gainAfter + " > " + gainBefore);
                }
            }
            return before;
        });
    }

    @Test
    void shouldNeverBringBreakEvenEarlierWithMoreMonths() {
        forAll(3, draw -> {
            PaybackInput input = draw.input();
            int moreMonths = draw.whole(1, 24);
            Payback before = PaybackModel.payback(input);
            Route route = input.route();
            int longer = before.monthsToCredential() == null ? moreMonths : before.monthsToCredential() + moreMonths;
            PaybackInput slower = with(input, new Route(route.kind(), route.programCost(), longer,
                    route.examFeeIncluded(), route.booksAndMaterials()));

            assertNoPathBreaksEvenEarlier(before, PaybackModel.payback(slower));
            return before;
        });
    }

    @Test
    void shouldNeverBreakEvenWithABaselineAtOrAboveTheHighPath() {
        forAll(4, draw -> {
            PaybackInput input = draw.input();
            BigDecimal above = draw.amount("0", "50000", 2);
            PaybackInput unpaid = with(input, asGiven(input.wages().p75().add(above)));

            for (PathOutcome path : PaybackModel.payback(unpaid).paths()) {
                assertNull(path.breakEvenMonth(), path::toString);
            }
            return PaybackModel.payback(input);
        });
    }

    @Test
    void shouldGainTheDiscountedWageDifferenceAtZeroCostAndZeroMonths() {
        forAll(5, draw -> {
            OccupationWages wages = draw.wages();
            BigDecimal baseline = draw.baseline();
            int horizonYears = draw.whole(1, 10);
            BigDecimal discountRate = draw.amount("0", "0.10", 4);
            boolean whileWorking = draw.flag();
            BigDecimal zero = BigDecimal.ZERO;
            Payback payback = PaybackModel.payback(new PaybackInput(asGiven(baseline), wages,
                    Route.program(zero, 0, false, zero),
                    new CredentialCosts(zero, zero, zero, false, BigDecimal.ONE, zero, 24, zero),
                    new Settings(horizonYears, discountRate, whileWorking, null)));

            BigDecimal[][] ends = {
                    {wages.p10(), wages.p25()}, {wages.p25(), wages.median()}, {wages.median(), wages.p75()}};
            for (int path = 0; path < ends.length; path++) {
                double expected = discountedWageDifference(ends[path][0].doubleValue(), ends[path][1].doubleValue(),
                        baseline.doubleValue(), horizonYears * 12, discountRate.doubleValue());
                assertEquals(expected, payback.paths().get(path).netGain().doubleValue(), CENT);
            }
            return payback;
        });
    }

    @Test
    void shouldNeverTakeZeroMonthsOnAnExamOnlyRoute() {
        forAll(6, draw -> {
            PaybackInput input = draw.input();
            Payback payback = PaybackModel.payback(input);

            if (input.route().kind() == RouteKind.EXAM_ONLY) {
                assertTrue(payback.monthsToCredential() > 0);
            }
            return payback;
        });
    }

    /**
     * Runs the property on {@link #TRIES} draws from the seed. The property returns the payback of the input it
     * drew, so that the inputs can be shown to break even often enough for the property to test something.
     */
    @Test
    void shouldQuoteWhatThePaybackSaysButThePaths() {
        forAll(7, draw -> {
            PaybackInput input = draw.input();
            Payback whole = PaybackModel.payback(input);
            Payback quote = PaybackModel.quote(input);
            assertTrue(quote.paths().isEmpty());
            assertEquals(new Payback(whole.cost(), whole.monthsToCredential(), whole.monthsBasis(), whole.examRate(),
                    whole.expectedAttempts(), List.of(), whole.missing(), whole.assumptions(), whole.used()), quote);
            return whole;
        });
    }

    /**
     * What lets routes be ranked by cost without quoting each: {@link RoutePrices} prices a program's route as the
     * quote does, from one quote of the same route with the program free (months past the horizon as the horizon).
     */
    @Test
    void shouldPriceAProgramsRouteFromTheSameRouteAtNoCost() {
        forAll(8, draw -> {
            PaybackInput input = draw.input();
            BigDecimal cost = draw.amount("0", "40000", 2);
            Integer months = draw.flag() ? null : draw.whole(0, 600);
            boolean examIncluded = draw.flag();
            Integer horizonYears = input.settings().horizonYears();
            RoutePrices prices = new RoutePrices(
                    (horizonYears == null ? PaybackModel.DEFAULT_HORIZON_YEARS : horizonYears) * 12,
                    route -> PathwayService.pricedCost(PaybackModel.quote(with(input, route)).cost()));

            assertEquals(PathwayService.pricedCost(PaybackModel.quote(
                    with(input, Route.program(cost, months, examIncluded, null))).cost()),
                    prices.total(cost, months, examIncluded));
            assertNull(prices.total(null, months, examIncluded));
            return PaybackModel.payback(input);
        });
    }

    private static void forAll(long seed, Function<Draw, Payback> property) {
        Random random = new Random(seed);
        int breakingEven = 0;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Draw draw = new Draw(random);
            try {
                if (property.apply(draw).paths().stream().anyMatch(path -> path.breakEvenMonth() != null)) {
                    breakingEven++;
                }
            } catch (AssertionError | RuntimeException e) {
                fail("seed " + seed + ", try " + attempt + " of " + TRIES + ", drawn " + draw.drawn + ": "
                        + e.getMessage(), e);
            }
        }
        assertTrue(breakingEven >= MIN_BREAKING_EVEN * TRIES,
                "seed " + seed + ": only " + breakingEven + " of " + TRIES + " inputs break even on any path");
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

    private static Baseline asGiven(BigDecimal salary) {
        return new Baseline(salary, BaselineBasis.CURRENT_SALARY, "as given");
    }

    private static PaybackInput with(PaybackInput input, Baseline baseline) {
        return new PaybackInput(baseline, input.wages(), input.route(), input.credential(), input.settings());
    }

    private static PaybackInput with(PaybackInput input, Route route) {
        return new PaybackInput(input.baseline(), input.wages(), route, input.credential(), input.settings());
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
                    input.settings());
        };
    }

    /**
     * The values of one try, kept so that a failure can show them.
     *
     * <p>A number leans toward the low end of its range, where zero costs, the shortest programs and baselines far
     * below the wages sit: the range is cut into sub-ranges, each a few times narrower than the one above it and all
     * equally likely, so a baseline of $0 to $150,000 falls under $4,167 in eleven draws of thirteen and at
     * $25,000 or more in one. In one try of {@value #EDGE_TRY_ODDS} every number is instead at an end of its range
     * or next to one, and an unknown figure is one more such edge. A flag, a route kind or an exam rate is drawn
     * evenly.
     */
    private static final class Draw {

        private static final int EDGE_TRY_ODDS = 3;
        /** Unknown beside the four edges of a range. */
        private static final double UNKNOWN_AT_EDGES = 0.2;
        /** A range of at most this many units is drawn evenly: cutting it would leave sub-ranges of a unit or two. */
        private static final long EVEN_SPAN = 20;

        private final Random random;
        private final boolean atEdges;
        private final List<Object> drawn = new ArrayList<>();

        Draw(Random random) {
            this.random = random;
            this.atEdges = random.nextInt(EDGE_TRY_ODDS) == 0;
        }

        PaybackInput input() {
            return kept(newInput());
        }

        OccupationWages wages() {
            return kept(newWages());
        }

        BigDecimal baseline() {
            return kept(newBaseline());
        }

        BigDecimal amount(String min, String max, int scale) {
            return kept(money(min, max, scale));
        }

        int whole(int min, int max) {
            return kept(integer(min, max));
        }

        boolean flag() {
            return kept(random.nextBoolean());
        }

        private <T> T kept(T value) {
            drawn.add(value);
            return value;
        }

        private PaybackInput newInput() {
            return new PaybackInput(asGiven(newBaseline()), newWages(), newRoute(), newCredential(), newSettings());
        }

        /** Percentiles that never decrease: p10 of $15,000 to $60,000, then steps of up to $30,000 each. */
        private OccupationWages newWages() {
            BigDecimal p10 = money("15000", "60000", 0);
            BigDecimal p25 = p10.add(money("0", "30000", 0));
            BigDecimal median = p25.add(money("0", "30000", 0));
            BigDecimal p75 = median.add(money("0", "30000", 0));
            return new OccupationWages(p10, p25, median, p75, "XX", random.nextBoolean(), "generated");
        }

        private BigDecimal newBaseline() {
            return money("0", "150000", 2);
        }

        private Route newRoute() {
            return random.nextBoolean()
                    ? Route.examOnly(orUnknown(0.3, () -> integer(1, 12)), cost("2000"))
                    : Route.program(cost("20000"), integer(0, 48), random.nextBoolean(), cost("2000"));
        }

        private CredentialCosts newCredential() {
            return new CredentialCosts(cost("1000"), cost("1000"), cost("500"), random.nextBoolean(),
                    orUnknown(0.3, () -> money("0.05", "1", 2)), cost("500"), orUnknown(0.1, () -> integer(12, 60)),
                    cost("1000"));
        }

        private Settings newSettings() {
            return new Settings(orUnknown(0.2, () -> integer(1, 10)), orUnknown(0.2, () -> money("0", "0.10", 4)),
                    orUnknown(0.2, random::nextBoolean),
                    orUnknown(0.5, () -> ExamRate.values()[random.nextInt(ExamRate.values().length)]));
        }

        /** Dollars and cents up to {@code max}, unknown one time in ten. */
        private BigDecimal cost(String max) {
            return orUnknown(0.1, () -> money("0", max, 2));
        }

        private <T> T orUnknown(double share, Supplier<T> known) {
            return random.nextDouble() < (atEdges ? UNKNOWN_AT_EDGES : share) ? null : known.get();
        }

        private BigDecimal money(String min, String max, int scale) {
            long low = new BigDecimal(min).movePointRight(scale).longValueExact();
            long high = new BigDecimal(max).movePointRight(scale).longValueExact();
            return BigDecimal.valueOf(units(low, high), scale);
        }

        private int integer(int min, int max) {
            return (int) units(min, max);
        }

        /** A whole number of units from min to max, drawn as the class comment says. */
        private long units(long min, long max) {
            if (atEdges) {
                long[] edges = {min, Math.min(min + 1, max), Math.max(max - 1, min), max};
                return edges[random.nextInt(edges.length)];
            }
            // Where each sub-range starts, as an offset from min: the widest sub-range first, down to the narrowest.
            List<Long> starts = new ArrayList<>();
            for (long span = max - min; span > EVEN_SPAN; ) {
                span /= narrowing(span);
                starts.add(span);
            }
            int part = random.nextInt(starts.size() + 1);
            long from = part == starts.size() ? 0 : starts.get(part);
            long to = part == 0 ? max - min : starts.get(part - 1) - 1;
            return min + from + random.nextLong(to - from + 1);
        }

        /**
         * How many times narrower the next sub-range is: three, or six for spans of about half a million units
         * (2^19) or more, so that a wide range (a baseline in cents) reaches its low end in a dozen steps.
         */
        private static long narrowing(long span) {
            int roughDigits = (Long.SIZE - Long.numberOfLeadingZeros(span)) / 10 * 3;
            return Math.max(3, (long) Math.pow(roughDigits / 5.0, 10));
        }
    }
}
