package org.certpath.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationView;
import org.certpath.outlook.OutlookRepository;
import org.certpath.pathway.Comparison.Column;
import org.certpath.pathway.Comparison.Eligibility;
import org.certpath.pathway.Comparison.Growth;
import org.certpath.program.ProgramRepository;
import org.certpath.api.ListParams;
import org.certpath.api.Money;
import org.certpath.api.Sorting;
import org.certpath.region.Region;
import org.certpath.salary.Salary;
import org.certpath.salary.SalaryRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

@ApplicationScoped
public class ComparisonService {

    /** The cheapest priced route first: one route is all a column shows. */
    private static final ListParams<PathwayList.Pathway> CHEAPEST_ROUTE = new ListParams<>(1,
            List.of(new Sorting.Order<>(PathwayService.SORTING.get(PathwayService.SORTING.defaultSort()), false)),
            PathwayService.SORTING.defaultSort(), Optional.empty(), Set.of(), Optional.empty());

    /** The figures compared across columns, by the name {@code sameInEveryColumn} gives them. */
    private static final Map<String, Function<Column, Object>> COMPARED = compared();

    private final ProgramRepository programs;
    private final SalaryRepository salaries;
    private final OutlookRepository outlooks;
    private final PathwayService pathways;

    public ComparisonService(ProgramRepository programs, SalaryRepository salaries, OutlookRepository outlooks,
                             PathwayService pathways) {
        this.programs = programs;
        this.salaries = salaries;
        this.outlooks = outlooks;
        this.pathways = pathways;
    }

    /**
     * One column per credential, in the order given, each priced by the pathways model in the region. In one
     * transaction, which the pathways join: they stream programs, which the driver batches only in a transaction.
     */
    @Transactional
    public Comparison compare(List<Certification> certifications, Region region) {
        Map<String, Long> programCounts = programs.countByCertification(certifications.stream().map(c -> c.code).toList());
        List<PathwayList> routes = certifications.stream().map(c -> pathways.pathways(new PathwayService.Request(c,
                region, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                PaybackInput.Settings.DEFAULTS, CHEAPEST_ROUTE))).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < certifications.size(); i++) {
            Certification c = certifications.get(i);
            PathwayList priced = routes.get(i);
            Comparison.Route cheapest = priced.items().stream()
                    .filter(route -> PathwayService.pricedCost(route) != null).findFirst().map(Comparison.Route::of)
                    .orElse(null);
            columns.add(new Column(c.code, c.acronym, c.name, CertificationView.Issuer.of(c), Arrays.asList(c.focus),
                    eligibility(c), CertificationView.Exam.of(c), CertificationView.Renewal.of(c),
                    c.occupations.stream().map(o -> occupation(o.occupation, o.editorial))
                            .sorted(Comparator.comparing(Comparison.Occupation::soc)).toList(),
                    programCounts.getOrDefault(c.code, 0L), priced.wages(), priced.premium(), cheapest,
                    priced.page().total()));
        }
        PathwayList first = routes.get(0);
        return new Comparison(first.region(), first.baseline(), first.settings(), columns, sameInEveryColumn(columns));
    }

    private static Map<String, Function<Column, Object>> compared() {
        Map<String, Function<Column, Object>> figures = new LinkedHashMap<>();
        figures.put("wages", column -> column.wages() == null ? null : Arrays.asList(column.wages().soc(),
                column.wages().region(), column.wages().edition(), column.wages().p10(), column.wages().p25(),
                column.wages().median(), column.wages().p75()));
        figures.put("examFeeNonMember", column -> column.exam() == null ? null : column.exam().feeNonMember());
        figures.put("premium.evidence", column -> column.premium().evidence());
        figures.put("cheapestRoute.price", column -> column.cheapestRoute() == null ? null
                : column.cheapestRoute().price());
        figures.put("cheapestRoute.monthsToCredential", column -> column.cheapestRoute() == null ? null
                : column.cheapestRoute().monthsToCredential());
        figures.put("cheapestRoute.expectedAttempts", column -> column.cheapestRoute() == null ? null
                : column.cheapestRoute().expectedAttempts());
        figures.put("cheapestRoute.breakEvenMonth", column -> column.cheapestRoute() == null ? null
                : column.cheapestRoute().central().breakEvenMonth());
        figures.put("cheapestRoute.netGain", column -> column.cheapestRoute() == null ? null
                : column.cheapestRoute().central().netGain());
        return figures;
    }

    /** The compared figures whose value is the same, and known, in every column. */
    private static List<String> sameInEveryColumn(List<Column> columns) {
        return COMPARED.entrySet().stream().filter(figure -> {
            Object value = figure.getValue().apply(columns.get(0));
            return value != null && columns.stream().allMatch(column -> equal(value, figure.getValue().apply(column)));
        }).map(Map.Entry::getKey).toList();
    }

    /** Equal values, amounts by value: 299 and 299.00 are the same fee. */
    private static boolean equal(Object a, Object b) {
        Object x = a instanceof Money money ? money.amount() : a;
        Object y = b instanceof Money money ? money.amount() : b;
        if (x instanceof BigDecimal first && y instanceof BigDecimal second) {
            return first.compareTo(second) == 0;
        }
        return Objects.equals(x, y);
    }

    /**
     * The lowest education any route accepts and the experience asked at that level: the fewest
     * months among the routes at that level, or unknown when any of them does not state its months
     * (the least could then be lower than the months stated).
     */
    private static Eligibility eligibility(Certification c) {
        List<Integer> months = c.routes.stream().filter(r -> Objects.equals(r.minEducation, c.minEducation))
                .map(r -> r.experienceMonths).toList();
        Integer least = months.isEmpty() || months.contains(null) ? null
                : months.stream().min(Comparator.naturalOrder()).orElseThrow();
        return new Eligibility(c.minEducation, least);
    }

    private Comparison.Occupation occupation(org.certpath.occupation.Occupation occupation, boolean editorial) {
        Optional<Salary> wage = salaries.newestWithMedian(occupation.socCode, Region.NATION_CODE);
        Growth growth = outlooks.newestNational(occupation.socCode)
                .map(o -> new Growth(o.period, o.percentChange)).orElse(null);
        return new Comparison.Occupation(occupation.socCode, occupation.title, editorial,
                wage.map(s -> Money.of(s.annualMedian, PathwayService.CURRENCY)).orElse(null),
                wage.map(s -> s.edition).orElse(null), growth);
    }

}
