package org.certpath.audit;

/** What an audit event records, as the {@code action} filter and the trail name it. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, REVOKE
}
