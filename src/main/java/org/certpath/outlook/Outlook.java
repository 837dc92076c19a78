package org.certpath.outlook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.certpath.curation.CuratedEntity;
import org.certpath.occupation.Occupation;
import org.certpath.region.Region;

import java.math.BigDecimal;

/** A BLS Employment Projections row: how employment in an occupation is expected to change. */
@Entity
public class Outlook extends CuratedEntity {

    /** Null for historical rows whose source shows no SOC code. */
    @ManyToOne
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    @Column(name = "occupation_title")
    public String occupationTitle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    /** Base and target year, {@code 2024-2034}. */
    public String period;

    @Column(name = "base_employment")
    public Integer baseEmployment;

    @Column(name = "projected_employment")
    public Integer projectedEmployment;

    @Column(name = "numeric_change")
    public Integer numericChange;

    @Column(name = "percent_change")
    public BigDecimal percentChange;

    @Column(name = "annual_openings")
    public Integer annualOpenings;

    @Column(name = "median_wage")
    public BigDecimal medianWage;

    @Column(name = "median_wage_year")
    public Integer medianWageYear;

    @Column(name = "entry_education")
    public String entryEducation;

    @Column(name = "work_experience")
    public String workExperience;

    @Column(name = "on_the_job_training")
    public String onTheJobTraining;

    public String notes;
}
