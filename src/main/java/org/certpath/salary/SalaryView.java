package org.certpath.salary;

import org.certpath.api.Money;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * @param figures  the figures the row holds, named as the response names them ({@code annual.median})
 * @param coverage {@code full}, {@code means}, {@code partial} or {@code none}: see {@link #coverage}
 */
public record SalaryView(long id, String soc, String occupationTitle, String region, String regionName,
                         String edition, String editionName, String industry, Integer employment,
                         BigDecimal employmentRse, BigDecimal industryShare, WageFigures annual,
                         WageFigures hourly, BigDecimal meanRse, List<String> figures, String coverage, String notes,
                         OffsetDateTime updatedAt, List<SourceView> sources) {

    public static final String CURRENCY = "USD";

    /** Every wage estimate of a full OEWS row: each basis' mean and five percentiles. */
    private static final int FULL_WAGES = 12;
    /** The months' English names, looked up once rather than for every row through the JDK's text provider. */
    private static final List<String> MONTH_NAMES = Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.US)).toList();

    /** Mean and percentiles of one wage basis; null where the estimate is not published. */
    public record WageFigures(Money mean, Money p10, Money p25, Money median, Money p75, Money p90) {

        static WageFigures of(BigDecimal mean, BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75,
                              BigDecimal p90) {
            return new WageFigures(Money.of(mean, CURRENCY), Money.of(p10, CURRENCY), Money.of(p25, CURRENCY),
                    Money.of(median, CURRENCY), Money.of(p75, CURRENCY), Money.of(p90, CURRENCY));
        }

        private void addPresent(List<String> present, String basis) {
            addIfPresent(present, basis, "mean", mean);
            addIfPresent(present, basis, "p10", p10);
            addIfPresent(present, basis, "p25", p25);
            addIfPresent(present, basis, "median", median);
            addIfPresent(present, basis, "p75", p75);
            addIfPresent(present, basis, "p90", p90);
        }

        private static void addIfPresent(List<String> present, String basis, String name, Money value) {
            if (value != null) {
                present.add(basis + "." + name);
            }
        }
    }

    public static SalaryView from(Salary s, List<SourceView> sources) {
        return of(s.id, s.occupation.socCode, s.occupation.title, s.region.code, s.region.name, s.edition, s.industry,
                s.employment, s.employmentRse, s.industryShare,
                WageFigures.of(s.annualMean, s.annualP10, s.annualP25, s.annualMedian, s.annualP75, s.annualP90),
                WageFigures.of(s.hourlyMean, s.hourlyP10, s.hourlyP25, s.hourlyMedian, s.hourlyP75, s.hourlyP90),
                s.meanRse, s.notes, s.updatedAt, sources);
    }

    /** A row's view, with the figures it holds and its coverage read from its wages. */
    static SalaryView of(long id, String soc, String occupationTitle, String region, String regionName, String edition,
                         String industry, Integer employment, BigDecimal employmentRse, BigDecimal industryShare,
                         WageFigures annual, WageFigures hourly, BigDecimal meanRse, String notes,
                         OffsetDateTime updatedAt, List<SourceView> sources) {
        List<String> figures = figures(employment, annual, hourly);
        return new SalaryView(id, soc, occupationTitle, region, regionName, edition, editionName(edition), industry,
                employment, employmentRse, industryShare, annual, hourly, meanRse, figures, coverage(figures), notes,
                updatedAt, sources);
    }

    public SalaryView withSources(List<SourceView> sources) {
        return new SalaryView(id, soc, occupationTitle, region, regionName, edition, editionName, industry, employment,
                employmentRse, industryShare, annual, hourly, meanRse, figures, coverage, notes, updatedAt, sources);
    }

    /** The figures the row holds, named as the response names them ({@code annual.median}). */
    static List<String> figures(Integer employment, WageFigures annual, WageFigures hourly) {
        List<String> present = new ArrayList<>();
        if (employment != null) {
            present.add("employment");
        }
        annual.addPresent(present, "annual");
        hourly.addPresent(present, "hourly");
        return present;
    }

    /**
     * {@code full}: every mean and percentile; {@code means}: means and nothing else of the wages (such
     * as the May 2023 state rows); {@code partial}: some wage estimates but not all (such as a state row
     * with the mean and median only); {@code none}: no wage estimate.
     */
    static String coverage(List<String> figures) {
        int wages = 0;
        boolean meansOnly = true;
        for (String figure : figures) {
            if (!figure.equals("employment")) {
                wages++;
                meansOnly &= figure.endsWith(".mean");
            }
        }
        if (wages == 0) {
            return "none";
        }
        if (wages == FULL_WAGES) {
            return "full";
        }
        return meansOnly ? "means" : "partial";
    }

    /** "2024-05" reads as "May 2024", the way BLS names its OEWS editions. */
    public static String editionName(String edition) {
        YearMonth month = YearMonth.parse(edition);
        return MONTH_NAMES.get(month.getMonthValue() - 1) + " " + month.getYear();
    }
}
