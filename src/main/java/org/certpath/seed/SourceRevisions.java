package org.certpath.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.certpath.seed.ReferenceCsv.text;

/**
 * Revises sources as pages: each page's own date where a first research pass gave every page of a record one
 * text naming several, and each page's own title where rows gave it a label of several pages or of a kind of page.
 * A row naming a page or reading the data does not have fails the migration: nothing is skipped silently.
 */
final class SourceRevisions {

    /** The tables besides {@code record_source} that cite a source by id. */
    private static final List<String> CITING_TABLES = List.of("certification_occupation", "baseline_wage",
            "credential_salary_evidence");

    private final Statements statements;

    SourceRevisions(Connection connection) {
        this.statements = new Statements(connection);
    }

    /**
     * Each row's reading of a page ({@code url}, {@code as_of_read}) takes the page's own date ({@code as_of}, empty
     * when it states none); where another reading of the page already holds that date, the two become one source.
     */
    void redate(String file) throws SQLException {
        for (Map<String, String> row : ReferenceCsv.read(file)) {
            String url = text(row, "url");
            String read = text(row, "as_of_read");
            String asOf = text(row, "as_of");
            long revised = statements.sourceId(url, read)
                    .orElseThrow(() -> new IllegalStateException(file + ": no source read at " + url + " as of '" + read + "'"));
            Long existing = statements.sourceId(url, asOf).orElse(null);
            if (existing == null) {
                statements.execute("update source set as_of = ? where id = ?", asOf, revised);
            } else {
                merge(revised, existing);
            }
        }
    }

    /** Every reading of each row's page takes the page's own title. */
    void retitle(String file) throws SQLException {
        for (Map<String, String> row : ReferenceCsv.read(file)) {
            String url = text(row, "url");
            if (statements.execute("update source set title = ? where url = ?", text(row, "title"), url) == 0) {
                throw new IllegalStateException(file + ": no source at " + url);
            }
        }
    }

    /**
     * Moves what cites {@code from} to {@code to} and drops {@code from}. A record citing both keeps one link: the
     * fields of both (every field when either backs the whole record), the earlier position and the note it had.
     */
    private void merge(long from, long to) throws SQLException {
        statements.execute("""
                update record_source kept set
                    fields = case when kept.fields is null or moved.fields is null then null
                        else kept.fields || array(select field from unnest(moved.fields) field
                                                  where field <> all(kept.fields)) end,
                    position = least(kept.position, moved.position),
                    confidence_note = coalesce(kept.confidence_note, moved.confidence_note)
                from record_source moved
                where moved.source_id = ? and kept.source_id = ?
                  and kept.record_type = moved.record_type and kept.record_id = moved.record_id""", from, to);
        statements.execute("""
                delete from record_source moved using record_source kept
                where moved.source_id = ? and kept.source_id = ?
                  and kept.record_type = moved.record_type and kept.record_id = moved.record_id""", from, to);
        statements.execute("update record_source set source_id = ? where source_id = ?", to, from);
        for (String table : CITING_TABLES) {
            statements.execute("update " + table + " set source_id = ? where source_id = ?", to, from);
        }
        statements.execute("delete from source where id = ?", from);
    }
}
