package org.certpath.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.certpath.curation.CuratedEntity;

@Entity
public class Region extends CuratedEntity {

    public static final String NATION_CODE = "US";

    public String code;

    @Column(name = "fips_code")
    public String fipsCode;

    public String name;

    public String kind;
}
