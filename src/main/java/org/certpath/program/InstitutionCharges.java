package org.certpath.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.certpath.curation.CuratedEntity;

import java.math.BigDecimal;

/**
 * An institution's published charges for one academic year (IPEDS IC_AY file): average tuition and required
 * fees for full-time undergraduates, per-credit charges, by residency, and books and supplies. They apply to
 * the whole institution, not to one program.
 */
@Entity
@jakarta.persistence.Table(name = "institution_charges")
public class InstitutionCharges extends CuratedEntity {

    public static final String RECORD_TYPE = "institution-charges";

    @Column(name = "unit_id")
    public int unitId;

    /** {@code 2023-24}. */
    @Column(name = "academic_year")
    public String academicYear;

    @Column(name = "tuition_in_district")
    public BigDecimal tuitionInDistrict;

    @Column(name = "fees_in_district")
    public BigDecimal feesInDistrict;

    @Column(name = "per_credit_in_district")
    public BigDecimal perCreditInDistrict;

    @Column(name = "tuition_in_state")
    public BigDecimal tuitionInState;

    @Column(name = "fees_in_state")
    public BigDecimal feesInState;

    @Column(name = "per_credit_in_state")
    public BigDecimal perCreditInState;

    @Column(name = "tuition_out_of_state")
    public BigDecimal tuitionOutOfState;

    @Column(name = "fees_out_of_state")
    public BigDecimal feesOutOfState;

    @Column(name = "per_credit_out_of_state")
    public BigDecimal perCreditOutOfState;

    @Column(name = "books_and_supplies")
    public BigDecimal booksAndSupplies;
}
