package org.certpath.program;

import jakarta.persistence.Column;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import org.certpath.certification.Certification;
import org.certpath.curation.CuratedEntity;
import org.certpath.region.Region;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** A training program that prepares for one or more credentials. */
@Entity
public class Program extends CuratedEntity {

    public String institution;

    public String name;

    @ManyToMany
    @JoinTable(name = "program_certification",
            joinColumns = @JoinColumn(name = "program_id"),
            inverseJoinColumns = @JoinColumn(name = "certification_id"))
    // A set, so that Hibernate writes only the links that change: a kept link keeps its reason, which it does not map.
    @OrderBy("code")
    public Set<Certification> certifications = new LinkedHashSet<>();

    /** The credential as the source words it, kept because not every wording names a known code. */
    @Column(name = "credential_text")
    public String credentialText;

    @Column(name = "award_level")
    public String awardLevel;

    @Column(name = "award_text")
    public String awardText;

    @Column(name = "delivery_mode")
    public String deliveryMode;

    @Column(name = "delivery_text")
    public String deliveryText;

    @Column(name = "duration_months")
    public Integer durationMonths;

    @Column(name = "duration_text")
    public String durationText;

    @Column(name = "credit_hours")
    public BigDecimal creditHours;

    @Column(name = "clock_hours")
    public BigDecimal clockHours;

    @Column(name = "hours_text")
    public String hoursText;

    /** Programmatic accreditation: true, false, or null when no source says. */
    public Boolean accredited;

    public String accreditation;

    /** The accreditor: the programmatic one, or the institution's where that is all that is known. */
    public String accreditor;

    /** For an online program, the only other states it serves when a source restricts it; null: no restriction stated. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_restricted_to")
    public String[] serviceRestrictedTo;

    @Column(name = "cost_basis")
    public String costBasis;

    @Column(name = "cost_inputs")
    public String costInputs;

    /** The rule of a derived cost; null for credits x a per-credit tuition, the only rule before V97. */
    @Column(name = "cost_method")
    public String costMethod;

    @Column(name = "duration_basis")
    public String durationBasis;

    @Column(name = "duration_method")
    public String durationMethod;

    @Column(name = "duration_inputs")
    public String durationInputs;

    public BigDecimal cost;

    public String currency = "USD";

    @Column(name = "cost_notes")
    public String costNotes;

    /** True when the source says the cost includes the certification exam; null when it does not say. */
    @Column(name = "exam_fee_included")
    public Boolean examFeeIncluded;

    @ManyToOne
    @JoinColumn(name = "region_id")
    public Region region;

    @Column(name = "cip_code")
    public String cipCode;

    /** The institution's IPEDS UNITID, for a program the IPEDS completions import made or matched. */
    @Column(name = "unit_id")
    public Integer unitId;

    /** The IPEDS AWLEVEL code the program was reported under (several codes are certificates). */
    @Column(name = "ipeds_award_level")
    public Integer ipedsAwardLevel;

    /** Awards conferred in {@link #completionsYear} (IPEDS first majors, all award levels of the row). */
    public Integer completions;

    /** The IPEDS award year of {@link #completions}, July to June: {@code 2022-23}. */
    @Column(name = "completions_year")
    public String completionsYear;

    /** Null: the cost is the program's own; {@code institution}: the institution's published charges. */
    @Column(name = "cost_scope")
    public String costScope;

    public String notes;

}
