package org.certpath.program;

import jakarta.inject.Singleton;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Violations;

import java.util.Optional;

/** How the IPEDS completions import writes programs: as curators do, plus the fields only IPEDS gives. */
@Singleton
public class IpedsProgramCuration extends CuratedCollection<Program, IpedsProgramInput> {

    private final ProgramCuration programs;

    public IpedsProgramCuration(ProgramRepository repository, ProgramCuration programs) {
        super(ProgramResource.RECORD_TYPE, repository, new Shape<>(IpedsProgramInput.class, Program::new,
                p -> p.id.toString(), IpedsProgramInput::from, repository::view));
        this.programs = programs;
    }

    @Override
    public Optional<Program> find(String key) {
        return programs.find(key);
    }

    @Override
    public void apply(IpedsProgramInput input, Program p, Violations violations) {
        programs.apply(input.program(), p, violations);
        if (!violations.isEmpty()) {
            return;
        }
        p.unitId = input.unitId();
        p.ipedsAwardLevel = input.awardLevelCode();
        p.completions = input.completions();
        p.completionsYear = input.completionsYear();
        p.costScope = input.costScope();
    }
}
