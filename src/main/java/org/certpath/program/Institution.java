package org.certpath.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.certpath.curation.CuratedEntity;

/** A postsecondary institution of the IPEDS directory (HD file), known by its UNITID. */
@Entity
public class Institution extends CuratedEntity {

    public static final String RECORD_TYPE = "institution";

    @Column(name = "unit_id")
    public int unitId;

    public String name;

    public String city;

    /** The USPS code IPEDS gives (STABBR), which may be a territory this API has no region for. */
    public String state;

    public String zip;

    @Column(name = "web_address")
    public String webAddress;
}
