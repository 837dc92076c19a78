package org.certpath.occupation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.util.List;

public record OccupationInput(@NotNull @Pattern(regexp = "\\d{2}-\\d{4}", message = "must be a SOC code such as 29-2072") String soc,
                              @NotBlank @Size(max = 300) String title,
                              @Size(max = 300) String typicalEducation,
                              @Size(max = 4000) String notes,
                              List<@NotNull @Valid DutyInput> duties,
                              @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    /** A duty, in the order of the list; {@code kind} names the source list it comes from. */
    public record DutyInput(@NotBlank @Size(max = 100) String kind, @NotBlank @Size(max = 2000) String text) {
    }

    static OccupationInput from(Occupation o, List<SourceInput> sources) {
        return new OccupationInput(o.socCode, o.title, o.typicalEducation, o.notes,
                o.duties.stream().map(d -> new DutyInput(d.kind, d.text)).toList(), sources);
    }
}
