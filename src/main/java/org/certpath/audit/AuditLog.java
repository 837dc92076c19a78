package org.certpath.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Filter;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.api.Sorting;
import org.jboss.logging.MDC;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Records every write in the transaction of the write itself, so that the trail and the data never
 * disagree: a write that fails leaves no event, and no write goes unrecorded.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEvent> {

    public static final List<String> ACTIONS = List.of("create", "update", "delete", "import", "revoke");

    static final Sorting<AuditEvent> SORTING = Sorting.<AuditEvent>byId("a.id", a -> a.id)
            .field("id", "a.id", Long.class, a -> a.id)
            .field("at", "a.at", OffsetDateTime.class, a -> a.at)
            .defaultSort("-id");

    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public AuditLog(SecurityIdentity identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    /** The validated filters of the audit list. */
    record Query(List<String> entities, List<String> actions, List<Long> keyIds, Optional<OffsetDateTime> since,
                 Optional<String> entityKey) {
    }

    /** {@code before} and {@code after} are the input representations of the item, null where it did not exist. */
    public void record(String action, String entity, String entityKey, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.keyId = ApiKeyIdentity.keyId(identity).orElse(null);
        event.action = action;
        event.entity = entity;
        event.entityKey = entityKey;
        event.before = before == null ? null : json.<JsonNode>valueToTree(before);
        event.after = after == null ? null : json.<JsonNode>valueToTree(after);
        Object requestId = MDC.get("requestId");
        event.requestId = requestId == null ? null : requestId.toString();
        persist(event);
    }

    Listing.Slice<AuditEvent> list(Query query, ListParams<AuditEvent> params) {
        Filter filter = new Filter();
        if (!query.entities().isEmpty()) {
            filter.where("a.entity in :entities", "entities", query.entities());
        }
        if (!query.actions().isEmpty()) {
            filter.where("a.action in :actions", "actions", query.actions());
        }
        if (!query.keyIds().isEmpty()) {
            filter.where("a.keyId in :keyIds", "keyIds", query.keyIds());
        }
        query.entityKey().ifPresent(key -> filter.where("a.entityKey = :entityKey", "entityKey", key));
        query.since().ifPresent(since -> filter.where("a.at >= :since", "since", since));
        return Listing.pageCountedEachTime(getEntityManager(), AuditEvent.class, "a", filter, params, SORTING);
    }
}
