package org.certpath.pathway;

import org.certpath.pathway.Payback.Assumption;
import org.certpath.pathway.Payback.Cost;
import org.certpath.pathway.Payback.MonthsBasis;
import org.certpath.pathway.Payback.NoBreakEven;
import org.certpath.pathway.Payback.PathOutcome;
import org.certpath.pathway.Payback.PayPath;
import org.certpath.pathway.Payback.RateChoice;
import org.certpath.pathway.Payback.RateReason;
import org.certpath.pathway.PaybackInput.CredentialCosts;
import org.certpath.pathway.PaybackInput.ExamRate;
import org.certpath.pathway.PaybackInput.OccupationWages;
import org.certpath.pathway.PaybackInput.Route;
import org.certpath.pathway.PaybackInput.RouteKind;
import org.certpath.pathway.PaybackInput.Settings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The return on a route to a credential, from plain figures (no database, no HTTP): what it costs, how long it
 * takes, and when and by how much the expected pay repays it. The README's "How pathways compute payback" states
 * the method with a worked example.
 *
 * <p>Time runs in months from the first day of study: month {@code m} ends at time {@code m}, and the horizon is
 * {@code horizonYears * 12} months. Up-front costs (program, books, exam attempts, the first year's dues) are paid
 * at time 0; the credential comes at the end of month {@code T} (months to credential) and the new pay from month
 * {@code T + 1}. Wages are in today's dollars, so the discount rate is a real one.
 */
public final class PaybackModel {

    public static final int DEFAULT_HORIZON_YEARS = 5;
    /** A real rate: the wages are not inflated, so neither is the rate that weighs later money. */
    public static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("0.03");
    /** Most career changers study beside their job; full-time study is the reader's choice, not ours. */
    public static final boolean DEFAULT_WHILE_WORKING = true;
    /**
     * Study period of an exam-only route when the issuer recommends none: three months of study beside a job. No
     * source measures it; it is flagged as {@link Assumption#DEFAULT_STUDY_PERIOD} wherever it is used.
     */
    public static final int DEFAULT_STUDY_MONTHS = 3;
    /**
     * Months of experience over which a path climbs from its lower figure to its higher one, then stays. Wage
     * percentiles are a snapshot of everyone in the occupation, not a career; reading the low end as a newcomer's
     * pay and the next figure as where five years take them is the model's assumption. It is tied to experience,
     * not to the horizon, so that a longer horizon adds later months without rewriting the earlier ones.
     */
    public static final int PROGRESSION_MONTHS = 60;
    /**
     * Expected attempts are 1 / first-time pass rate (the mean of a geometric distribution: every attempt passes
     * with the same chance), at most three: a person failing again and again usually stops, and a tiny published
     * rate should not multiply the fee without end.
     */
    public static final BigDecimal MAX_EXPECTED_ATTEMPTS = BigDecimal.valueOf(3);
    /** The member rate needs a membership in the year of the exam; keeping it longer is not required by the rate. */
    public static final int MEMBER_RATE_DUES_YEARS = 1;
    /** A working life: a longer horizon describes no one. */
    public static final int MAX_HORIZON_YEARS = 40;

    private static final int MONTHS_A_YEAR = 12;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(MONTHS_A_YEAR);
    /** 34 significant digits: rounding inside the sums stays far below a cent. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final int CENTS = 2;
    private static final BigDecimal NO_COST = BigDecimal.ZERO.setScale(CENTS);
    /** Attempts are rounded before they price the fee, so that the fee can be recomputed from the shown figure. */
    private static final int ATTEMPT_DECIMALS = 2;

    private PaybackModel() {
    }

    /** The payback of one route. */
    public static Payback payback(PaybackInput input) {
        return payback(input, true);
    }

    /**
     * The payback of one route without its pay paths, whose month-by-month simulation is nearly all the model's
     * time: the same cost, months, exam rate, missing inputs and assumptions, which is what routes are sorted and
     * limited by before the page shown is computed whole.
     */
    public static Payback quote(PaybackInput input) {
        return payback(input, false);
    }

    private static Payback payback(PaybackInput input, boolean withPaths) {
        Settings settings = input.settings();
        int horizonYears = settings.horizonYearsOrDefault();
        BigDecimal discountRate = settings.discountRateOrDefault();
        boolean whileWorking = settings.whileWorkingOrDefault();
        int horizon = horizonYears * MONTHS_A_YEAR;
        BigDecimal baseline = input.baseline().annualWage();
        OccupationWages wages = input.wages();

        Set<Assumption> assumptions = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        if (baseline == null) {
            missing.add("baseline");
        }
        known(wages.p10(), "p10", missing);
        known(wages.p25(), "p25", missing);
        known(wages.median(), "median", missing);
        known(wages.p75(), "p75", missing);
        if (wages.nationalFallback()) {
            assumptions.add(Assumption.NATIONAL_WAGES);
        }

        MonthsBasis monthsBasis = monthsBasis(input.route());
        Integer months = switch (monthsBasis) {
            case PROGRAM, ISSUER_RECOMMENDATION -> input.route().months();
            case DEFAULT_STUDY_PERIOD -> DEFAULT_STUDY_MONTHS;
            case UNKNOWN -> null;
        };
        if (monthsBasis == MonthsBasis.DEFAULT_STUDY_PERIOD) {
            assumptions.add(Assumption.DEFAULT_STUDY_PERIOD);
        }
        if (months == null) {
            missing.add("months");
        }
        BigDecimal attempts = expectedAttempts(input.credential().firstTimePassRate());
        if (input.credential().firstTimePassRate() == null) {
            assumptions.add(Assumption.PASS_RATE_UNKNOWN);
        }

        Timeline timeline = new Timeline(horizon, months, baseline, whileWorking);
        Plan member = plan(input, ExamRate.MEMBER, attempts, timeline, withPaths);
        Plan nonMember = plan(input, ExamRate.NON_MEMBER, attempts, timeline, withPaths);
        Plan chosen = choose(settings.examRate(), member, nonMember);
        missing.addAll(chosen.missing());

        List<PathOutcome> paths = withPaths ? paths(wages, chosen, timeline, discountRate) : List.of();

        return new Payback(chosen.cost(), months, monthsBasis,
                new RateChoice(chosen.rate(), chosen.reason(), comparedTotal(member, nonMember),
                        comparedTotal(nonMember, member)),
                attempts, paths, List.copyOf(missing), List.copyOf(assumptions),
                new Payback.Used(input.baseline(), wages, horizonYears, discountRate, whileWorking, PROGRESSION_MONTHS));
    }

    /** The three pay paths; a quote, which has none, does not divide out the monthly discount either. */
    private static List<PathOutcome> paths(OccupationWages wages, Plan chosen, Timeline timeline,
                                           BigDecimal discountRate) {
        BigDecimal monthlyDiscount = BigDecimal.ONE.divide(
                BigDecimal.ONE.add(discountRate.divide(TWELVE, PRECISION)), PRECISION);
        return List.of(outcome(PayPath.LOW, wages.p10(), wages.p25(), chosen, timeline, monthlyDiscount),
                outcome(PayPath.CENTRAL, wages.p25(), wages.median(), chosen, timeline, monthlyDiscount),
                outcome(PayPath.HIGH, wages.median(), wages.p75(), chosen, timeline, monthlyDiscount));
    }

    /**
     * What a rate costs in all as compared with the other: its known total, since a component unknown under both rates
     * (books, say) is left out of both; null when it lacks a figure the other has, as its total would count that as zero.
     */
    private static BigDecimal comparedTotal(Plan plan, Plan other) {
        return plan.lacksWhatOtherHas(other) ? null : plan.cost().knownTotal();
    }

    private static MonthsBasis monthsBasis(Route route) {
        if (route.kind() == RouteKind.PROGRAM) {
            return route.months() == null ? MonthsBasis.UNKNOWN : MonthsBasis.PROGRAM;
        }
        return route.months() == null ? MonthsBasis.DEFAULT_STUDY_PERIOD : MonthsBasis.ISSUER_RECOMMENDATION;
    }

    /** 1 / pass rate, at most {@link #MAX_EXPECTED_ATTEMPTS}, to two decimals; one when no rate is published. */
    private static BigDecimal expectedAttempts(BigDecimal firstTimePassRate) {
        if (firstTimePassRate == null) {
            return BigDecimal.ONE.setScale(ATTEMPT_DECIMALS);
        }
        BigDecimal attempts = BigDecimal.ONE.divide(firstTimePassRate, PRECISION).min(MAX_EXPECTED_ATTEMPTS);
        return attempts.setScale(ATTEMPT_DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * The months of one route: the horizon, the credential's month ({@code null} when unknown) and the baseline
     * forgone while studying full time.
     */
    private record Timeline(int horizon, Integer months, BigDecimal baseline, boolean whileWorking) {

        /** Months worked in the occupation within the horizon. */
        int monthsInOccupation() {
            return Math.max(horizon - months, 0);
        }
    }

    /**
     * What one exam rate costs: the components, the inputs they lacked, and the known outlays at each time 0 to
     * the horizon (known only when the months are, and left out of a quote).
     */
    private record Plan(ExamRate rate, RateReason reason, Cost cost, List<String> missing, BigDecimal[] outlays) {

        Plan because(RateReason why) {
            return new Plan(rate, why, cost, missing, outlays);
        }

        /** Whether this plan lacks a figure the other has: comparing their totals would count it as zero. */
        boolean lacksWhatOtherHas(Plan other) {
            return !other.missing.containsAll(missing);
        }
    }

    private static Plan plan(PaybackInput input, ExamRate rate, BigDecimal attempts, Timeline timeline,
                             boolean withOutlays) {
        Route route = input.route();
        CredentialCosts credential = input.credential();
        List<String> missing = new ArrayList<>();
        Integer months = timeline.months();
        int horizon = timeline.horizon();

        BigDecimal program = route.kind() == RouteKind.PROGRAM
                ? cents(known(route.programCost(), "programCost", missing)) : NO_COST;
        BigDecimal books = cents(known(route.booksAndMaterials(), "booksAndMaterials", missing));

        // A program that includes the exam pays the first attempt; the retakes are still the candidate's.
        BigDecimal paidAttempts = route.examFeeIncluded() ? attempts.subtract(BigDecimal.ONE) : attempts;
        CredentialCosts.ExamFeeAt fee = credential.fee(rate);
        BigDecimal examFees = paidAttempts.signum() == 0 ? NO_COST
                : times(known(fee.amount(), fee.inputName(), missing), paidAttempts);

        // Dues are paid at the start of each membership year that begins inside the horizon.
        int duesYears = credential.membershipRequired() ? ceilDiv(horizon, MONTHS_A_YEAR)
                : rate == ExamRate.MEMBER ? MEMBER_RATE_DUES_YEARS : 0;
        BigDecimal dues = duesYears == 0 ? NO_COST
                : times(known(credential.membershipAnnualDues(), "membershipAnnualDues", missing),
                        BigDecimal.valueOf(duesYears));

        Integer renewals = months == null ? null : renewalsWithin(months, horizon, credential.renewalCycleMonths());
        if (months != null && renewals == null) {
            missing.add("renewalCycleMonths");
        }
        BigDecimal renewalFees = renewals == null ? null : renewals == 0 ? NO_COST
                : times(known(credential.renewalFee(), "renewalFee", missing), BigDecimal.valueOf(renewals));

        BigDecimal continuingEducation = months == null ? null
                : timeline.monthsInOccupation() == 0 ? NO_COST
                : monthly(known(credential.continuingEducationAnnualCost(), "continuingEducationAnnualCost", missing),
                        timeline.monthsInOccupation());

        BigDecimal forgoneWages = timeline.whileWorking() ? NO_COST
                : months == null ? null : monthly(timeline.baseline(), Math.min(months, horizon));

        List<BigDecimal> components = Arrays.asList(program, books, examFees, dues, renewalFees, continuingEducation);
        boolean complete = components.stream().allMatch(Objects::nonNull);
        BigDecimal knownTotal = components.stream().filter(Objects::nonNull).reduce(NO_COST, BigDecimal::add);
        Cost cost = new Cost(program, books, examFees, dues, renewalFees, continuingEducation,
                complete ? knownTotal : null, knownTotal, complete, forgoneWages);

        BigDecimal upFront = Stream.of(program, books, examFees).filter(Objects::nonNull)
                .reduce(NO_COST, BigDecimal::add);
        BigDecimal[] outlays = months == null || !withOutlays ? null
                : outlays(timeline, credential, upFront, duesYears, renewals == null ? 0 : renewals);
        return new Plan(rate, null, cost, List.copyOf(missing), outlays);
    }

    /**
     * Renewals that fall inside the horizon: one every cycle after the credential, counted only when the period it
     * buys starts before the horizon ends. Null when some could fall inside but the cycle is unknown.
     */
    private static Integer renewalsWithin(int months, int horizon, Integer cycleMonths) {
        int monthsAfterCredential = horizon - months - 1;
        if (monthsAfterCredential < 1) {
            return 0;
        }
        return cycleMonths == null ? null : monthsAfterCredential / cycleMonths;
    }

    /**
     * The known money paid at each time 0 to the horizon: up-front costs and the first dues at 0, later dues every
     * twelve months, renewals every cycle after the credential, continuing education monthly while in the
     * occupation, and the baseline forgone in each month of full-time study. An unknown amount pays nothing here:
     * the cost says it is missing.
     */
    private static BigDecimal[] outlays(Timeline timeline, CredentialCosts credential, BigDecimal upFront,
                                        int duesYears, int renewals) {
        int horizon = timeline.horizon();
        int months = timeline.months();
        BigDecimal[] outlays = new BigDecimal[horizon + 1];
        Arrays.fill(outlays, BigDecimal.ZERO);
        outlays[0] = upFront;
        if (credential.membershipAnnualDues() != null) {
            for (int year = 0; year < duesYears; year++) {
                add(outlays, year * MONTHS_A_YEAR, credential.membershipAnnualDues());
            }
        }
        if (credential.renewalFee() != null) {
            for (int renewal = 1; renewal <= renewals; renewal++) {
                add(outlays, months + renewal * credential.renewalCycleMonths(), credential.renewalFee());
            }
        }
        if (credential.continuingEducationAnnualCost() != null) {
            BigDecimal perMonth = credential.continuingEducationAnnualCost().divide(TWELVE, PRECISION);
            for (int time = months + 1; time <= horizon; time++) {
                add(outlays, time, perMonth);
            }
        }
        if (!timeline.whileWorking() && timeline.baseline() != null) {
            BigDecimal perMonth = timeline.baseline().divide(TWELVE, PRECISION);
            for (int time = 1; time <= Math.min(months, horizon); time++) {
                add(outlays, time, perMonth);
            }
        }
        return outlays;
    }

    private static void add(BigDecimal[] outlays, int time, BigDecimal amount) {
        outlays[time] = outlays[time].add(amount);
    }

    /**
     * The rate asked for, else the cheaper of two fully priced rates. A rate with a fee or dues unknown where the
     * other's are known is never called cheaper: its unknown would be counted as zero. On a tie, or when neither is
     * fully priced, the non-member rate, which commits to nothing.
     */
    private static Plan choose(ExamRate requested, Plan member, Plan nonMember) {
        if (requested != null) {
            return (requested == ExamRate.MEMBER ? member : nonMember).because(RateReason.REQUESTED);
        }
        boolean memberUnknown = member.lacksWhatOtherHas(nonMember);
        boolean nonMemberUnknown = nonMember.lacksWhatOtherHas(member);
        if (memberUnknown || nonMemberUnknown) {
            return memberUnknown && nonMemberUnknown ? nonMember.because(RateReason.NEITHER_RATE_KNOWN)
                    : memberUnknown ? nonMember.because(RateReason.OTHER_RATE_UNKNOWN)
                    : member.because(RateReason.OTHER_RATE_UNKNOWN);
        }
        int order = member.cost().knownTotal().compareTo(nonMember.cost().knownTotal());
        return order < 0 ? member.because(RateReason.CHEAPER)
                : order > 0 ? nonMember.because(RateReason.CHEAPER)
                : nonMember.because(RateReason.SAME_COST);
    }

    /**
     * One path: month by month from the first day of study, the pay gained over the baseline once the credential
     * is earned, less the outlays. The break-even month is the first whose running (undiscounted) total is above
     * zero; the net gain is the whole horizon's total with each month discounted to time 0.
     */
    private static PathOutcome outcome(PayPath path, BigDecimal start, BigDecimal end, Plan plan, Timeline timeline,
                                       BigDecimal monthlyDiscount) {
        BigDecimal baseline = timeline.baseline();
        NoBreakEven unknown = baseline == null ? NoBreakEven.BASELINE_UNKNOWN
                : start == null || end == null ? NoBreakEven.WAGES_UNKNOWN
                : timeline.months() == null ? NoBreakEven.MONTHS_UNKNOWN
                : null;
        if (unknown != null) {
            return new PathOutcome(path, start, end, null, unknown, null);
        }
        int months = timeline.months();
        BigDecimal[] outlays = plan.outlays();
        BigDecimal running = outlays[0].negate();
        BigDecimal discounted = running;
        BigDecimal discount = BigDecimal.ONE;
        Integer breakEven = null;
        for (int month = 1; month <= timeline.horizon(); month++) {
            BigDecimal gain = month <= months ? BigDecimal.ZERO
                    : pay(start, end, month - months).subtract(baseline).divide(TWELVE, PRECISION);
            BigDecimal flow = gain.subtract(outlays[month]);
            running = running.add(flow);
            discount = discount.multiply(monthlyDiscount, PRECISION);
            discounted = discounted.add(flow.multiply(discount, PRECISION));
            if (breakEven == null && running.signum() > 0) {
                breakEven = month;
            }
        }
        NoBreakEven reason = breakEven != null ? null
                : months >= timeline.horizon() ? NoBreakEven.CREDENTIAL_AFTER_HORIZON
                : pay(start, end, timeline.horizon() - months).compareTo(baseline) <= 0
                ? NoBreakEven.PAY_NEVER_ABOVE_BASELINE
                : NoBreakEven.NOT_REPAID_WITHIN_HORIZON;
        return new PathOutcome(path, start, end, breakEven, reason, discounted.setScale(CENTS, RoundingMode.HALF_UP));
    }

    /**
     * Annual pay in the {@code experienceMonth}-th month after the credential: the lower figure in the first
     * month, rising in equal steps to the higher one after {@link #PROGRESSION_MONTHS}, then staying there.
     */
    private static BigDecimal pay(BigDecimal start, BigDecimal end, int experienceMonth) {
        int climbed = Math.min(experienceMonth - 1, PROGRESSION_MONTHS);
        return start.add(end.subtract(start).multiply(BigDecimal.valueOf(climbed))
                .divide(BigDecimal.valueOf(PROGRESSION_MONTHS), PRECISION));
    }

    /** The amount, with its input's name added to {@code missing} when it is unknown. */
    private static BigDecimal known(BigDecimal amount, String inputName, Collection<String> missing) {
        if (amount == null) {
            missing.add(inputName);
        }
        return amount;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(CENTS, RoundingMode.HALF_UP);
    }

    private static BigDecimal times(BigDecimal amount, BigDecimal count) {
        return amount == null ? null : amount.multiply(count).setScale(CENTS, RoundingMode.HALF_UP);
    }

    /** An annual amount over some months, to the cent. */
    private static BigDecimal monthly(BigDecimal annual, int months) {
        return annual == null ? null
                : annual.multiply(BigDecimal.valueOf(months)).divide(TWELVE, CENTS, RoundingMode.HALF_UP);
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    static void requireNotNegative(BigDecimal amount, String name) {
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
