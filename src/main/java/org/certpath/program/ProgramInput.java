package org.certpath.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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

/** A program as written: the fields of {@link ProgramView} that are not derived, and its sources. */
public record ProgramInput(@NotBlank @Size(max = 300) String institution,
                           @NotBlank @Size(max = 300) String name,
                           List<@NotNull @Pattern(regexp = "[a-z][a-z-]{1,15}", message = "must be a certification code such as rhit") String> certifications,
                           @Size(max = 2000) String credentialText,
                           @Pattern(regexp = "certificate|diploma|associate|bachelor|non_credit", message = "must be one of certificate, diploma, associate, bachelor, non_credit")
                           String awardLevel,
                           @Size(max = 2000) String awardText,
                           @Pattern(regexp = "online|in_person|hybrid", message = "must be one of online, in_person, hybrid")
                           String deliveryMode,
                           @Size(max = 2000) String deliveryText,
                           @Min(0) @Max(240) Integer durationMonths,
                           @Size(max = 2000) String durationText,
                           @DecimalMin("0") @Digits(integer = 6, fraction = 1) BigDecimal creditHours,
                           @DecimalMin("0") @Digits(integer = 6, fraction = 1) BigDecimal clockHours,
                           @Size(max = 2000) String hoursText,
                           Boolean accredited,
                           @Size(max = 2000) String accreditation,
                           @Size(max = 300) String accreditor,
                           List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a USPS code such as NJ") String> serviceRestrictedTo,
                           @Valid MoneyInput cost,
                           @Size(max = 4000) String costNotes,
                           @Pattern(regexp = "[A-Z]{2}", message = "must be a USPS code such as NJ") String state,
                           @Pattern(regexp = "\\d{2}\\.\\d{4}", message = "must be a CIP code such as 51.0707")
                           String cipCode,
                           @Size(max = 4000) String notes,
                           @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    /** The same program with these sources. */
    public ProgramInput withSources(List<SourceInput> replaced) {
        return new ProgramInput(institution, name, certifications, credentialText, awardLevel, awardText, deliveryMode,
                deliveryText, durationMonths, durationText, creditHours, clockHours, hoursText, accredited,
                accreditation, accreditor, serviceRestrictedTo, cost, costNotes, state, cipCode, notes, replaced);
    }

    static ProgramInput from(Program p, List<SourceInput> sources) {
        return new ProgramInput(p.institution, p.name, p.certifications.stream().map(c -> c.code).toList(),
                p.credentialText, p.awardLevel, p.awardText, p.deliveryMode, p.deliveryText, p.durationMonths,
                p.durationText, p.creditHours, p.clockHours, p.hoursText, p.accredited, p.accreditation, p.accreditor,
                p.serviceRestrictedTo == null ? null : List.of(p.serviceRestrictedTo), MoneyInput.of(p.cost),
                p.costNotes, p.region == null ? null : p.region.code, p.cipCode, p.notes, sources);
    }
}
