package org.certpath.curation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.Items;
import org.certpath.api.Problems;
import org.certpath.api.PublicLinks;
import org.certpath.audit.AuditLog;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceLinks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The write mechanics every collection shares: strict input, If-Match, provenance, tombstones
 * and the audit trail, all in the transaction of the write. A failure at any step leaves the
 * stored data as it was.
 */
@ApplicationScoped
public class Curator {

    private final InputReader inputs;
    private final SourceLinks sourceLinks;
    private final RecordSourceRepository sources;
    private final Tombstones tombstones;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Event<DataChanged> changes;
    private final PublicLinks links;

    public Curator(InputReader inputs, SourceLinks sourceLinks, RecordSourceRepository sources, Tombstones tombstones,
                   AuditLog audit, EntityManager entityManager, Event<DataChanged> changes, PublicLinks links) {
        this.links = links;
        this.inputs = inputs;
        this.sourceLinks = sourceLinks;
        this.sources = sources;
        this.tombstones = tombstones;
        this.audit = audit;
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /** POST: 201 with Location and the new item. */
    @Transactional
    public <E extends CuratedEntity, I extends Curated.Input> Response create(Curated<E, I> collection, byte[] body,
                                                                          UriInfo uri) {
        I input = inputs.read(body, collection.inputType());
        E entity = collection.newEntity();
        apply(collection, input, entity);
        collection.persist(entity);
        entityManager.flush();
        String key = collection.key(entity);
        sourceLinks.replace(collection.recordType(), entity.id, input.sources());
        tombstones.forget(collection.recordType(), key);
        audit.record("create", collection.recordType(), key, null, collection.toInput(entity, input.sources()));
        changes.fire(new DataChanged(collection.recordType()));
        return written(Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, links.item(uri, key)),
                collection, entity);
    }

    /** PUT: the input replaces the item whole. */
    @Transactional
    public <E extends CuratedEntity, I extends Curated.Input> Response replace(Curated<E, I> collection, String key,
                                                                           byte[] body, String ifMatch, UriInfo uri) {
        E entity = find(collection, key);
        Preconditions.requireMatch(ifMatch, entity.version);
        I before = collection.toInput(entity, sourceLinks.inputsOf(collection.recordType(), entity.id));
        return update(collection, entity, before, inputs.read(body, collection.inputType()));
    }

    /** PATCH: a JSON Merge Patch of the item's input representation, validated as a whole once applied. */
    @Transactional
    public <E extends CuratedEntity, I extends Curated.Input> Response patch(Curated<E, I> collection, String key,
                                                                         byte[] body, String ifMatch, UriInfo uri) {
        JsonNode patch = inputs.parse(body);
        E entity = find(collection, key);
        Preconditions.requireMatch(ifMatch, entity.version);
        I before = collection.toInput(entity, sourceLinks.inputsOf(collection.recordType(), entity.id));
        JsonNode patched = MergePatch.apply(inputs.tree(before), patch);
        return update(collection, entity, before, inputs.convert(patched, collection.inputType()));
    }

    /** DELETE: 204, and a tombstone for mirrors. */
    @Transactional
    public <E extends CuratedEntity, I extends Curated.Input> Response delete(Curated<E, I> collection, String key,
                                                                          String ifMatch, UriInfo uri) {
        E entity = find(collection, key);
        Preconditions.requireMatch(ifMatch, entity.version);
        collection.checkRemovable(entity);
        String storedKey = collection.key(entity);
        I before = collection.toInput(entity, sourceLinks.inputsOf(collection.recordType(), entity.id));
        sourceLinks.remove(collection.recordType(), entity.id);
        collection.delete(entity);
        entityManager.flush();
        tombstones.record(collection.recordType(), storedKey);
        audit.record("delete", collection.recordType(), storedKey, before, null);
        changes.fire(new DataChanged(collection.recordType()));
        return Response.noContent().build();
    }

    private <E extends CuratedEntity, I extends Curated.Input> Response update(Curated<E, I> collection, E entity,
                                                                           I before, I input) {
        apply(collection, input, entity);
        entity.touch();
        entityManager.flush();
        sourceLinks.replace(collection.recordType(), entity.id, input.sources());
        String key = collection.key(entity);
        audit.record("update", collection.recordType(), key, before, collection.toInput(entity, input.sources()));
        changes.fire(new DataChanged(collection.recordType()));
        return written(Response.ok(), collection, entity);
    }

    private static <E extends CuratedEntity, I extends Curated.Input> void apply(Curated<E, I> collection, I input,
                                                                             E entity) {
        Violations violations = new Violations();
        Map<String, Integer> seen = new HashMap<>();
        List<SourceInput> given = input.sources();
        for (int i = 0; i < given.size(); i++) {
            Integer first = seen.putIfAbsent(given.get(i).url() + "\n" + given.get(i).asOf(), i);
            if (first != null) {
                violations.add("sources[" + i + "]", "Same url and asOf as sources[" + first + "]; give each source once.");
            }
        }
        if (violations.isEmpty()) {
            collection.apply(input, entity, violations);
        }
        violations.throwIfAny();
    }

    private static <E extends CuratedEntity, I extends Curated.Input> E find(Curated<E, I> collection, String key) {
        return collection.find(key).orElseThrow(() -> Problems.notFound(collection.recordType(), key));
    }

    private <E extends CuratedEntity, I extends Curated.Input> Response written(Response.ResponseBuilder response,
                                                                            Curated<E, I> collection, E entity) {
        return Items.written(response, collection.view(entity, sources.sourcesOf(collection.recordType(), entity.id)),
                entity.version, entity.updatedAt);
    }
}
