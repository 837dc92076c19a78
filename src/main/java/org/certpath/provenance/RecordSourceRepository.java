package org.certpath.provenance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
            order by rs.record_id, rs.position, rs.source_id""";
    private static final String SOURCES_BY_ID = """
            select s.id, s.publisher, s.title, s.url, s.original_url, s.as_of, s.kind from source s where s.id = any (?)""";

    /**
     * The sources of many records of one type in one query, in their order, keyed by record id. In JDBC, with the ids
     * as one array: Hibernate translates a query with a list parameter afresh on every call, and its text would vary
     * with the number of ids, where one text lets the driver prepare the statement once per connection. Values, not
     * entities: a write replaces links with SQL, and no managed link may outlive that.
     */
    public Map<Long, List<SourceView>> sourcesOf(String recordType, Collection<Long> recordIds) {
        Map<Long, List<SourceView>> sources = new HashMap<>();
        forEachRow(SOURCES_OF, recordIds, row -> sources.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                .add(SourceView.of(recordType, row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7), fields(row.getString(8)), row.getString(9))),
                recordType);
        return sources;
    }

    /**
     * Sources by id, as records of this type cite them, without what a record's own link adds (the fields it supports,
     * a note on confidence): for an export, which shows a source's publisher, address and date.
     */
    public Map<Long, SourceView> byId(String recordType, Collection<Long> sourceIds) {
        Map<Long, SourceView> sources = new HashMap<>();
        forEachRow(SOURCES_BY_ID, sourceIds, row -> sources.put(row.getLong(1), SourceView.of(recordType,
                row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), null, null)));
        return sources;
    }

    /** Runs {@code sql} with {@code before} as its first parameters and {@code ids} as the array after them. */
    private void forEachRow(String sql, Collection<Long> ids, RowReader read, String... before) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < before.length; i++) {
                    statement.setString(i + 1, before[i]);
                }
                statement.setArray(before.length + 1, connection.createArrayOf("bigint", ids.toArray()));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        read.accept(row);
                    }
                }
            }
        });
    }

    @FunctionalInterface
    private interface RowReader {
        void accept(ResultSet row) throws SQLException;
    }

    private static List<String> fields(String joined) {
        return joined == null ? null : List.of(joined.split(","));
    }

    public List<SourceView> sourcesOf(String recordType, long recordId) {
        return sourcesOf(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }
}
