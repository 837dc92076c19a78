package org.certpath.program;

import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.List;

/** A training program that prepares for one or more credentials. */
@Entity
public class Program extends CuratedEntity {

    public String institution;

    public String name;

    @ManyToMany
    @JoinTable(name = "program_certification",
            joinColumns = @JoinColumn(name = "program_id"),
            inverseJoinColumns = @JoinColumn(name = "certification_id"))
    @OrderBy("code")
    public List<Certification> certifications = new ArrayList<>();

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

    public boolean accredited;

    public String accreditation;

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

    public String notes;

}
