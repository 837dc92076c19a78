package org.certpath.occupation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.certpath.curation.CuratedEntity;
import org.hibernate.annotations.ListIndexBase;

import java.util.ArrayList;
import java.util.List;

/** A Standard Occupational Classification (SOC) occupation. */
@Entity
public class Occupation extends CuratedEntity {

    @Column(name = "soc_code")
    public String socCode;

    public String title;

    @Column(name = "typical_education")
    public String typicalEducation;

    public String notes;

    @ElementCollection
    @CollectionTable(name = "occupation_duty", joinColumns = @JoinColumn(name = "occupation_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Duty> duties = new ArrayList<>();

    /** Loaded from the reference data; a write of the occupation leaves them as they are. */
    @ElementCollection
    @CollectionTable(name = "occupation_title", joinColumns = @JoinColumn(name = "occupation_id"))
    @OrderBy("title")
    public List<AlternateTitle> alternateTitles = new ArrayList<>();
}
