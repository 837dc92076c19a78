package org.certpath.occupation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A Standard Occupational Classification (SOC) occupation. */
@Entity
public class Occupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
