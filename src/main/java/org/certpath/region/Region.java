package org.certpath.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.certpath.database.VersionedEntity;

@Entity
public class Region extends VersionedEntity {

    public static final String NATION_CODE = "US";

    public String code;

    @Column(name = "fips_code")
    public String fipsCode;

    public String name;

    public String kind;
}
