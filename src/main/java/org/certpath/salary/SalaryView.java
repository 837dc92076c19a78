package org.certpath.salary;

import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public record SalaryView(long id, String soc, String occupationTitle, String region, String regionName,
                         String edition, String editionName, String industry, Integer employment,
                         BigDecimal employmentRse, BigDecimal industryShare, String currency, Wages annual,
                         Wages hourly, BigDecimal meanRse, List<String> figures, String coverage, String notes,
                         OffsetDateTime updatedAt, List<SourceView> sources) {

    /** Every wage estimate of a full OEWS row: each basis' mean and five percentiles. */
    private static final int FULL_WAGES = 12;

    /** Mean and percentiles of one wage basis; null where the estimate is not published. */
    public record Wages(BigDecimal mean, BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75,
                       BigDecimal p90) {
    }

    public static SalaryView from(Salary s, List<SourceView> sources) {
        Wages annual = new Wages(s.annualMean, s.annualP10, s.annualP25, s.annualMedian, s.annualP75, s.annualP90);
        Wages hourly = new Wages(s.hourlyMean, s.hourlyP10, s.hourlyP25, s.hourlyMedian, s.hourlyP75, s.hourlyP90);
        List<String> figures = figures(s.employment, annual, hourly);
        return new SalaryView(s.id, s.occupation.socCode, s.occupation.title, s.region.code, s.region.name,
                s.edition, editionName(s.edition), s.industry, s.employment, s.employmentRse, s.industryShare, "USD",
                annual, hourly, s.meanRse, figures, coverage(figures), s.notes, s.updatedAt, sources);
    }

    /** The figures the row holds, named as the response names them ({@code annual.median}). */
    static List<String> figures(Integer employment, Wages annual, Wages hourly) {
        List<String> present = new ArrayList<>();
        if (employment != null) {
            present.add("employment");
        }
        addPresent(present, "annual", annual);
        addPresent(present, "hourly", hourly);
        return present;
    }

    /**
     * {@code full}: every mean and percentile; {@code means}: means and nothing else of the wages (such
     * as the May 2023 state rows); {@code partial}: some wage estimates but not all (such as a state row
     * with the mean and median only); {@code none}: no wage estimate.
     */
    static String coverage(List<String> figures) {
        List<String> wages = figures.stream().filter(f -> !f.equals("employment")).toList();
        if (wages.isEmpty()) {
            return "none";
        }
        if (wages.size() == FULL_WAGES) {
            return "full";
        }
        return wages.stream().allMatch(f -> f.endsWith(".mean")) ? "means" : "partial";
    }

    private static void addPresent(List<String> present, String basis, Wages wages) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("mean", wages.mean());
        values.put("p10", wages.p10());
        values.put("p25", wages.p25());
        values.put("median", wages.median());
        values.put("p75", wages.p75());
        values.put("p90", wages.p90());
        values.forEach((name, value) -> {
            if (value != null) {
                present.add(basis + "." + name);
            }
        });
    }

    /** "2024-05" reads as "May 2024", the way BLS names its OEWS editions. */
    public static String editionName(String edition) {
        YearMonth month = YearMonth.parse(edition);
        return Month.from(month).getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }
}
