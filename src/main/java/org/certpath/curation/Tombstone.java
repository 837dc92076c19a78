package org.certpath.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;

/** A removed item: its collection (record type) and URL key, and when it went. */
@Entity
public class Tombstone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String resource;

    public String key;

    @Column(name = "removed_at", insertable = false, updatable = false)
    public OffsetDateTime removedAt;
}
