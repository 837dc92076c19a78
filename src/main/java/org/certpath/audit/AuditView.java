package org.certpath.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

public record AuditView(long id, OffsetDateTime at, Long keyId, String action, String entity, String entityKey,
                        JsonNode before, JsonNode after, String requestId) {

    static AuditView from(AuditEvent event) {
        return new AuditView(event.id, event.at, event.keyId, event.action, event.entity, event.entityKey,
                event.before, event.after, event.requestId);
    }
}
