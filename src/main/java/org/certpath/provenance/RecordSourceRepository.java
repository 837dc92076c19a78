package org.certpath.provenance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class RecordSourceRepository implements PanacheRepositoryBase<RecordSource, RecordSource.Key> {

    /** The sources of many records of one type in one query, in their order, keyed by record id. */
    public Map<Long, List<SourceView>> sourcesOf(String recordType, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return new HashMap<>();
        }
        return getEntityManager().createQuery("""
                        select rs from RecordSource rs join fetch rs.source
                        where rs.recordType = :type and rs.recordId in :ids
                        order by rs.recordId, rs.position""", RecordSource.class)
                .setParameter("type", recordType)
                .setParameter("ids", recordIds)
                .getResultStream()
                .collect(Collectors.groupingBy(link -> link.recordId, HashMap::new,
                        Collectors.mapping(SourceView::from, Collectors.toList())));
    }

    public List<SourceView> sourcesOf(String recordType, long recordId) {
        return sourcesOf(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }
}
