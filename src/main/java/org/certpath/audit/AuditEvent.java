package org.certpath.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * One write: who (API key), what (entity, key, before and after), when, and in which request.
 * Written once and never changed: immutable, so that Hibernate keeps no snapshot of its JSON and
 * never compares it again at a flush (an import of n rows compared n events at each of n flushes).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    /** From the identity's own sequence, 50 at a time (V44), so that an import's events go in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_ids")
    @SequenceGenerator(name = "audit_event_ids", sequenceName = "audit_event_id_seq", allocationSize = 50)
    public Long id;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    @Column(name = "key_id")
    public Long keyId;

    public String action;

    public String entity;

    @Column(name = "entity_key")
    public String entityKey;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode after;

    @Column(name = "request_id")
    public String requestId;
}
