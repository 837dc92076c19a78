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
import org.certpath.pathway.PathwayList.Assumptions;
import org.certpath.pathway.PathwayList.CurrentSalaryBasis;
import org.certpath.pathway.PathwayList.ExamFeeBasis;
import org.certpath.pathway.PathwayList.ExamOnly;
import org.certpath.pathway.PathwayList.ExpectedSalary;
import org.certpath.pathway.PathwayList.Pathway;
import org.certpath.pathway.PathwayList.ProgramSummary;
import org.certpath.pathway.PathwayList.SalaryBasis;
import org.certpath.program.ProgramCriteria;
import org.certpath.program.ProgramRepository;
import org.certpath.region.Region;
import org.certpath.salary.Salary;
import org.certpath.salary.SalaryRepository;
import org.certpath.salary.SalaryView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Computes the routes to a credential from the data alone: what each costs, how long it takes and
 * how fast the expected pay repays it. An unknown input leaves every figure that depends on it
 * unknown and is named in {@code missing}; nothing is priced by default.
 */
@ApplicationScoped
public class PathwayService {

    public static final String CURRENCY = "USD";
    public static final String FIGURE = "BLS OEWS annual wages, all industries: the median is the expected salary, "
            + "the 25th to 75th percentiles its range.";
    /** Levels at which an eligibility route can stand without a program: no education, or a diploma. */
    private static final Set<String> NO_PROGRAM_LEVELS = Set.of("none", "high_school");
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    /** The exam-only route has no program: id 0 puts it before every program among equals. */
    public static final Sorting<Pathway> SORTING = Sorting.<Pathway>byId("id",
                    p -> p.program() == null ? 0L : p.program().id())
            .field("totalCost", "totalCost", BigDecimal.class, p -> amount(p.totalCost()))
            .field("months", "months", Integer.class, Pathway::months)
            .field("paybackMonths", "paybackMonths", Integer.class, Pathway::paybackMonths)
            .defaultSort("totalCost");

    private final ProgramRepository programs;
    private final SalaryRepository salaries;

    public PathwayService(ProgramRepository programs, SalaryRepository salaries) {
        this.programs = programs;
        this.salaries = salaries;
    }

    /** The validated parameters of a pathways request. */
    public record Request(Certification certification, Region region, List<String> modes,
                          Optional<BigDecimal> maxCost, Optional<Integer> maxMonths, boolean member,
                          Optional<BigDecimal> currentSalary, ListParams<Pathway> paging) {
    }

    /** The salary row the figures come from, and whether it is the national one standing in for the region. */
    private record Wages(Salary row, boolean fallback) {
    }

    /** What every route of one request shares. */
    private record Basis(BigDecimal examFee, ExpectedSalary expected, BigDecimal median, BigDecimal current) {
    }

    /** In a transaction: only there does the driver fetch the programs in batches instead of all at once. */
    @Transactional
    public PathwayList pathways(Request request) {
        Certification certification = request.certification();
        Optional<Occupation> occupation = occupationOf(certification);
        Optional<Wages> wages = occupation.flatMap(o -> wagesOf(o.socCode, request.region()));
        Salary row = wages.map(Wages::row).orElse(null);
        BigDecimal examFee = request.member() ? certification.examFeeMember : certification.examFeeNonmember;
        BigDecimal current = request.currentSalary().orElse(row == null ? null : row.annualP10);

        ExpectedSalary expected = wages.map(w -> new ExpectedSalary(Money.of(w.row().annualMedian, CURRENCY),
                Money.of(w.row().annualP25, CURRENCY), Money.of(w.row().annualP75, CURRENCY), w.row().region.code,
                w.row().edition, w.fallback())).orElse(null);
        Basis basis = new Basis(examFee, expected, row == null ? null : row.annualMedian, current);

        Optional<Pathway> exam = examOnly(certification).map(route -> route(basis, null, route, route.experienceMonths()));
        Listing.Slice<Pathway> slice;
        try (Stream<ProgramRepository.Summary> found = programs.summaries(
                ProgramCriteria.ofCertification(certification.id, request.modes()))) {
            Stream<Pathway> routes = Stream.concat(exam.stream(),
                    found.map(program -> route(basis, summary(program), null, program.durationMonths())));
            slice = Listing.page(routes
                    .filter(p -> request.maxCost().map(max -> p.totalCost() != null && p.totalCost().amount().compareTo(max) <= 0).orElse(true))
                    .filter(p -> request.maxMonths().map(max -> p.months() != null && p.months() <= max).orElse(true)),
                    request.paging(), SORTING);
        }

        Assumptions assumptions = new Assumptions(
                salaryBasis(certification, occupation, wages, request.region()),
                examFeeBasis(certification, request.member(), examFee),
                currentSalaryBasis(request.currentSalary().isPresent(), current, wages));
        return new PathwayList(new PathwayList.Credential(certification.code, certification.acronym, certification.name),
                new PathwayList.Place(request.region().code, request.region().name), assumptions, slice.items(),
                new Page.Info(request.paging().limit(), slice.total(), slice.next().map(Cursor::encode).orElse(null)));
    }

    /**
     * The occupation whose wages a credential is expected to earn: a link a source states before an
     * editorial one, then the lowest SOC code, so that the choice never depends on row order.
     */
    private static Optional<Occupation> occupationOf(Certification certification) {
        return certification.occupations.stream()
                .sorted(Comparator.comparing((RelatedOccupation o) -> o.editorial)
                        .thenComparing(o -> o.occupation.socCode))
                .map(o -> o.occupation).findFirst();
    }

    /** The newest edition with a median in the region, else the newest national one (a fallback). */
    private Optional<Wages> wagesOf(String soc, Region region) {
        Optional<Wages> regional = salaries.newestWithMedian(soc, region.code).map(row -> new Wages(row, false));
        if (regional.isPresent() || Region.NATION_CODE.equals(region.code)) {
            return regional;
        }
        return salaries.newestWithMedian(soc, Region.NATION_CODE).map(row -> new Wages(row, true));
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

    private static ProgramSummary summary(ProgramRepository.Summary p) {
        return new ProgramSummary(p.id(), p.institution(), p.name(), p.state(), p.deliveryMode(), p.awardLevel(),
                p.accredited(), Money.of(p.cost(), p.currency()), Boolean.TRUE.equals(p.examFeeIncluded()),
                p.durationMonths());
    }

    /**
     * One route's figures. Total cost = program cost (none for the exam alone) + exam fee, unless the
     * program's source says its cost includes the exam: then the exam fee is neither added nor needed. Annual
     * uplift = expected median - current salary; monthly uplift = annual / 12, to the cent (half up);
     * payback = total cost / monthly uplift, rounded up to whole months: the first month by whose end
     * the extra pay has covered the cost.
     */
    private static Pathway route(Basis basis, ProgramSummary program, ExamOnly examOnly, Integer months) {
        BigDecimal programCost = program == null ? BigDecimal.ZERO : amount(program.cost());
        boolean examIncluded = program != null && program.examFeeIncluded();
        BigDecimal examCost = examIncluded ? BigDecimal.ZERO : basis.examFee();
        List<String> missing = new ArrayList<>();
        if (programCost == null) {
            missing.add("programCost");
        }
        if (examCost == null) {
            missing.add("examFee");
        }
        if (months == null) {
            missing.add("months");
        }
        if (basis.median() == null) {
            missing.add("salary");
        }
        if (basis.current() == null) {
            missing.add("currentSalary");
        }
        BigDecimal total = programCost == null || examCost == null ? null : programCost.add(examCost);
        BigDecimal annual = basis.median() == null || basis.current() == null ? null
                : basis.median().subtract(basis.current());
        BigDecimal monthly = annual == null ? null : annual.divide(MONTHS_A_YEAR, 2, RoundingMode.HALF_UP);

        Integer payback = null;
        String note = null;
        List<String> unknown = missing.stream().filter(name -> !name.equals("months")).toList();
        if (!unknown.isEmpty()) {
            note = "Not computed: " + String.join(", ", unknown) + " unknown.";
        } else if (monthly.signum() <= 0) {
            note = "Not computed: the monthly uplift is zero or less (expected median " + plain(basis.median())
                    + " USD, current salary " + plain(basis.current()) + " USD), so the cost is never paid back.";
        } else {
            payback = total.divide(monthly, 0, RoundingMode.CEILING).intValueExact();
        }
        return new Pathway(program == null ? "exam_only" : "program", program, examOnly,
                Money.of(basis.examFee(), CURRENCY), Money.of(total, CURRENCY), months, basis.expected(),
                Money.of(annual, CURRENCY), Money.of(monthly, CURRENCY), payback, note, List.copyOf(missing));
    }

    private static SalaryBasis salaryBasis(Certification certification,
                                           Optional<Occupation> occupation,
                                           Optional<Wages> wages, Region region) {
        if (occupation.isEmpty()) {
            return new SalaryBasis(null, null, FIGURE, null, null, null, false, certification.acronym
                    + " leads to no occupation in the data, so what it pays is unknown.");
        }
        String soc = occupation.get().socCode;
        String title = occupation.get().title;
        if (wages.isEmpty()) {
            return new SalaryBasis(soc, title, FIGURE, null, null, null, false,
                    "No edition served publishes a median wage of " + soc + ", so what it pays is unknown.");
        }
        Salary row = wages.get().row();
        String edition = SalaryView.editionName(row.edition);
        String note = wages.get().fallback()
                ? "No edition served publishes a median wage of " + soc + " for " + region.code + " ("
                        + region.name + "; state rows carry at most the annual mean, and a mean is not a median), "
                        + "so the national figures of " + edition + " stand in."
                : "The newest edition that publishes a median wage of " + soc + " for " + region.code + " ("
                        + region.name + ").";
        return new SalaryBasis(soc, title, FIGURE, row.region.code, row.edition, edition, wages.get().fallback(), note);
    }

    private static ExamFeeBasis examFeeBasis(Certification certification, boolean member, BigDecimal fee) {
        String rate = member ? "member" : "nonMember";
        String asked = member ? "member" : "non-member";
        if (fee != null) {
            return new ExamFeeBasis(rate, Money.of(fee, CURRENCY), "The " + asked + " exam fee (member="
                    + member + ").");
        }
        BigDecimal other = member ? certification.examFeeNonmember : certification.examFeeMember;
        String note = "No " + asked + " exam fee of " + certification.acronym + " is published in the data, so it is "
                + "unknown (member=" + member + ")";
        return new ExamFeeBasis(rate, null, other == null ? note + "." : note + "; the "
                + (member ? "non-member" : "member") + " fee (" + plain(other) + " USD) is not used in its place.");
    }

    private static CurrentSalaryBasis currentSalaryBasis(boolean given, BigDecimal current, Optional<Wages> wages) {
        if (given) {
            return new CurrentSalaryBasis(Money.of(current, CURRENCY), "parameter", "As given in currentSalary.");
        }
        if (current == null) {
            return new CurrentSalaryBasis(null, "unknown", "currentSalary was not given and no 10th-percentile wage "
                    + "of the credential's occupation is known to stand in for it.");
        }
        Salary row = wages.orElseThrow().row();
        return new CurrentSalaryBasis(Money.of(current, CURRENCY), "p10", "currentSalary was not given: the "
                + "10th-percentile annual wage of " + row.occupation.socCode + " in " + row.region.code + ", "
                + SalaryView.editionName(row.edition) + " (the same figures as the expected salary), stands in.");
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

}
