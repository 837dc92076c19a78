package org.certpath.salary;

import org.certpath.api.Money;
import org.certpath.provenance.SourceView;

import java.math.BigDecimal;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

public record SalaryView(long id, String soc, String occupationTitle, String region, String regionName,
                         String edition, String editionName, String industry, Integer employment,
                         BigDecimal employmentRse, BigDecimal industryShare, WageFigures annual,
                         WageFigures hourly, BigDecimal meanRse, String notes, OffsetDateTime updatedAt,
                         List<SourceView> sources) {

    public static final String CURRENCY = "USD";

    /** Mean and percentiles of one wage basis; null where the estimate is not published. */
    public record WageFigures(Money mean, Money p10, Money p25, Money median, Money p75, Money p90) {

        static WageFigures of(BigDecimal mean, BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75,
                              BigDecimal p90) {
            return new WageFigures(Money.of(mean, CURRENCY), Money.of(p10, CURRENCY), Money.of(p25, CURRENCY),
                    Money.of(median, CURRENCY), Money.of(p75, CURRENCY), Money.of(p90, CURRENCY));
        }
    }

    public static SalaryView from(Salary s, List<SourceView> sources) {
        return new SalaryView(s.id, s.occupation.socCode, s.occupation.title, s.region.code, s.region.name,
                s.edition, editionName(s.edition), s.industry, s.employment, s.employmentRse, s.industryShare,
                WageFigures.of(s.annualMean, s.annualP10, s.annualP25, s.annualMedian, s.annualP75, s.annualP90),
                WageFigures.of(s.hourlyMean, s.hourlyP10, s.hourlyP25, s.hourlyMedian, s.hourlyP75, s.hourlyP90),
                s.meanRse, s.notes, s.updatedAt, sources);
    }

    /** "2024-05" reads as "May 2024", the way BLS names its OEWS editions. */
    public static String editionName(String edition) {
        YearMonth month = YearMonth.parse(edition);
        return Month.from(month).getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }
}
