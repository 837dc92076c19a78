package org.certpath.program;

import jakarta.inject.Singleton;
import org.certpath.curation.CuratedCollection;
import org.certpath.curation.Violations;
import org.certpath.provenance.SourceInput;

import java.util.Optional;

/** How institutions' charges are written, by the IPEDS charges import only; keyed by {@code UNITID/2023-24}. */
@Singleton
public class InstitutionChargesCuration extends CuratedCollection<InstitutionCharges, InstitutionChargesInput> {

    private final InstitutionChargesRepository charges;

    public InstitutionChargesCuration(InstitutionChargesRepository charges) {
        super(InstitutionCharges.RECORD_TYPE, charges, new Shape<>(InstitutionChargesInput.class,
                InstitutionCharges::new, c -> c.unitId + "/" + c.academicYear, InstitutionChargesInput::from,
                (c, sources) -> InstitutionChargesInput.from(c, sources.stream().map(SourceInput::from).toList())));
        this.charges = charges;
    }

    @Override
    public Optional<InstitutionCharges> find(String key) {
        String[] parts = key.split("/", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{6}")) {
            return Optional.empty();
        }
        return charges.find("unitId = ?1 and academicYear = ?2", Integer.parseInt(parts[0]), parts[1])
                .firstResultOptional();
    }

    @Override
    public void apply(InstitutionChargesInput input, InstitutionCharges c, Violations violations) {
        c.unitId = input.unitId();
        c.academicYear = input.academicYear();
        c.tuitionInDistrict = input.inDistrict().tuition();
        c.feesInDistrict = input.inDistrict().fees();
        c.perCreditInDistrict = input.inDistrict().perCredit();
        c.tuitionInState = input.inState().tuition();
        c.feesInState = input.inState().fees();
        c.perCreditInState = input.inState().perCredit();
        c.tuitionOutOfState = input.outOfState().tuition();
        c.feesOutOfState = input.outOfState().fees();
        c.perCreditOutOfState = input.outOfState().perCredit();
        c.booksAndSupplies = input.booksAndSupplies();
    }
}
