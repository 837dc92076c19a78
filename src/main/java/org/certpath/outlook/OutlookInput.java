package org.certpath.outlook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.api.MoneyInput;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.math.BigDecimal;
import java.util.List;

/** An Employment Projections row as written; employment in persons, the median wage in USD. */
public record OutlookInput(@Pattern(regexp = "\\d{2}-\\d{4}", message = "must be a SOC code such as 29-2072") String soc,
                           @NotBlank @Size(max = 300) String occupationTitle,
                           @NotNull
                           @Pattern(regexp = "[A-Z]{2}", message = "must be US or a USPS code such as NJ")
                           String region,
                           @NotNull
                           @Pattern(regexp = "\\d{4}-\\d{4}", message = "must be a projection period such as 2024-2034")
                           String period,
                           @Min(0) Integer baseEmployment,
                           @Min(0) Integer projectedEmployment,
                           Integer numericChange,
                           @Digits(integer = 5, fraction = 1) BigDecimal percentChange,
                           @Min(0) Integer annualOpenings,
                           @Valid MoneyInput medianWage,
                           @Min(1900) @Max(2100) Integer medianWageYear,
                           @Size(max = 300) String entryEducation,
                           @Size(max = 300) String workExperience,
                           @Size(max = 300) String onTheJobTraining,
                           @Size(max = 4000) String notes,
                           @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    static OutlookInput from(Outlook o, List<SourceInput> sources) {
        return new OutlookInput(o.occupation == null ? null : o.occupation.socCode, o.occupationTitle, o.region.code,
                o.period, o.baseEmployment, o.projectedEmployment, o.numericChange, o.percentChange,
                o.annualOpenings, MoneyInput.of(o.medianWage), o.medianWageYear, o.entryEducation, o.workExperience,
                o.onTheJobTraining, o.notes, sources);
    }
}
