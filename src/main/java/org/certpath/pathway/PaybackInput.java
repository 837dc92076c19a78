package org.certpath.pathway;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything the payback of one route to a credential rests on, as plain figures in US dollars a year
 * (wages) or in dollars (costs). A null figure is unknown: the model never reads it as zero, and names
 * it in {@link Payback#missing()} when a result depends on it. A salary survey of the credential's holders is
 * no input: pathways show it beside the figures ({@link PathwayList.Premium}), never in them.
 *
 * @param baseline   what the person earns without the credential (the counterfactual)
 * @param wages      what the credential's occupation pays, in the region or nationally
 * @param route      a program, or the exam alone
 * @param credential the issuer's fees, dues, pass rate and renewal terms
 * @param settings   horizon, discount rate, study while working, exam rate; nulls take defaults
 */
public record PaybackInput(Baseline baseline, OccupationWages wages, Route route, CredentialCosts credential,
                           Settings settings) {

    public PaybackInput {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(wages, "wages");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(credential, "credential");
        settings = settings == null ? Settings.DEFAULTS : settings;
    }

    /** Where the baseline comes from, in the order the model prefers them. */
    public enum BaselineBasis {
        /** The salary the person gave. */
        CURRENT_SALARY,
        /** The median annual wage of the occupation the person named, in the region. */
        CURRENT_OCCUPATION_MEDIAN,
        /** Default: the median wage of occupations whose typical entry-level education is a high-school diploma. */
        HIGH_SCHOOL_ENTRY_MEDIAN,
        /** Default where the data holds no education breakdown: the median of all occupations (OEWS 00-0000). */
        ALL_OCCUPATIONS_MEDIAN
    }

    /**
     * What the person earns a year without the credential, and where that figure comes from. It is never a
     * percentile of the target occupation: that would measure the spread of one occupation's pay, not what
     * the credential changes.
     *
     * @param annualWage null when the chosen source has no figure (then the payback is unknown, not defaulted)
     * @param source     publisher, edition and region of the figure, or "as given"
     */
    public record Baseline(BigDecimal annualWage, BaselineBasis basis, String source) {

        public Baseline {
            Objects.requireNonNull(basis, "basis");
            PaybackModel.requireNotNegative(annualWage, "baseline.annualWage");
        }

        /**
         * The first of: the salary given; else the median of the occupation given (unknown stays unknown, since
         * the person told us what they do and another figure would answer a different question); else the
         * default counterfactual.
         *
         * @param currentSalary     null when not given
         * @param currentOccupation null when no occupation was given
         * @param defaultBaseline   a {@link BaselineBasis#HIGH_SCHOOL_ENTRY_MEDIAN} or
         *                          {@link BaselineBasis#ALL_OCCUPATIONS_MEDIAN} figure
         */
        public static Baseline chosen(BigDecimal currentSalary, Baseline currentOccupation, Baseline defaultBaseline) {
            if (currentSalary != null) {
                return new Baseline(currentSalary, BaselineBasis.CURRENT_SALARY, "as given");
            }
            return currentOccupation != null ? currentOccupation
                    : Objects.requireNonNull(defaultBaseline, "defaultBaseline");
        }
    }

    /**
     * Annual wage percentiles of the credential's occupation (BLS OEWS, all industries), from which the three
     * expected pay paths are drawn. They must not decrease from p10 to p75.
     *
     * @param region           the region the figures describe
     * @param nationalFallback true when national figures stand in for a region that publishes none
     * @param source           publisher and edition
     */
    public record OccupationWages(BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75, String region,
                                  boolean nationalFallback, String source) {

        public OccupationWages {
            BigDecimal previous = null;
            for (BigDecimal wage : new BigDecimal[] {p10, p25, median, p75}) {
                PaybackModel.requireNotNegative(wage, "wages");
                if (wage != null && previous != null && wage.compareTo(previous) < 0) {
                    throw new IllegalArgumentException("wage percentiles must not decrease from p10 to p75");
                }
                previous = wage == null ? previous : wage;
            }
        }
    }

    public enum RouteKind { EXAM_ONLY, PROGRAM }

    /**
     * One route to the credential.
     *
     * @param programCost       tuition and fees of the program; none for the exam alone
     * @param months            the program's duration, or for the exam alone the issuer's recommended study
     *                          period; null: unknown for a program, the default study period for the exam alone
     * @param examFeeIncluded   the program's source says its cost includes the first exam attempt
     * @param booksAndMaterials books, materials and other fees beyond the program cost; null when unknown
     */
    public record Route(RouteKind kind, BigDecimal programCost, Integer months, boolean examFeeIncluded,
                        BigDecimal booksAndMaterials) {

        public Route {
            Objects.requireNonNull(kind, "kind");
            if (kind == RouteKind.EXAM_ONLY && (programCost != null || examFeeIncluded)) {
                throw new IllegalArgumentException("the exam-only route has no program: no cost, no exam included");
            }
            PaybackModel.requireNotNegative(programCost, "programCost");
            PaybackModel.requireNotNegative(booksAndMaterials, "booksAndMaterials");
            if (months != null && (months < 0 || kind == RouteKind.EXAM_ONLY && months == 0)) {
                throw new IllegalArgumentException(
                        "months must not be negative, and a study period is at least a month");
            }
        }

        public static Route examOnly(Integer recommendedStudyMonths, BigDecimal studyMaterials) {
            return new Route(RouteKind.EXAM_ONLY, null, recommendedStudyMonths, false, studyMaterials);
        }

        public static Route program(BigDecimal cost, Integer months, boolean examFeeIncluded,
                                    BigDecimal booksAndMaterials) {
            return new Route(RouteKind.PROGRAM, cost, months, examFeeIncluded, booksAndMaterials);
        }
    }

    /** The exam fee rates an issuer publishes. */
    public enum ExamRate { MEMBER, NON_MEMBER }

    /**
     * What the credential itself costs to earn and keep.
     *
     * @param membershipAnnualDues          a year's dues of the issuer's membership, which the member rate requires
     * @param membershipRequired            the credential can only be held by members (AAPC for the CPC), so the
     *                                      dues are paid every year whichever rate the exam was taken at
     * @param firstTimePassRate             the issuer's published first-time pass rate, above 0 and at most 1;
     *                                      null when none is published
     * @param renewalFee                    the fee of one renewal
     * @param renewalCycleMonths            months from the credential to the first renewal, and between renewals
     * @param continuingEducationAnnualCost what the continuing education a renewal asks costs a year
     */
    public record CredentialCosts(BigDecimal examFeeMember, BigDecimal examFeeNonMember,
                                  BigDecimal membershipAnnualDues, boolean membershipRequired,
                                  BigDecimal firstTimePassRate, BigDecimal renewalFee, Integer renewalCycleMonths,
                                  BigDecimal continuingEducationAnnualCost) {

        public CredentialCosts {
            PaybackModel.requireNotNegative(examFeeMember, "examFeeMember");
            PaybackModel.requireNotNegative(examFeeNonMember, "examFeeNonMember");
            PaybackModel.requireNotNegative(membershipAnnualDues, "membershipAnnualDues");
            PaybackModel.requireNotNegative(renewalFee, "renewalFee");
            PaybackModel.requireNotNegative(continuingEducationAnnualCost, "continuingEducationAnnualCost");
            if (firstTimePassRate != null
                    && (firstTimePassRate.signum() <= 0 || firstTimePassRate.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("firstTimePassRate must be above 0 and at most 1");
            }
            if (renewalCycleMonths != null && renewalCycleMonths < 1) {
                throw new IllegalArgumentException("renewalCycleMonths must be at least 1");
            }
        }

        ExamFeeAt fee(ExamRate rate) {
            return rate == ExamRate.MEMBER ? new ExamFeeAt(examFeeMember, "examFeeMember")
                    : new ExamFeeAt(examFeeNonMember, "examFeeNonMember");
        }

        /** One rate's fee and the name it is missing under. */
        record ExamFeeAt(BigDecimal amount, String inputName) {
        }
    }

    /**
     * The reader's choices; a null takes the default named in {@link PaybackModel}.
     *
     * @param horizonYears years from the first day of study over which gains and costs are counted
     * @param discountRate real annual rate, compounded monthly, at which later money counts for less
     * @param whileWorking the person keeps their job while studying; false counts the wages forgone
     * @param examRate     the rate to price the exam at; null compares both and takes the cheaper
     */
    public record Settings(Integer horizonYears, BigDecimal discountRate, Boolean whileWorking, ExamRate examRate) {

        public static final Settings DEFAULTS = new Settings(null, null, null, null);

        public Settings {
            if (horizonYears != null && (horizonYears < 1 || horizonYears > PaybackModel.MAX_HORIZON_YEARS)) {
                throw new IllegalArgumentException("horizonYears must be 1 to " + PaybackModel.MAX_HORIZON_YEARS);
            }
            PaybackModel.requireNotNegative(discountRate, "discountRate");
        }

        /** The horizon asked for, or the model's default: the model, the ranking and the response resolve it alike. */
        public int horizonYearsOrDefault() {
            return horizonYears == null ? PaybackModel.DEFAULT_HORIZON_YEARS : horizonYears;
        }

        public BigDecimal discountRateOrDefault() {
            return discountRate == null ? PaybackModel.DEFAULT_DISCOUNT_RATE : discountRate;
        }

        public boolean whileWorkingOrDefault() {
            return whileWorking == null ? PaybackModel.DEFAULT_WHILE_WORKING : whileWorking;
        }
    }
}
