package org.certpath.provenance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class RecordSourceRepository implements PanacheRepositoryBase<RecordSource, RecordSource.Key> {

    private static final String SOURCES_OF = """
            select rs.record_id, s.publisher, s.title, s.url, s.original_url, s.as_of, s.kind,
                array_to_string(rs.fields, ','), rs.confidence_note
            from record_source rs join source s on s.id = rs.source_id
            where rs.record_type = ? and rs.record_id = any (?)
            order by rs.record_id, rs.position""";

    /**
     * The sources of many records of one type in one query, in their order, keyed by record id. In JDBC, with the ids
     * as one array: Hibernate translates a query with a list parameter afresh on every call, and its text would vary
     * with the number of ids, where one text lets the driver prepare the statement once per connection. Values, not
     * entities: a write replaces links with SQL, and no managed link may outlive that.
     */
    public Map<Long, List<SourceView>> sourcesOf(String recordType, Collection<Long> recordIds) {
        Map<Long, List<SourceView>> sources = new HashMap<>();
        if (recordIds.isEmpty()) {
            return sources;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SOURCES_OF)) {
                statement.setString(1, recordType);
                statement.setArray(2, connection.createArrayOf("bigint", recordIds.toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        sources.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(SourceView.of(recordType,
                                row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                                row.getString(6), row.getString(7), fields(row.getString(8)), row.getString(9)));
                    }
                }
            }
        });
        return sources;
    }

    private static List<String> fields(String joined) {
        return joined == null ? null : List.of(joined.split(","));
    }

    public List<SourceView> sourcesOf(String recordType, long recordId) {
        return sourcesOf(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }
}
