package org.certpath.pathway;

import org.certpath.api.Money;
import org.certpath.api.Page;
import org.certpath.api.VersionedCache;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.util.List;

/**
 * The routes to one credential, one page of them, with every input their figures rest on: the baseline, the
 * occupation's wages, the credential's costs and the settings, each with its sources, so that any figure can be
 * recomputed by hand (the README's "How pathways compute payback").
 */
public record PathwayList(Credential certification, Place region, Baseline baseline, Wages wages,
                          Settings settings, Premium premium, List<Pathway> items, Page.Info page)
        implements VersionedCache.Sized {

    /** Roughly what the shared part and each route hold, as their JSON measures (about 1.5 KiB a route). */
    private static final int SHARED_BYTES = 4_096;
    private static final int ROUTE_BYTES = 2_048;

    @Override
    public int bytes() {
        return SHARED_BYTES + ROUTE_BYTES * items.size();
    }

    /**
     * The credential and what it costs to earn and keep; a null figure is unknown, never zero.
     *
     * @param renewalCycleMonths            months between renewals
     * @param continuingEducationAnnualCost what the continuing education a renewal asks costs a year
     */
    public record Credential(String code, String acronym, String name, Money examFeeMember, Money examFeeNonMember,
                             Money membershipAnnualDues, boolean membershipRequired, BigDecimal firstTimePassRate,
                             Money renewalFee, Integer renewalCycleMonths, Money continuingEducationAnnualCost,
                             List<SourceView> sources) {
    }

    public record Place(String code, String name) {
    }

    /**
     * What the person earns without the credential, and where that figure comes from.
     *
     * @param basis      {@code current_salary}, {@code current_occupation_median} or {@code high_school_entry_median}
     * @param occupation the SOC code given as {@code currentOccupation}; null otherwise
     * @param region     the region the figure describes; null for a salary given
     * @param edition    the edition or year of the figure; null for a salary given
     */
    public record Baseline(Money annualWage, String basis, String occupation, String region, String edition,
                           String note, List<SourceView> sources) {
    }

    /**
     * The annual wage percentiles of the credential's occupation, from which the three pay paths are drawn.
     *
     * @param nationalFallback national figures stand in for a region that publishes none
     */
    public record Wages(String soc, String occupationTitle, String region, String edition, String editionName,
                        boolean nationalFallback, Money p10, Money p25, Money median, Money p75, String note,
                        List<SourceView> sources) {
    }

    /**
     * The reader's choices after defaults.
     *
     * @param examRate          {@code member} or {@code non_member} as asked; null: each route takes the cheaper
     * @param progressionMonths months of experience over which a path climbs from its lower to its higher figure
     */
    public record Settings(int horizonYears, BigDecimal discountRate, boolean whileWorking, String examRate,
                           int progressionMonths) {
    }

    /**
     * Whether any source measures a pay premium for the credential itself, what the paths are evidence of, and the
     * salary surveys of the credential's holders, shown beside the figures and never used in them.
     *
     * @param measured true only for a source that compares holders with comparable people without the credential;
     *                 a survey of holders alone does not, and no other kind of source is loaded
     * @param evidence the salary surveys of the credential's holders, newest survey first, undated last
     */
    public record Premium(boolean measured, String note, List<Evidence> evidence) {

        private static final String NOT_MEASURED = "No source measures a pay premium for the credential itself";
        private static final String PATHS = "The paths are what the occupation pays the people who work in it, "
                + "credentialed or not.";

        /** The premium block of a credential with these salary surveys: never measured, and the note says why. */
        static Premium of(List<Evidence> evidence) {
            if (evidence.isEmpty()) {
                return new Premium(false, NOT_MEASURED + ", and no salary survey of its holders is loaded. " + PATHS,
                        List.of());
            }
            String surveys = evidence.size() == 1 ? "1 salary survey reports"
                    : evidence.size() + " salary surveys report";
            return new Premium(false, NOT_MEASURED + ". " + surveys + " what its holders earn (see evidence), which is "
                    + "not a premium: holders differ from non-holders in experience and role, and no survey compares "
                    + "them. " + PATHS + " The surveys change no figure.", List.copyOf(evidence));
        }
    }

    /**
     * What a salary survey says the credential's holders earn, as a page reports it.
     *
     * @param statistic  {@code mean} (the page says average), {@code median}, or {@code unknown} when it does not say
     * @param survey     the survey the page names; null when it names none
     * @param surveyYear the survey's year; null when the page names none
     * @param source     the page, trusted a grade below what its kind is otherwise
     *                   ({@link org.certpath.provenance.SourceKind#SALARY_SURVEY})
     */
    public record Evidence(String statistic, Money amount, String survey, Integer surveyYear, String description,
                           SourceView source) {
    }

    /** One route: a program, or the exam alone where an eligibility route asks for no program. */
    public record Pathway(String route, ProgramSummary program, ExamOnly examOnly, Cost cost,
                          Integer monthsToCredential, String monthsBasis, ExamRate examRate,
                          BigDecimal expectedAttempts, List<Path> paths, List<String> missing,
                          List<String> assumptions) {

        Path central() {
            return paths.get(1);
        }

        Pathway withProgram(ProgramSummary dated) {
            return new Pathway(route, dated, examOnly, cost, monthsToCredential, monthsBasis, examRate,
                    expectedAttempts, paths, missing, assumptions);
        }
    }

    /** @param asOf the oldest date the program's key figures rest on, as the program's own {@code asOf} */
    public record ProgramSummary(long id, String institution, String name, String state, String deliveryMode,
                                 String awardLevel, Boolean accredited, Money cost, boolean examFeeIncluded,
                                 Integer durationMonths, String asOf) {

        ProgramSummary dated(String date) {
            return new ProgramSummary(id, institution, name, state, deliveryMode, awardLevel, accredited, cost,
                    examFeeIncluded, durationMonths, date);
        }
    }

    public record ExamOnly(String minEducation, Integer experienceMonths, String description) {
    }

    /**
     * Every cost over the horizon, undiscounted. A component is null when an input it needs is unknown; then
     * {@code total} is null too and {@code knownTotal} adds what is known.
     *
     * @param forgoneWages wages not earned while studying full time: not money paid, so not in the totals, but
     *                     counted against the gains
     */
    public record Cost(Money program, Money booksAndMaterials, Money examFees, Money membershipDues,
                       Money renewalFees, Money continuingEducation, Money total, Money knownTotal, boolean complete,
                       Money forgoneWages) {
    }

    /** The exam rate priced, why, and what each rate would cost in all (null when a figure it needs is unknown). */
    public record ExamRate(String rate, String reason, Money memberTotal, Money nonMemberTotal) {
    }

    /**
     * One pay path's result.
     *
     * @param breakEvenMonth the first month from the first day of study by whose end the extra pay has repaid every
     *                       cost so far; null with {@code noBreakEven} and its {@code note}
     * @param netGain        extra pay less costs over the horizon, discounted to the first day of study
     */
    public record Path(String path, Money startWage, Money endWage, Integer breakEvenMonth, String noBreakEven,
                       String note, Money netGain) {
    }
}
