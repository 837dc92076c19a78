package org.certpath.api;

import org.certpath.curation.CuratedEntity;

import java.time.OffsetDateTime;

/**
 * A single item with what HTTP caching and concurrency need: the row version, which goes into the
 * ETag that If-Match is checked against, and the time of its last change for Last-Modified.
 */
public record Versioned<V>(V body, long version, OffsetDateTime updatedAt) {

    public static <V> Versioned<V> of(V body, CuratedEntity entity) {
        return new Versioned<>(body, entity.version, entity.updatedAt);
    }
}
