package org.certpath.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One write: who (API key), what (entity, key, before and after), when, and in which request. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
