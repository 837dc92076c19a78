package org.certpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One way to become eligible for an exam, structured from the issuer's eligibility text. */
@Embeddable
public class EligibilityRoute {

    @Column(name = "min_education")
    public String minEducation;

    @Column(name = "experience_months")
    public Integer experienceMonths;

    public String accreditation;

    public String prerequisite;

    public String description;
}
