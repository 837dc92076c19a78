package org.certpath.provenance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Listing;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.certpath.api.Listing.SqlRows.column;

@ApplicationScoped
public class RecordSourceRepository implements PanacheRepositoryBase<RecordSource, RecordSource.Key> {

    private static final String SOURCES_OF = """
            select rs.record_id, s.publisher, s.title, s.url, s.original_url, s.as_of, s.kind,
                array_to_string(rs.fields, ','), rs.confidence_note
            from record_source rs join source s on s.id = rs.source_id
            where rs.record_type = ? and rs.record_id = any (?)
            order by rs.record_id, rs.position, rs.source_id""";
    /** A source as an export shows it; what a record's own link to it adds is not read. */
    private static final Listing.SqlRows<Listing.SqlRows.Row> SOURCES = new Listing.SqlRows<>("source s", List.of(
            column("id", "s.id", Long.class), column("publisher", "s.publisher", String.class),
            column("title", "s.title", String.class), column("url", "s.url", String.class),
            column("original_url", "s.original_url", String.class), column("as_of", "s.as_of", String.class),
            column("kind", "s.kind", String.class)), row -> row);

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

    /**
     * Sources by id, as records of this type cite them, without what a record's own link adds (the fields it supports,
     * a note on confidence): for an export, which shows a source's publisher, address and date.
     */
    public Map<Long, SourceView> byId(String recordType, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return SOURCES.list(getEntityManager(), " where s.id = any (:ids)",
                        Map.of("ids", sourceIds.stream().mapToLong(Long::longValue).toArray())).stream()
                .collect(Collectors.toMap(row -> row.get("id", Long.class), row -> SourceView.of(recordType,
                        row.get("publisher", String.class), row.get("title", String.class),
                        row.get("url", String.class), row.get("original_url", String.class),
                        row.get("as_of", String.class), row.get("kind", String.class), null, null)));
    }

    private static List<String> fields(String joined) {
        return joined == null ? null : List.of(joined.split(","));
    }

    public List<SourceView> sourcesOf(String recordType, long recordId) {
        return sourcesOf(recordType, List.of(recordId)).getOrDefault(recordId, List.of());
    }
}
