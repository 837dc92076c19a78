package org.certpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.certpath.occupation.Occupation;
import org.certpath.provenance.Source;

/**
 * An occupation a credential leads to, and why: {@code basis} says what kind of statement the link rests
 * on, {@code source} the page that makes it (none for an editorial link).
 */
@Embeddable
public class RelatedOccupation {

    /** No source states the link: it is ours. */
    public static final String EDITORIAL = "editorial";
    /** Written through the API: the curator's word, with the record's sources. */
    public static final String CURATOR = "curator";

    @ManyToOne(optional = false)
    @JoinColumn(name = "occupation_id")
    public Occupation occupation;

    public boolean editorial;

    public String note;

    public String basis;

    @Column(name = "matched_title")
    public String matchedTitle;

    @ManyToOne
    @JoinColumn(name = "source_id")
    public Source source;
}
