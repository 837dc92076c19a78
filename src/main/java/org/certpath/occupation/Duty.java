package org.certpath.occupation;

import jakarta.persistence.Embeddable;

/** One task statement of an occupation, as O*NET or the BLS Occupational Outlook Handbook words it. */
@Embeddable
public class Duty {

    public String kind;

    public String text;
}
