package org.certpath.occupation;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A job title people use for an occupation, and the lists that give it (O*NET's alternate and reported titles, BLS's). */
@Embeddable
public class AlternateTitle {

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] kinds = new String[0];
}
