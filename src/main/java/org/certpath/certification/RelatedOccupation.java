package org.certpath.certification;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.certpath.occupation.Occupation;

/** An occupation a credential leads to; editorial when no source states the link. */
@Embeddable
public class RelatedOccupation {

    @ManyToOne(optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    public boolean editorial;

    public String note;
}
