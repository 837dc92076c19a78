package org.certpath.pathway;

import org.certpath.api.Money;
import org.certpath.certification.CertificationView;

import java.math.BigDecimal;
import java.util.List;

/**
 * Credentials side by side, one column each in the order asked, each with the payback of its cheapest route computed
 * by the pathways model from the same baseline and settings, and the figures that do not tell the columns apart.
 *
 * @param sameInEveryColumn the compared figures whose value is the same in every column: they do not tell the
 *                          credentials apart (two credentials of one occupation earn the same wages; two without a
 *                          salary survey of their holders have the same evidence: none)
 */
public record Comparison(PathwayList.Place region, PathwayList.Baseline baseline, PathwayList.Settings settings,
                         List<Column> columns, List<String> sameInEveryColumn) {

    /**
     * @param wages         the wage percentiles of the occupation the credential leads to, in the region
     * @param premium       as pathways give it: no measured premium, and the salary surveys of the credential's
     *                      holders as evidence beside the figures
     * @param cheapestRoute the priced route to the credential that costs least (often the exam alone); null when no
     *                      route is priced
     * @param routeCount    the routes to the credential in the region: its programs, and the exam alone where allowed
     */
    public record Column(String code, String acronym, String name, CertificationView.Issuer issuer,
                         List<String> focus, Eligibility eligibility, CertificationView.Exam exam,
                         CertificationView.Renewal renewal, List<Occupation> occupations, long programCount,
                         PathwayList.Wages wages, PathwayList.Premium premium, Route cheapestRoute,
                         long routeCount) {
    }

    /**
     * A route as a column shows it: what it is, its price and time, and its payback on the three pay paths.
     *
     * @param program the program's id, institution and name; null for the exam alone
     * @param price   the route's known costs, as pathways sort and limit by them
     */
    public record Route(String route, PathwayList.ProgramSummary program, Money price, Integer monthsToCredential,
                        String monthsBasis, PathwayList.ExamRate examRate, BigDecimal expectedAttempts,
                        List<PathwayList.Path> paths, List<String> missing, List<String> assumptions) {

        static Route of(PathwayList.Pathway pathway) {
            return new Route(pathway.route(), pathway.program(), pathway.cost().knownTotal(),
                    pathway.monthsToCredential(), pathway.monthsBasis(), pathway.examRate(),
                    pathway.expectedAttempts(), pathway.paths(), pathway.missing(), pathway.assumptions());
        }

        PathwayList.Path central() {
            return paths.get(1);
        }
    }

    public record Eligibility(String minEducation, Integer experienceMonths) {
    }

    /** The national median wage of the newest OEWS edition that publishes one, and that edition. */
    public record Occupation(String soc, String title, boolean editorial, Money medianWage, String medianWageEdition,
                             Growth growth) {
    }

    public record Growth(String period, BigDecimal percentChange) {
    }
}
