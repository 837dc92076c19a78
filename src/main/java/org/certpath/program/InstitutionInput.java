package org.certpath.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.util.List;

/** An institution as the IPEDS directory describes it. */
public record InstitutionInput(@Min(100000) @Max(999999) int unitId,
                               @NotBlank @Size(max = 300) String name,
                               @Size(max = 300) String city,
                               @Pattern(regexp = "[A-Z]{2}", message = "must be a USPS code such as NJ") String state,
                               @Size(max = 20) String zip,
                               @Size(max = 2000) String webAddress,
                               @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    public static InstitutionInput from(Institution i, List<SourceInput> sources) {
        return new InstitutionInput(i.unitId, i.name, i.city, i.state, i.zip, i.webAddress, sources);
    }
}
