package org.certpath.salary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.certpath.curation.CuratedEntity;
import org.certpath.occupation.Occupation;
import org.certpath.region.Region;

import java.math.BigDecimal;

/** BLS OEWS wage estimates for one occupation, region, edition and industry. */
@Entity
public class Salary extends CuratedEntity {

    public static final String ALL_INDUSTRIES = "Cross-industry (all ownerships)";

    @ManyToOne(optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    /** The OEWS reference month, {@code 2024-05} for the May 2024 estimates. */
    public String edition;

    public String industry;

    public Integer employment;

    @Column(name = "employment_rse")
    public BigDecimal employmentRse;

    @Column(name = "industry_share")
    public BigDecimal industryShare;

    @Column(name = "hourly_mean")
    public BigDecimal hourlyMean;

    @Column(name = "annual_mean")
    public BigDecimal annualMean;

    @Column(name = "mean_rse")
    public BigDecimal meanRse;

    @Column(name = "hourly_p10")
    public BigDecimal hourlyP10;

    @Column(name = "hourly_p25")
    public BigDecimal hourlyP25;

    @Column(name = "hourly_median")
    public BigDecimal hourlyMedian;

    @Column(name = "hourly_p75")
    public BigDecimal hourlyP75;

    @Column(name = "hourly_p90")
    public BigDecimal hourlyP90;

    @Column(name = "annual_p10")
    public BigDecimal annualP10;

    @Column(name = "annual_p25")
    public BigDecimal annualP25;

    @Column(name = "annual_median")
    public BigDecimal annualMedian;

    @Column(name = "annual_p75")
    public BigDecimal annualP75;

    @Column(name = "annual_p90")
    public BigDecimal annualP90;

    public String notes;

}
