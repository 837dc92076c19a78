package org.certpath.curation;

import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceView;

import java.util.List;
import java.util.Optional;

/**
 * How one collection is written: its input record, how an item is found by its URL key, turned
 * back into input (the representation JSON Merge Patch applies to and the audit trail records)
 * and changed by an input. The HTTP mechanics common to every collection are in {@link Curator}.
 */
public interface Curated<E extends CuratedEntity, I extends Curated.Input> {

    /** An input carries the sources its figures were read in. */
    interface Input {
        List<SourceInput> sources();
    }

    /** The record type of provenance links, tombstones and audit events: {@code program}. */
    String recordType();

    Class<I> inputType();

    Optional<E> find(String key);

    E newEntity();

    String key(E entity);

    I toInput(E entity, List<SourceInput> sources);

    /**
     * Checks what Bean Validation cannot (references to other items, keys that must not change,
     * ranges) into {@code violations}, and only when there is none copies the input onto the entity.
     */
    void apply(I input, E entity, Violations violations);

    void persist(E entity);

    /** Throws a conflict problem when other items still refer to this one. */
    void checkRemovable(E entity);

    void delete(E entity);

    Record view(E entity, List<SourceView> sources);
}
