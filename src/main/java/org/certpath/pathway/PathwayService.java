package org.certpath.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.certpath.api.Cursor;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Money;
import org.certpath.api.Page;
import org.certpath.api.Sorting;
import org.certpath.certification.Certification;
import org.certpath.certification.EligibilityRoute;
import org.certpath.certification.RelatedOccupation;
import org.certpath.occupation.Occupation;
import org.certpath.pathway.BaselineWageRepository.BaselineWage;
import org.certpath.pathway.PathwayList.ExamOnly;
import org.certpath.pathway.PathwayList.Pathway;
import org.certpath.pathway.PathwayList.ProgramSummary;
import org.certpath.pathway.PaybackInput.Baseline;
import org.certpath.pathway.PaybackInput.BaselineBasis;
import org.certpath.pathway.PaybackInput.CredentialCosts;
import org.certpath.pathway.PaybackInput.OccupationWages;
import org.certpath.pathway.PaybackInput.Route;
import org.certpath.program.ProgramCriteria;
import org.certpath.program.ProgramRepository;
import org.certpath.program.ProgramResource;
import org.certpath.program.ProgramView;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.provenance.SourceView;
import org.certpath.region.Region;
import org.certpath.salary.Salary;
import org.certpath.salary.SalaryRepository;
import org.certpath.salary.SalaryView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The routes to a credential and the payback of each, computed by {@link PaybackModel} from the data alone: the
 * baseline the reader gives or the documented default, the occupation's wage percentiles in the region (national
 * ones standing in, flagged), the credential's fees, dues, pass rate and renewal terms, and each program's cost and
 * duration. An unknown input is never read as zero: it is named in {@code missing}.
 */
@ApplicationScoped
public class PathwayService {

    public static final String CURRENCY = "USD";
    /** The default counterfactual: BLS publishes the median wage of occupations by typical entry-level education. */
    static final BaselineBasis DEFAULT_BASELINE = BaselineBasis.HIGH_SCHOOL_ENTRY_MEDIAN;
    /** Levels at which an eligibility route can stand without a program: no education, or a diploma. */
    private static final Set<String> NO_PROGRAM_LEVELS = Set.of("none", "high_school");
    private static final int MONTHS_A_YEAR = 12;
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    /** The bases of a credential-occupation link, strongest first. */
    private static final List<String> LINK_BASES = List.of("onet_title", "job_title", "stated",
            RelatedOccupation.EDITORIAL, RelatedOccupation.CURATOR);

    /** The exam-only route has no program: id 0 puts it before every program among equals. */
    public static final Sorting<Pathway> SORTING = Sorting.<Pathway>byId("id",
                    p -> p.program() == null ? 0L : p.program().id())
            .field("totalCost", "totalCost", BigDecimal.class, PathwayService::pricedCost)
            .field("monthsToCredential", "monthsToCredential", Integer.class, Pathway::monthsToCredential)
            .field("breakEvenMonth", "breakEvenMonth", Integer.class, p -> p.central().breakEvenMonth())
            .field("netGain", "netGain", BigDecimal.class, p -> amount(p.central().netGain()))
            .defaultSort("totalCost");
    /** The sorts that read the pay paths, for which every route is computed whole. */
    private static final Set<String> SORTED_BY_PATHS = Set.of("breakEvenMonth", "netGain");

    private final ProgramRepository programs;
    private final SalaryRepository salaries;
    private final BaselineWageRepository baselines;
    private final RecordSourceRepository sources;
    private final SalaryEvidenceRepository evidence;

    public PathwayService(ProgramRepository programs, SalaryRepository salaries, BaselineWageRepository baselines,
                          RecordSourceRepository sources, SalaryEvidenceRepository evidence) {
        this.programs = programs;
        this.salaries = salaries;
        this.baselines = baselines;
        this.sources = sources;
        this.evidence = evidence;
    }

    /**
     * The validated parameters of a pathways request.
     *
     * @param currentOccupation the occupation the reader works in, when given
     * @param settings          horizon, discount rate, study while working and exam rate; nulls take the defaults
     */
    public record Request(Certification certification, Region region, Optional<Occupation> currentOccupation,
                          Optional<BigDecimal> currentSalary, List<String> modes, Optional<BigDecimal> maxCost,
                          Optional<Integer> maxMonths, PaybackInput.Settings settings, ListParams<Pathway> paging) {
    }

    /** The salary row wages come from, and whether it is the national one standing in for the region. */
    private record Wages(Salary row, boolean fallback) {
    }

    /** What every route of one request shares. */
    private record Shared(Baseline baseline, OccupationWages wages, CredentialCosts credential,
                          PaybackInput.Settings settings) {
    }

    /** In a transaction: only there does the driver fetch the programs in batches instead of all at once. */
    @Transactional
    public PathwayList pathways(Request request) {
        Certification certification = request.certification();
        Region region = request.region();
        Optional<Occupation> occupation = occupationOf(certification);
        Optional<Wages> wages = occupation.flatMap(o -> wagesOf(o.socCode, region));
        PathwayList.Baseline baseline = baseline(request);
        Shared shared = new Shared(modelBaseline(baseline), occupationWages(wages, region), costs(certification),
                request.settings());

        boolean sortedByPaths = request.paging().sort().stream()
                .anyMatch(order -> SORTED_BY_PATHS.contains(order.field().name()));
        ProgramCriteria criteria = ProgramCriteria.ofCertification(certification.id, request.modes(),
                servingStates(region));
        Listing.Slice<Pathway> slice = sortedByPaths ? computedWhole(request, shared, criteria)
                : ranked(request, shared, criteria);
        List<Pathway> page = dated(sortedByPaths ? slice.items() : slice.items().stream()
                .map(quoted -> route(shared, quoted.program(), quoted.examOnly(), PaybackModel::payback)).toList());

        PaybackInput.Settings settings = request.settings();
        return new PathwayList(credential(certification, shared.credential()),
                new PathwayList.Place(region.code, region.name), baseline, wagesView(occupation, wages, region),
                new PathwayList.Settings(
                        settings.horizonYearsOrDefault(), settings.discountRateOrDefault(),
                        settings.whileWorkingOrDefault(),
                        settings.examRate() == null ? null : code(settings.examRate()),
                        PaybackModel.PROGRESSION_MONTHS),
                PathwayList.Premium.of(evidence.ofCertification(certification.id)), page,
                new Page.Info(request.paging().limit(), slice.total(), slice.next().map(Cursor::encode).orElse(null)));
    }

    /**
     * Sorted by what the pay paths give, every route is computed whole: the paths cannot be ranked without
     * simulating them.
     */
    private Listing.Slice<Pathway> computedWhole(Request request, Shared shared, ProgramCriteria criteria) {
        Optional<Pathway> exam = examOnly(request.certification())
                .map(route -> route(shared, null, route, PaybackModel::payback));
        return programs.summaries(criteria, found -> Listing.page(Stream.concat(exam.stream(),
                        found.map(program -> route(shared, summary(program), null, PaybackModel::payback)))
                .filter(route -> withinLimits(request, route)), request.paging(), SORTING));
    }

    /** A route as routes sorted by cost or months are ranked: the exam-only route has id 0. */
    private record Ranked(long id, BigDecimal totalCost, Integer monthsToCredential) {

        static final Sorting<Ranked> SORTING = Sorting.<Ranked>byId("id", Ranked::id)
                .field("totalCost", "totalCost", BigDecimal.class, Ranked::totalCost)
                .field("monthsToCredential", "monthsToCredential", Integer.class, Ranked::monthsToCredential)
                .defaultSort("totalCost");

        /** The request's paging over ranked routes: the same sort, so the same cursors. */
        static ListParams<Ranked> paging(ListParams<Pathway> paging) {
            return new ListParams<>(paging.limit(), paging.sort().stream()
                    .map(order -> new Sorting.Order<>(SORTING.get(order.field().name()), order.descending())).toList(),
                    paging.sortToken(), paging.after(), paging.fields(), paging.updatedSince());
        }
    }

    /**
     * Sorted by cost or months, each program's route is ranked from its cost, months and exam alone
     * ({@link RoutePrices}), where quoting each of a credential's tens of thousands of programs cost most of the
     * request; only the page's programs are read whole and quoted.
     */
    private Listing.Slice<Pathway> ranked(Request request, Shared shared, ProgramCriteria criteria) {
        RoutePrices prices = new RoutePrices(horizonMonths(shared.settings()), route -> pricedCost(PaybackModel
                .quote(new PaybackInput(shared.baseline(), shared.wages(), route, shared.credential(),
                        shared.settings())).cost()));
        Optional<Pathway> exam = examOnly(request.certification())
                .map(route -> route(shared, null, route, PaybackModel::quote))
                .filter(route -> withinLimits(request, pricedCost(route), route.monthsToCredential()));
        Listing.Slice<Ranked> ranked = programs.priced(criteria, found -> Listing.page(Stream.concat(
                        exam.map(route -> new Ranked(0, pricedCost(route), route.monthsToCredential())).stream(),
                        found.map(program -> new Ranked(program.id(), prices.total(program.cost(),
                                program.durationMonths(), program.examFeeIncluded()), program.durationMonths())))
                .filter(route -> withinLimits(request, route.totalCost(), route.monthsToCredential())),
                Ranked.paging(request.paging()), Ranked.SORTING));
        Map<Long, ProgramRepository.Summary> summaries = programs.summaries(ranked.items().stream()
                .mapToLong(Ranked::id).filter(id -> id != 0).toArray());
        // A program deleted since it was ranked is left out of the page.
        List<Pathway> routes = ranked.items().stream()
                .filter(route -> route.id() == 0 || summaries.containsKey(route.id()))
                .map(route -> route.id() == 0 ? exam.orElseThrow()
                        : route(shared, summary(summaries.get(route.id())), null, PaybackModel::quote)).toList();
        return new Listing.Slice<>(routes, ranked.total(), ranked.next());
    }

    private static boolean withinLimits(Request request, Pathway route) {
        return withinLimits(request, pricedCost(route), route.monthsToCredential());
    }

    private static boolean withinLimits(Request request, BigDecimal cost, Integer months) {
        return request.maxCost().map(max -> cost != null && cost.compareTo(max) <= 0).orElse(true)
                && request.maxMonths().map(max -> months != null && months <= max).orElse(true);
    }

    private static int horizonMonths(PaybackInput.Settings settings) {
        return settings.horizonYearsOrDefault() * MONTHS_A_YEAR;
    }

    /** The states whose programs serve a region: none for the nation (every program), a metro area's states. */
    static List<String> servingStates(Region region) {
        if (Region.NATION_CODE.equals(region.code)) {
            return List.of();
        }
        return region.states.length > 0 ? List.of(region.states) : List.of(region.code);
    }

    /**
     * The occupation whose wages a credential is expected to earn: the link with the strongest basis (O*NET lists the
     * credential among the occupation's titles, then its name is a job title there, then a source states it, then
     * ours), then the lowest SOC code, so that the choice never depends on row order.
     */
    static Optional<Occupation> occupationOf(Certification certification) {
        return certification.occupations.stream()
                .sorted(Comparator.comparingInt((RelatedOccupation o) -> basisRank(o.basis))
                        .thenComparing(o -> o.occupation.socCode))
                .map(o -> o.occupation).findFirst();
    }

    private static int basisRank(String basis) {
        int rank = LINK_BASES.indexOf(basis);
        return rank < 0 ? LINK_BASES.size() : rank;
    }

    /**
     * The newest edition of the region with the four percentiles the pay paths are drawn from, else the newest national
     * one (a fallback): the state rows hold a mean and a median at most, and mixing a state's median with national
     * percentiles would draw paths from two surveys.
     */
    private Optional<Wages> wagesOf(String soc, Region region) {
        Optional<Wages> regional = salaries.newestWithPercentiles(soc, region.code).map(row -> new Wages(row, false));
        if (regional.isPresent() || Region.NATION_CODE.equals(region.code)) {
            return regional;
        }
        return salaries.newestWithPercentiles(soc, Region.NATION_CODE).map(row -> new Wages(row, true));
    }

    /** The median of the occupation the reader works in: the region's newest, else the nation's (a fallback). */
    private Optional<Wages> medianOf(String soc, Region region) {
        Optional<Wages> regional = salaries.newestWithMedian(soc, region.code).map(row -> new Wages(row, false));
        if (regional.isPresent() || Region.NATION_CODE.equals(region.code)) {
            return regional;
        }
        return salaries.newestWithMedian(soc, Region.NATION_CODE).map(row -> new Wages(row, true));
    }

    /** The salary given; else the median of the occupation given; else the documented default. */
    private PathwayList.Baseline baseline(Request request) {
        if (request.currentSalary().isPresent()) {
            return new PathwayList.Baseline(money(request.currentSalary().get()), code(BaselineBasis.CURRENT_SALARY),
                    null, null, null, "As given in currentSalary.", List.of());
        }
        if (request.currentOccupation().isPresent()) {
            Occupation occupation = request.currentOccupation().get();
            Optional<Wages> wages = medianOf(occupation.socCode, request.region());
            if (wages.isEmpty()) {
                return new PathwayList.Baseline(null, code(BaselineBasis.CURRENT_OCCUPATION_MEDIAN),
                        occupation.socCode, null, null, "No edition served publishes a median wage of "
                        + occupation.socCode + ", so the baseline is unknown.", List.of());
            }
            Salary row = wages.get().row();
            String where = wages.get().fallback() ? "national figure, as " + request.region().code
                    + " publishes none" : row.region.code;
            return new PathwayList.Baseline(money(row.annualMedian), code(BaselineBasis.CURRENT_OCCUPATION_MEDIAN),
                    occupation.socCode, row.region.code, SalaryView.editionName(row.edition),
                    "The median annual wage of " + occupation.socCode + " " + occupation.title + " (" + where + ", "
                            + SalaryView.editionName(row.edition) + ").",
                    sources.sourcesOf("salary", row.id));
        }
        Optional<BaselineWage> fallback = baselines.newest(code(DEFAULT_BASELINE), Region.NATION_CODE);
        return fallback.map(wage -> new PathwayList.Baseline(money(wage.annualWage()), wage.basis(), null,
                        wage.region(), String.valueOf(wage.year()), "Neither currentSalary nor currentOccupation was "
                        + "given: " + wage.note(), List.of(wage.source())))
                .orElseGet(() -> new PathwayList.Baseline(null, code(DEFAULT_BASELINE), null, null, null,
                        "No default baseline is loaded, so the baseline is unknown.", List.of()));
    }

    private static Baseline modelBaseline(PathwayList.Baseline baseline) {
        return new Baseline(amount(baseline.annualWage()), BaselineBasis.valueOf(
                baseline.basis().toUpperCase(Locale.ROOT)), baseline.note());
    }

    private static OccupationWages occupationWages(Optional<Wages> wages, Region region) {
        return wages.map(w -> new OccupationWages(w.row().annualP10, w.row().annualP25, w.row().annualMedian,
                        w.row().annualP75, w.row().region.code, w.fallback(),
                        "BLS OEWS " + SalaryView.editionName(w.row().edition)))
                .orElseGet(() -> new OccupationWages(null, null, null, null, region.code, false, null));
    }

    /**
     * What the credential costs to earn and keep, as the data holds it: the issuer's fees, the dues of the membership
     * its member rate needs (every year where only members may hold it), its published first-time pass rate and its
     * renewal fee (the non-member one where both are published: the model prices one). No source gives the cost of
     * continuing education, so the model names it in {@code missing}.
     */
    private static CredentialCosts costs(Certification certification) {
        return new CredentialCosts(certification.examFeeMember, certification.examFeeNonmember,
                certification.membershipDues, Boolean.TRUE.equals(certification.membershipRequired),
                certification.passRatePercent == null ? null
                        : certification.passRatePercent.divide(PERCENT, 4, RoundingMode.HALF_UP),
                certification.renewalFeeNonmember != null ? certification.renewalFeeNonmember
                        : certification.renewalFeeMember,
                certification.renewalCycleYears == null ? null : certification.renewalCycleYears * MONTHS_A_YEAR,
                null);
    }

    private PathwayList.Credential credential(Certification certification, CredentialCosts costs) {
        return new PathwayList.Credential(certification.code, certification.acronym, certification.name,
                money(costs.examFeeMember()), money(costs.examFeeNonMember()), money(costs.membershipAnnualDues()),
                costs.membershipRequired(), costs.firstTimePassRate(), money(costs.renewalFee()),
                costs.renewalCycleMonths(), money(costs.continuingEducationAnnualCost()),
                sources.sourcesOf("certification", certification.id));
    }

    private PathwayList.Wages wagesView(Optional<Occupation> occupation, Optional<Wages> wages, Region region) {
        if (occupation.isEmpty()) {
            return new PathwayList.Wages(null, null, null, null, null, false, null, null, null, null,
                    "The credential leads to no occupation in the data, so what it pays is unknown.", List.of());
        }
        String soc = occupation.get().socCode;
        String title = occupation.get().title;
        if (wages.isEmpty()) {
            return new PathwayList.Wages(soc, title, null, null, null, false, null, null, null, null,
                    "No edition served publishes the wage percentiles of " + soc + ", so what it pays is unknown.",
                    List.of());
        }
        Salary row = wages.get().row();
        String edition = SalaryView.editionName(row.edition);
        String note = wages.get().fallback()
                ? "No edition served publishes the wage percentiles of " + soc + " for " + region.code + " (" + region.name
                        + "), so the national figures of " + edition + " stand in."
                : "The newest edition that publishes the wage percentiles of " + soc + " for " + region.code + " ("
                        + region.name + ").";
        return new PathwayList.Wages(soc, title, row.region.code, row.edition, edition, wages.get().fallback(),
                money(row.annualP10), money(row.annualP25), money(row.annualMedian), money(row.annualP75), note,
                sources.sourcesOf("salary", row.id));
    }

    /**
     * The route that needs no program, where the eligibility allows one: a route open with no
     * education or a diploma that asks for no accredited program and no prior credential. Of several,
     * the one asking the fewest known months of experience.
     */
    private static Optional<ExamOnly> examOnly(Certification certification) {
        return certification.routes.stream()
                .filter(r -> r.minEducation != null && NO_PROGRAM_LEVELS.contains(r.minEducation)
                        && r.accreditation == null && r.prerequisite == null)
                .min(Comparator.comparing((EligibilityRoute r) -> r.experienceMonths,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(r -> new ExamOnly(r.minEducation, r.experienceMonths, r.description));
    }

    /** Undated: a page's programs are dated from their sources once the page is known ({@link #dated}). */
    private static ProgramSummary summary(ProgramRepository.Summary p) {
        return new ProgramSummary(p.id(), p.institution(), p.name(), p.state(), p.deliveryMode(), p.awardLevel(),
                p.accredited(), Money.of(p.cost(), p.currency()), Boolean.TRUE.equals(p.examFeeIncluded()),
                p.durationMonths(), null);
    }

    /** The page's programs dated as a program is, from their sources, read for the page's programs alone. */
    private List<Pathway> dated(List<Pathway> page) {
        List<Long> ids = page.stream().filter(route -> route.program() != null).map(route -> route.program().id())
                .toList();
        if (ids.isEmpty()) {
            return page;
        }
        Map<Long, List<SourceView>> cited = sources.sourcesOf(ProgramResource.RECORD_TYPE, ids);
        return page.stream().map(route -> route.program() == null ? route : route.withProgram(route.program()
                .dated(ProgramView.asOf(cited.getOrDefault(route.program().id(), List.of()))))).toList();
    }

    /** The route of a program, or of the exam alone when {@code program} is null. */
    private static Pathway route(Shared shared, ProgramSummary program, ExamOnly examOnly,
                                 Function<PaybackInput, Payback> model) {
        Route route = program == null ? Route.examOnly(null, null)
                : Route.program(program.cost() == null ? null : program.cost().amount(), program.durationMonths(),
                        program.examFeeIncluded(), null);
        Payback payback = model.apply(new PaybackInput(shared.baseline(), shared.wages(), route,
                shared.credential(), shared.settings()));
        Payback.Cost cost = payback.cost();
        return new Pathway(program == null ? "exam_only" : "program", program, examOnly,
                new PathwayList.Cost(money(cost.program()), money(cost.booksAndMaterials()), money(cost.examFees()),
                        money(cost.membershipDues()), money(cost.renewalFees()), money(cost.continuingEducation()),
                        money(cost.total()), money(cost.knownTotal()), cost.complete(), money(cost.forgoneWages())),
                payback.monthsToCredential(), code(payback.monthsBasis()),
                new PathwayList.ExamRate(code(payback.examRate().rate()), code(payback.examRate().reason()),
                        money(payback.examRate().memberTotal()), money(payback.examRate().nonMemberTotal())),
                payback.expectedAttempts(),
                payback.paths().stream().map(path -> new PathwayList.Path(code(path.path()), money(path.startWage()),
                        money(path.endWage()), path.breakEvenMonth(),
                        path.noBreakEven() == null ? null : code(path.noBreakEven()),
                        path.noBreakEven() == null ? null : path.noBreakEven().explanation(),
                        money(path.netGain()))).toList(),
                payback.missing(), payback.assumptions().stream().map(PathwayService::code).toList());
    }

    /**
     * What a route is compared and limited by: its known costs, when the program, the exam attempts and the dues are
     * priced. Books, renewals and continuing education are unknown for nearly every route (they are in
     * {@code missing}), so waiting for them would price nothing; an unpriced program or exam would look cheap.
     */
    static BigDecimal pricedCost(Pathway route) {
        PathwayList.Cost cost = route.cost();
        return cost.program() == null || cost.examFees() == null || cost.membershipDues() == null ? null
                : cost.knownTotal().amount();
    }

    /** The same of the model's cost. */
    static BigDecimal pricedCost(Payback.Cost cost) {
        return cost.program() == null || cost.examFees() == null || cost.membershipDues() == null ? null
                : cost.knownTotal();
    }

    /** The wire form of a model constant: {@code NON_MEMBER} is {@code non_member}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static Money money(BigDecimal amount) {
        return Money.of(amount, CURRENCY);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
