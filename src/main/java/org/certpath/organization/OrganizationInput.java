package org.certpath.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.util.List;

public record OrganizationInput(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,30}", message = "must be a lower-case slug such as ahima") String slug,
                                @NotBlank @Size(max = 30) String acronym,
                                @NotBlank @Size(max = 300) String name,
                                @Size(max = 2000)
                                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                                String website,
                                @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    static OrganizationInput from(Organization o, List<SourceInput> sources) {
        return new OrganizationInput(o.slug, o.acronym, o.name, o.website, sources);
    }
}
