package org.certpath.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Money;
import org.certpath.certification.Certification;
import org.certpath.certification.CertificationView;
import org.certpath.outlook.OutlookRepository;
import org.certpath.pathway.Comparison.Column;
import org.certpath.pathway.Comparison.Eligibility;
import org.certpath.pathway.Comparison.Growth;
import org.certpath.program.ProgramRepository;
import org.certpath.region.Region;
import org.certpath.salary.Salary;
import org.certpath.salary.SalaryRepository;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class ComparisonService {

    private final ProgramRepository programs;
    private final SalaryRepository salaries;
    private final OutlookRepository outlooks;

    public ComparisonService(ProgramRepository programs, SalaryRepository salaries, OutlookRepository outlooks) {
        this.programs = programs;
        this.salaries = salaries;
        this.outlooks = outlooks;
    }

    /** One column per credential, in the order given. */
    public Comparison compare(List<Certification> certifications) {
        Map<String, Long> programCounts = programs.countByCertification(certifications.stream().map(c -> c.code).toList());
        return new Comparison(certifications.stream().map(c -> new Column(c.code, c.acronym, c.name,
                CertificationView.Issuer.of(c), Arrays.asList(c.focus), eligibility(c), CertificationView.Exam.of(c),
                CertificationView.Renewal.of(c), c.occupations.stream().map(o -> occupation(o.occupation, o.editorial))
                .sorted(Comparator.comparing(Comparison.Occupation::soc)).toList(),
                programCounts.getOrDefault(c.code, 0L))).toList());
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
