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
        // Values, not entities: a write replaces links with SQL, and no managed link may outlive that.
        return getEntityManager().createQuery("""
                        select rs.recordId, s.publisher, s.title, s.url, s.originalUrl, s.asOf, rs.confidence,
                            rs.confidenceNote
                        from RecordSource rs join rs.source s
                        where rs.recordType = :type and rs.recordId in :ids
                        order by rs.recordId, rs.position""", Object[].class)
                .setParameter("type", recordType)
                .setParameter("ids", recordIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], HashMap::new,
                        Collectors.mapping(row -> new SourceView((String) row[1], (String) row[2], (String) row[3],
                                (String) row[4], (String) row[5], (String) row[6], (String) row[7]),
                                Collectors.toList())));
    }

    public List<SourceView> sourcesOf(String recordType, long recordId) {
        return sourcesOf(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }
}
