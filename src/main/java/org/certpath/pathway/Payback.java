package org.certpath.pathway;

import org.certpath.pathway.PaybackInput.Baseline;
import org.certpath.pathway.PaybackInput.ExamRate;
import org.certpath.pathway.PaybackInput.OccupationWages;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payback of one route: what it costs, how long it takes, and when and by how much the expected pay
 * repays it on three paths. Money is in dollars to the cent.
 *
 * @param cost               every cost over the horizon, undiscounted
 * @param monthsToCredential from the first day of study to the credential; null when unknown
 * @param monthsBasis        where that figure comes from
 * @param examRate           the exam rate priced, and why
 * @param expectedAttempts   exam attempts expected from the first-time pass rate
 * @param paths              the low, central and high paths, in that order
 * @param missing            the inputs a figure needed and did not have, by their input names
 * @param assumptions        the defaults the figures rest on instead of a published figure
 * @param used               the inputs the figures were computed from, after defaults
 */
public record Payback(Cost cost, Integer monthsToCredential, MonthsBasis monthsBasis, RateChoice examRate,
                      BigDecimal expectedAttempts, List<PathOutcome> paths, List<String> missing,
                      List<Assumption> assumptions, Used used) {

    /**
     * The costs over the horizon, each to the cent. A component is null when an input it needs is unknown;
     * {@code total} is then null too, {@code knownTotal} adds what is known, and the break-even months and net
     * gains, computed from the known costs, are the earliest and the largest the route can have.
     *
     * @param examFees      every expected attempt at the chosen rate (the first is none when the program includes it)
     * @param membershipDues the dues the chosen rate or the credential requires
     * @param forgoneWages  wages not earned while studying full time; not part of {@code total} (no money is paid)
     *                      but counted against the gains
     */
    public record Cost(BigDecimal program, BigDecimal booksAndMaterials, BigDecimal examFees,
                       BigDecimal membershipDues, BigDecimal renewalFees, BigDecimal continuingEducation,
                       BigDecimal total, BigDecimal knownTotal, boolean complete, BigDecimal forgoneWages) {
    }

    public enum MonthsBasis {
        /** The program's published duration. */
        PROGRAM,
        /** The issuer's recommended study period for the exam. */
        ISSUER_RECOMMENDATION,
        /** No recommendation is published: {@link PaybackModel#DEFAULT_STUDY_MONTHS}. */
        DEFAULT_STUDY_PERIOD,
        /** The program's duration is not published. */
        UNKNOWN
    }

    public enum RateReason {
        /** The reader asked for this rate. */
        REQUESTED,
        /** Both rates are fully priced and this one costs less over the horizon. */
        CHEAPER,
        /** Both cost the same: the non-member rate, which commits to nothing. */
        SAME_COST,
        /** The other rate's fee or dues are unknown, so it cannot be shown to cost less. */
        OTHER_RATE_UNKNOWN,
        /** Neither rate is fully priced: the non-member rate, which commits to nothing. */
        NEITHER_RATE_KNOWN
    }

    /**
     * The exam rate priced, why, and what each rate costs in all as compared: the costs known under both rates (a
     * component unknown to both is left out of both and named in {@code missing}); null for a rate that lacks a
     * figure the other has.
     */
    public record RateChoice(ExamRate rate, RateReason reason, BigDecimal memberTotal, BigDecimal nonMemberTotal) {
    }

    /** The three expected pay paths, each climbing from a lower wage figure to a higher one with experience. */
    public enum PayPath {
        /** From the 10th to the 25th percentile. */
        LOW,
        /** From the 25th percentile to the median. */
        CENTRAL,
        /** From the median to the 75th percentile. */
        HIGH
    }

    /** Why a path has no break-even month. */
    public enum NoBreakEven {
        BASELINE_UNKNOWN("The baseline wage is unknown."),
        WAGES_UNKNOWN("A wage figure this path starts or ends at is unknown."),
        MONTHS_UNKNOWN("The time to the credential is unknown."),
        CREDENTIAL_AFTER_HORIZON("The credential comes at or after the end of the horizon."),
        PAY_NEVER_ABOVE_BASELINE(
                "On this path the occupation never pays more than the baseline, so nothing repays the cost."),
        NOT_REPAID_WITHIN_HORIZON("The higher pay does not repay the costs within the horizon.");

        private final String explanation;

        NoBreakEven(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    /**
     * One path's result.
     *
     * @param startWage      annual pay in the first month after the credential
     * @param endWage        annual pay once the path has climbed, after {@link PaybackModel#PROGRESSION_MONTHS}
     *                       of experience
     * @param breakEvenMonth the first month, counted from the first day of study, by whose end the extra pay has
     *                       more than repaid every cost so far (undiscounted); null with {@code noBreakEven}
     * @param netGain        extra pay less costs over the horizon, discounted to the first day of study; null
     *                       when the path cannot be computed
     */
    public record PathOutcome(PayPath path, BigDecimal startWage, BigDecimal endWage, Integer breakEvenMonth,
                              NoBreakEven noBreakEven, BigDecimal netGain) {
    }

    /** A default the figures rest on in place of a published figure. */
    public enum Assumption {
        /** No study period is published for the exam: {@link PaybackModel#DEFAULT_STUDY_MONTHS} months. */
        DEFAULT_STUDY_PERIOD,
        /** No first-time pass rate is published: one attempt, so retakes are not counted. */
        PASS_RATE_UNKNOWN,
        /** The region publishes no wage figures for the occupation: national ones stand in. */
        NATIONAL_WAGES
    }

    /** The inputs after defaults, echoed so that every figure can be recomputed. */
    public record Used(Baseline baseline, OccupationWages wages, int horizonYears, BigDecimal discountRate,
                       boolean whileWorking, int progressionMonths) {
    }
}
