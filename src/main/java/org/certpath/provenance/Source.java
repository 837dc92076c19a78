package org.certpath.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A document a figure was read in, at one edition. Many records share one source. */
@Entity
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    /** The edition or date the source states; null when it states none (undated). */
    @Column(name = "as_of")
    public String asOf;

    public String publisher;

    public String title;

    @Column(name = "original_url")
    public String originalUrl;

    /** What the source is, as declared: the code of a {@link SourceKind}. */
    public String kind;
}
