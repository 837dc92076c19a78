package org.certpath.audit;

import org.certpath.api.Sorting;
import org.certpath.api.parameters.Matches;
import org.certpath.api.parameters.OneOf;
import org.certpath.api.parameters.Timestamp;
import org.certpath.api.parameters.Values;
import org.certpath.api.parameters.ViewParameters;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** The filters of the audit trail, with the list parameters (the trail removes nothing: no updatedSince). */
public class AuditParameters extends ViewParameters<AuditEvent> {

    @RestQuery
    @Matches(regexp = "[a-z][a-z-]{1,30}", expected = "an entity such as program")
    List<String> entity;

    @RestQuery
    @OneOf(AuditAction.class)
    List<String> action;

    @RestQuery
    @Matches(regexp = "\\d{1,18}", expected = "a key id")
    List<String> keyId;

    @RestQuery
    @Matches(regexp = Values.KEYWORD, expected = Values.KEYWORD_EXPECTED)
    String entityKey;

    @RestQuery
    @Timestamp
    String since;

    @Override
    protected Sorting<AuditEvent> sorting() {
        return AuditLog.SORTING;
    }

    @Override
    protected Class<? extends Record> view() {
        return AuditView.class;
    }

    AuditLog.Query criteria() {
        return new AuditLog.Query(Values.items(entity), Values.lower(action),
                Values.items(keyId).stream().map(Long::valueOf).toList(), Values.time(since), Values.text(entityKey));
    }
}
