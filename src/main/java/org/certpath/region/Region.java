package org.certpath.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.certpath.curation.CuratedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Region extends CuratedEntity {

    public static final String NATION_CODE = "US";

    public String code;

    @Column(name = "fips_code")
    public String fipsCode;

    public String name;

    public String kind;

    /** The USPS codes of the states a metro area spans, in the order of its title; empty for the other kinds. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] states = new String[0];
}
