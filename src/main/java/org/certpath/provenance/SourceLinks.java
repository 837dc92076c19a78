package org.certpath.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import java.util.List;

/**
 * Writes the provenance of a record: its sources, shared with other records by URL and edition,
 * and its links to them. Plain SQL, so that no stale link lingers in the persistence context
 * between removing a record's links and adding the new ones. The statements touch no entity the
 * session holds (the record itself is flushed before its links are written), so they do not make
 * Hibernate flush, and compare every entity of the session, first: an import writes thousands.
 */
@ApplicationScoped
public class SourceLinks {

    private final EntityManager entityManager;
    private final RecordSourceRepository links;

    public SourceLinks(EntityManager entityManager, RecordSourceRepository links) {
        this.entityManager = entityManager;
        this.links = links;
    }

    public List<SourceInput> inputsOf(String recordType, long recordId) {
        return links.sourcesOf(recordType, recordId).stream().map(SourceInput::from).toList();
    }

    public void replace(String recordType, long recordId, List<SourceInput> sources) {
        remove(recordType, recordId);
        add(recordType, recordId, sources);
    }

    /** The links of a record that has none yet (one just created). */
    public void add(String recordType, long recordId, List<SourceInput> sources) {
        int position = 1;
        for (SourceInput source : sources) {
            sql("""
                            insert into record_source (record_type, record_id, source_id, position, fields, confidence_note)
                            values (?1, ?2, ?3, ?4, string_to_array(cast(?5 as text), ','), ?6)""")
                    .setParameter(1, recordType)
                    .setParameter(2, recordId)
                    .setParameter(3, sourceId(source))
                    .setParameter(4, position++)
                    .setParameter(5, source.fields() == null || source.fields().isEmpty() ? null
                            : String.join(",", source.fields()))
                    .setParameter(6, source.confidenceNote())
                    .executeUpdate();
        }
    }

    /**
     * Links one more source to a record that may have others: after them, or, when it is linked already,
     * in its place with the fields it supports widened.
     */
    public void append(String recordType, long recordId, SourceInput source) {
        sql("""
                insert into record_source (record_type, record_id, source_id, position, fields, confidence_note)
                values (?1, ?2, ?3, (select coalesce(max(position), 0) + 1 from record_source
                                     where record_type = ?1 and record_id = ?2),
                        string_to_array(cast(?4 as text), ','), ?5)
                on conflict (record_type, record_id, source_id) do update set fields = case
                    when record_source.fields is null or excluded.fields is null then null
                    else array(select distinct unnest(record_source.fields || excluded.fields) order by 1) end""")
                .setParameter(1, recordType)
                .setParameter(2, recordId)
                .setParameter(3, sourceId(source))
                .setParameter(4, source.fields() == null || source.fields().isEmpty() ? null
                        : String.join(",", source.fields()))
                .setParameter(5, source.confidenceNote())
                .executeUpdate();
    }

    public void remove(String recordType, long recordId) {
        sql("delete from record_source where record_type = ?1 and record_id = ?2")
                .setParameter(1, recordType)
                .setParameter(2, recordId)
                .executeUpdate();
    }

    private Query sql(String statement) {
        return entityManager.createNativeQuery(statement).setFlushMode(FlushModeType.COMMIT);
    }

    /**
     * The stored source of this URL and edition, created when new; an existing one is kept as it is. A new edition of
     * a page stored already takes the page's title: a page has one title (V101).
     */
    private long sourceId(SourceInput source) {
        return ((Number) sql("""
                        with created as (
                            insert into source (url, as_of, publisher, title, original_url, kind)
                            values (?1, cast(?2 as text), ?3,
                                    coalesce((select title from source where url = ?1 limit 1), ?4), ?5, ?6)
                            on conflict (url, as_of) do nothing
                            returning id)
                        select id from created
                        union all
                        select id from source where url = ?1 and as_of is not distinct from cast(?2 as text)
                        limit 1""")
                .setParameter(1, source.url())
                .setParameter(2, blankToNull(source.asOf()))
                .setParameter(3, source.publisher())
                .setParameter(4, source.title())
                .setParameter(5, source.originalUrl())
                .setParameter(6, SourceKind.of(source.kind()).code())
                .getSingleResult()).longValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
