package org.certpath.curation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class Tombstones implements PanacheRepository<Tombstone> {

    /** One removal in the {@code removed} list of a list response. */
    public record Removed(String key, OffsetDateTime removedAt) {
    }

    public void record(String resource, String key) {
        Tombstone tombstone = new Tombstone();
        tombstone.resource = resource;
        tombstone.key = key;
        persist(tombstone);
    }

    /** A key used again no longer names a removed item. */
    public void forget(String resource, String key) {
        delete("resource = ?1 and key = ?2", resource, key);
    }

    public List<Removed> since(String resource, OffsetDateTime since) {
        return getEntityManager().createQuery("""
                        select t.key, t.removedAt from Tombstone t
                        where t.resource = :resource and t.removedAt >= :since order by t.removedAt, t.id""", Object[].class)
                .setParameter("resource", resource)
                .setParameter("since", since)
                .getResultStream()
                .map(row -> new Removed((String) row[0], (OffsetDateTime) row[1]))
                .toList();
    }
}
