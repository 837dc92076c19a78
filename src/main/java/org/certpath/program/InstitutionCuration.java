package org.certpath.program;

import jakarta.inject.Singleton;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Keys;
import org.certpath.curation.Violations;
import org.certpath.provenance.SourceInput;

import java.util.Optional;

/** How the institutions of the IPEDS directory are written, by the directory import only; keyed by UNITID. */
@Singleton
public class InstitutionCuration extends CuratedCollection<Institution, InstitutionInput> {

    private final InstitutionRepository institutions;

    public InstitutionCuration(InstitutionRepository institutions) {
        super(Institution.RECORD_TYPE, institutions, new Shape<>(InstitutionInput.class, Institution::new,
                i -> String.valueOf(i.unitId), InstitutionInput::from,
                (i, sources) -> InstitutionInput.from(i, sources.stream().map(SourceInput::from).toList())));
        this.institutions = institutions;
    }

    @Override
    public Optional<Institution> find(String key) {
        return Keys.id(key).flatMap(unitId -> institutions.find("unitId", unitId.intValue()).firstResultOptional());
    }

    @Override
    public void apply(InstitutionInput input, Institution i, Violations violations) {
        i.unitId = input.unitId();
        i.name = input.name().trim();
        i.city = input.city();
        i.state = input.state();
        i.zip = input.zip();
        i.webAddress = input.webAddress();
    }
}
