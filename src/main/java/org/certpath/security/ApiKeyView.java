package org.certpath.security;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/** A key as listed: never its secret. {@code key} is present only in the answer that creates it. */
public record ApiKeyView(long id, String name, String role, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                         OffsetDateTime revokedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    static ApiKeyView from(ApiKey key) {
        return new ApiKeyView(key.id, key.name, key.role, key.createdAt, key.lastUsedAt, key.revokedAt, null);
    }

    static ApiKeyView issued(ApiKeys.Issued issued) {
        ApiKey key = issued.key();
        return new ApiKeyView(key.id, key.name, key.role, key.createdAt, key.lastUsedAt, key.revokedAt,
                issued.secret());
    }

    /** What the audit trail records of a key: who it is for, not the secret or its digest. */
    record Audited(long id, String name, String role, OffsetDateTime revokedAt) {
        static Audited of(ApiKey key) {
            return new Audited(key.id, key.name, key.role, key.revokedAt);
        }
    }
}
