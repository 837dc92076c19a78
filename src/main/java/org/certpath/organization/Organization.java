package org.certpath.organization;

import jakarta.persistence.Entity;
import org.certpath.database.VersionedEntity;

/** An issuing body of certifications, such as AHIMA or AAPC. */
@Entity
public class Organization extends VersionedEntity {

    public String slug;

    public String acronym;

    public String name;

    public String website;
}
