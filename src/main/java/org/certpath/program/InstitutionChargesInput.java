package org.certpath.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;

import java.math.BigDecimal;
import java.util.List;

/** An institution's charges for one academic year, as IPEDS publishes them; null where IPEDS has no figure. */
public record InstitutionChargesInput(@Min(100000) @Max(999999) int unitId,
                                      @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String academicYear,
                                      Residency inDistrict, Residency inState, Residency outOfState,
                                      BigDecimal booksAndSupplies,
                                      @NotEmpty List<@NotNull @Valid SourceInput> sources) implements Curated.Input {

    /** Tuition, required fees and the per-credit charge for students of one residency. */
    public record Residency(BigDecimal tuition, BigDecimal fees, BigDecimal perCredit) {
    }

    public static InstitutionChargesInput from(InstitutionCharges c, List<SourceInput> sources) {
        return new InstitutionChargesInput(c.unitId, c.academicYear,
                new Residency(c.tuitionInDistrict, c.feesInDistrict, c.perCreditInDistrict),
                new Residency(c.tuitionInState, c.feesInState, c.perCreditInState),
                new Residency(c.tuitionOutOfState, c.feesOutOfState, c.perCreditOutOfState), c.booksAndSupplies,
                sources);
    }
}
