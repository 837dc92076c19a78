package org.certpath.salary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.api.MoneyInput;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/** OEWS estimates as written; {@code industry} defaults to the cross-industry estimate. */
public record SalaryInput(@NotNull @Pattern(regexp = "\\d{2}-\\d{4}", message = "must be a SOC code such as 29-2072") String soc,
                          @NotNull
                          @Pattern(regexp = "[A-Z]{2}|\\d{5}", message = "must be US, a USPS code such as NJ or a metro area's CBSA code such as 10900")
                          String region,
                          @NotNull
                          @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be an OEWS edition such as 2024-05")
                          String edition,
                          @Size(min = 1, max = 300) String industry,
                          @Min(0) Integer employment,
                          @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal employmentRse,
                          @DecimalMin("0")
                          @DecimalMax("100")
                          @Digits(integer = 3, fraction = 2)
                          BigDecimal industryShare,
                          @Valid WagesInput annual,
                          @Valid WagesInput hourly,
                          @DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal meanRse,
                          @Size(max = 4000) String notes,
                          @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    /** Mean and percentiles of one wage basis, each money as read; null where BLS publishes no estimate. */
    public record WagesInput(@Valid MoneyInput mean, @Valid MoneyInput p10, @Valid MoneyInput p25,
                             @Valid MoneyInput median, @Valid MoneyInput p75, @Valid MoneyInput p90) {

        static final WagesInput NONE = new WagesInput(null, null, null, null, null, null);

        public static WagesInput of(BigDecimal mean, BigDecimal p10, BigDecimal p25, BigDecimal median,
                                    BigDecimal p75, BigDecimal p90) {
            return new WagesInput(MoneyInput.of(mean), MoneyInput.of(p10), MoneyInput.of(p25), MoneyInput.of(median),
                    MoneyInput.of(p75), MoneyInput.of(p90));
        }

        List<BigDecimal> all() {
            return Stream.of(mean, p10, p25, median, p75, p90).map(MoneyInput::amountOf).toList();
        }
    }

    public static SalaryInput from(Salary s, List<SourceInput> sources) {
        return new SalaryInput(s.occupation.socCode, s.region.code, s.edition, s.industry, s.employment,
                s.employmentRse, s.industryShare,
                WagesInput.of(s.annualMean, s.annualP10, s.annualP25, s.annualMedian, s.annualP75, s.annualP90),
                WagesInput.of(s.hourlyMean, s.hourlyP10, s.hourlyP25, s.hourlyMedian, s.hourlyP75, s.hourlyP90),
                s.meanRse, s.notes, sources);
    }
}
