package org.certpath.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.util.List;

/**
 * A program as the IPEDS completions import writes it: the program's fields, and what only IPEDS gives
 * (the institution's UNITID, the AWLEVEL code, the completions of one award year, and whose figure the cost is).
 */
public record IpedsProgramInput(@NotNull @Valid ProgramInput program,
                                @NotNull @Min(100000) @Max(999999) Integer unitId,
                                @NotNull @Min(1) @Max(99) Integer awardLevelCode,
                                @Min(0) Integer completions,
                                @Pattern(regexp = "\\d{4}-\\d{2}") String completionsYear,
                                @Pattern(regexp = ProgramView.INSTITUTION_SCOPE) String costScope)
        implements Curated.Input {

    @Override
    public List<SourceInput> sources() {
        return program.sources();
    }

    static IpedsProgramInput from(Program p, List<SourceInput> sources) {
        return new IpedsProgramInput(ProgramInput.from(p, sources), p.unitId, p.ipedsAwardLevel, p.completions,
                p.completionsYear, p.costScope);
    }
}
