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
        // Values, not entities: a write replaces links with SQL, and no managed link may outlive that. In
        // SQL, because Hibernate translates a query with a list parameter afresh on every call.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select rs.record_id, s.publisher, s.title, s.url, s.original_url, s.as_of, s.kind,
                            array_to_string(rs.fields, ','), rs.confidence_note
                        from record_source rs join source s on s.id = rs.source_id
                        where rs.record_type = :type and rs.record_id in (:ids)
                        order by rs.record_id, rs.position""")
                .setParameter("type", recordType)
                .setParameter("ids", recordIds)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(), HashMap::new,
                Collectors.mapping(row -> SourceView.of(recordType, (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], fields((String) row[7]), (String) row[8]),
                        Collectors.toList())));
    }

    private static List<String> fields(String joined) {
        return joined == null ? null : List.of(joined.split(","));
    }

    public List<SourceView> sourcesOf(String recordType, long recordId) {
        return sourcesOf(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }
}
