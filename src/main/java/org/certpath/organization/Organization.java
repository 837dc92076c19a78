package org.certpath.organization;

import jakarta.persistence.Entity;
import org.certpath.curation.CuratedEntity;

/** An issuing body of certifications, such as AHIMA or AAPC. */
@Entity
public class Organization extends CuratedEntity {

    public String slug;

    public String acronym;

    public String name;

    public String website;
}
