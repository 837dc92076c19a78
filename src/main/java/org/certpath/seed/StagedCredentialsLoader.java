package org.certpath.seed;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.certpath.seed.ReferenceCsv.decimal;
import static org.certpath.seed.ReferenceCsv.integer;
import static org.certpath.seed.ReferenceCsv.split;
import static org.certpath.seed.ReferenceCsv.text;

/**
 * Turns the staged credential rows (built by {@code src/tools/build_credentials_staged.py}) into
 * credentials: a credential the reference data has already keeps its id, code, name, focus and
 * structured routes and takes the staged figures; a new one is inserted, with its issuer where the data
 * has none yet. Each source is linked with the fields it supports. A first-pass source, which backed a
 * record as a whole, now backs what it still supports alone: the eligibility text it was read for (when
 * no staged route replaces it) and the notes.
 */
class StagedCredentialsLoader {

    static final String ROUTE_SEPARATOR = " \\|\\| ";
    /** What {@link #update} puts in front of each pass's notes on a credential the first pass had. */
    private static final String FIRST_PASS = "First research pass: ";
    private static final String SECOND_PASS = "Second pass: ";
    private static final String FIRST_PASS_NOTE = FIRST_PASS + "cited for the record as a whole; "
            + "the figures are now cited per field by the sources that follow.";

    private final Connection connection;
    private final Statements statements;
    private final Map<String, Long> organizations = new HashMap<>();
    private final Map<String, Long> certifications = new HashMap<>();

    StagedCredentialsLoader(Connection connection) {
        this.connection = connection;
        this.statements = new Statements(connection);
    }

    void load(List<Map<String, String>> credentials, List<Map<String, String>> sourceRows) throws SQLException {
        readKeys("select slug, id from organization", organizations);
        readKeys("select acronym, id from certification", certifications);
        Map<String, List<Map<String, String>>> sourcesOf = sourcesOf(sourceRows);
        for (Map<String, String> row : credentials) {
            String acronym = text(row, "acronym");
            List<Map<String, String>> sources = sourcesOf(sourcesOf, acronym);
            List<String> routes = split(text(row, "eligibility_routes"), ROUTE_SEPARATOR);
            Long existing = certifications.get(acronym);
            long id;
            if (existing == null) {
                id = insert(row, organization(row, sources), routes);
            } else {
                id = existing;
                update(id, row, routes);
            }
            link(id, sources);
        }
    }

    /**
     * Loads the rows a later research pass rebuilt (each from all the facts) over credentials loaded already: the
     * figures and eligibility text as in the row, its official page where none was known, the notes of that pass in
     * place of the earlier pass's (behind the first pass's, which stay), and the sources with what each now supports.
     */
    void revise(List<Map<String, String>> credentials, List<Map<String, String>> sourceRows) throws SQLException {
        readCredentialsByCode();
        Map<String, List<Map<String, String>>> sourcesOf = sourcesOf(sourceRows);
        for (Map<String, String> row : credentials) {
            String acronym = text(row, "acronym");
            Long id = certifications.get(acronym);
            if (id == null) {
                throw new IllegalStateException("A revision revises a loaded credential: " + acronym + " is not one");
            }
            List<Map<String, String>> sources = sourcesOf(sourcesOf, acronym);
            List<String> routes = split(text(row, "eligibility_routes"), ROUTE_SEPARATOR);
            setFigures(id, row);
            String firstPass = firstPass(storedNotes(id));
            String notes = text(row, "notes");
            statements.execute("""
                            update certification set eligibility_text = coalesce(?, eligibility_text),
                                official_url = coalesce(official_url, ?), notes = ?
                            where id = ?""",
                    routes.isEmpty() ? null : String.join("; ", routes), text(row, "official_url"),
                    firstPass == null ? notes : notes == null ? firstPass : firstPass + " " + SECOND_PASS + notes, id);
            link(id, sources);
        }
    }

    /**
     * Fields that sources cited before no longer support, now that a later pass serves another page's figure for them
     * (the revision's own links only add fields): each row names the credential, the source by address and as-of, and
     * the fields it stops backing.
     */
    void withdraw(List<Map<String, String>> withdrawals) throws SQLException {
        readCredentialsByCode();
        for (Map<String, String> row : withdrawals) {
            Long id = certifications.get(text(row, "acronym"));
            long source = statements.sourceId(text(row, "source_url"), text(row, "as_of")).orElseThrow(() ->
                    new IllegalStateException("A withdrawal names a source cited before: " + text(row, "source_url")));
            int updated = statements.execute("""
                            update record_source set fields = array(select field from unnest(fields) field
                                where field <> all(?) order by 1)
                            where record_type = 'certification' and record_id = ? and source_id = ?""",
                    split(text(row, "fields"), ";").toArray(String[]::new), id, source);
            if (updated != 1) {
                throw new IllegalStateException(text(row, "acronym") + " does not cite " + text(row, "source_url"));
            }
        }
    }

    /**
     * Credentials their issuer renamed: the new acronym and name, the former ones said first in the notes, and the
     * issuer's page that says so, cited for both. The code stays, so that links to the credential keep working.
     */
    void rename(List<Map<String, String>> renames) throws SQLException {
        Map<String, Long> byCode = new HashMap<>();
        readKeys("select code, id from certification", byCode);
        for (Map<String, String> row : renames) {
            Long id = byCode.get(text(row, "code"));
            if (id == null) {
                throw new IllegalStateException("A rename names a loaded credential: " + text(row, "code") + " is not one");
            }
            statements.execute("update certification set acronym = ?, name = ?, notes = ? || coalesce(' ' || notes, '') where id = ?",
                    text(row, "acronym"), text(row, "name"), text(row, "note"), id);
            Map<String, String> source = new HashMap<>(row);
            source.put("fields", "name;notes");
            source.put("note", "");
            link(id, List.of(source));
        }
    }

    /**
     * The notes in front of the second pass's: the first pass's as {@link #update} kept them, after what a rename put
     * before them; null for a credential the first pass did not have.
     */
    private static String firstPass(String notes) {
        if (notes == null || !notes.contains(FIRST_PASS)) {
            return null;
        }
        int second = notes.indexOf(" " + SECOND_PASS);
        return second < 0 ? notes : notes.substring(0, second);
    }

    private String storedNotes(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select notes from certification where id = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static Map<String, List<Map<String, String>>> sourcesOf(List<Map<String, String>> sourceRows) {
        Map<String, List<Map<String, String>>> sourcesOf = new LinkedHashMap<>();
        sourceRows.forEach(row -> sourcesOf.computeIfAbsent(text(row, "acronym"), key -> new ArrayList<>()).add(row));
        return sourcesOf;
    }

    private static List<Map<String, String>> sourcesOf(Map<String, List<Map<String, String>>> sourcesOf, String acronym) {
        List<Map<String, String>> sources = sourcesOf.getOrDefault(acronym, List.of());
        if (sources.isEmpty()) {
            throw new IllegalStateException("No source for credential " + acronym);
        }
        return sources;
    }

    private long insert(Map<String, String> row, long organization, List<String> routes) throws SQLException {
        String acronym = text(row, "acronym");
        long id = statements.insert("""
                        insert into certification (code, acronym, name, organization_id, focus, eligibility_text,
                            official_url, notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                acronym.toLowerCase(Locale.ROOT), acronym, text(row, "name"), organization,
                split(text(row, "focus"), ";").toArray(String[]::new), routes.isEmpty() ? null : String.join("; ", routes),
                text(row, "official_url"), text(row, "notes"));
        setFigures(id, row);
        int position = 1;
        for (String route : routes) {
            statements.execute("insert into eligibility_route (certification_id, position, description) values (?, ?, ?)",
                    id, position++, route);
        }
        certifications.put(acronym, id);
        return id;
    }

    private void update(long id, Map<String, String> row, List<String> routes) throws SQLException {
        setFigures(id, row);
        // The staged routes, when there are any, are the cited eligibility text; the structured routes stay.
        statements.execute("""
                        update certification set
                            eligibility_text = coalesce(?, eligibility_text),
                            official_url = coalesce(official_url, ?),
                            notes = nullif(concat_ws(' ', ? || notes, ? || cast(? as text)), '')
                        where id = ?""",
                routes.isEmpty() ? null : String.join("; ", routes), text(row, "official_url"), FIRST_PASS, SECOND_PASS,
                text(row, "notes"), id);
        if (countRoutes(id) == 0) {
            int position = 1;
            for (String route : routes) {
                statements.execute(
                        "insert into eligibility_route (certification_id, position, description) values (?, ?, ?)",
                        id, position++, route);
            }
        }
        String[] stillBacked = routes.isEmpty() ? new String[] {"eligibility.text", "notes"} : new String[] {"notes"};
        statements.execute("""
                        update record_source set fields = ?, confidence_note = concat_ws(' ', cast(? as text), confidence_note)
                        where record_type = 'certification' and record_id = ? and fields is null""",
                stillBacked, FIRST_PASS_NOTE, id);
    }

    private void setFigures(long id, Map<String, String> row) throws SQLException {
        statements.execute("""
                        update certification set
                            exam_questions_min = ?, exam_questions_max = ?, exam_questions_note = ?, exam_minutes = ?,
                            exam_delivery = ?, exam_fee_member = ?, exam_fee_nonmember = ?, exam_fee_includes = ?,
                            membership_name = ?, membership_required = ?, membership_dues = ?,
                            renewal_cycle_years = ?, renewal_ce_units = ?, renewal_fee_member = ?,
                            renewal_fee_nonmember = ?, renewal_fee_note = ?, pass_rate_percent = ?, pass_rate_period = ?,
                            updated_at = now()
                        where id = ?""",
                integer(row, "exam_questions_min"), integer(row, "exam_questions_max"), text(row, "exam_questions_note"),
                integer(row, "exam_minutes"), text(row, "exam_delivery"), decimal(row, "exam_fee_member_usd"),
                decimal(row, "exam_fee_nonmember_usd"), text(row, "exam_fee_includes"), text(row, "membership_name"),
                bool(row, "membership_required"), decimal(row, "membership_dues_usd"),
                integer(row, "renewal_cycle_years"), integer(row, "renewal_ceus"), decimal(row, "renewal_fee_member_usd"),
                decimal(row, "renewal_fee_nonmember_usd"), text(row, "renewal_fee_note"), decimal(row, "pass_rate_pct"),
                text(row, "pass_rate_period"), id);
    }

    /** The issuer by its acronym's slug; one the data has not met yet is added, cited by its credential's issuer pages. */
    private long organization(Map<String, String> row, List<Map<String, String>> sources) throws SQLException {
        String slug = text(row, "issuer_acronym").toLowerCase(Locale.ROOT);
        Long known = organizations.get(slug);
        if (known != null) {
            return known;
        }
        long id = statements.insert("insert into organization (slug, acronym, name, website) values (?, ?, ?, ?)",
                slug, text(row, "issuer_acronym"), text(row, "issuer_name"), text(row, "issuer_website"));
        organizations.put(slug, id);
        List<Map<String, String>> issuerPages = sources.stream()
                .filter(source -> "issuer".equals(text(source, "source_kind"))).toList();
        int position = 1;
        for (Map<String, String> source : issuerPages.isEmpty() ? sources.subList(0, 1) : issuerPages) {
            statements.execute("""
                            insert into record_source (record_type, record_id, source_id, position, fields, confidence_note)
                            values ('organization', ?, ?, ?, ?, ?) on conflict do nothing""",
                    id, statements.source(source), position++, new String[] {"name"},
                    "Issuer named on the page of the credential " + text(row, "acronym"));
        }
        return id;
    }

    private void link(long certification, List<Map<String, String>> sources) throws SQLException {
        int position = nextPosition(certification);
        for (Map<String, String> source : sources) {
            // A first-pass link to the same page keeps what it backed and gains the fields read now.
            statements.execute("""
                            insert into record_source (record_type, record_id, source_id, position, fields, confidence_note)
                            values ('certification', ?, ?, ?, ?, ?)
                            on conflict (record_type, record_id, source_id) do update set
                                fields = array(select distinct unnest(record_source.fields || excluded.fields) order by 1),
                                confidence_note = excluded.confidence_note""",
                    certification, statements.source(source), position++, split(text(source, "fields"), ";").toArray(String[]::new),
                    text(source, "note"));
        }
    }

    private int nextPosition(long certification) throws SQLException {
        return count("select coalesce(max(position), 0) + 1 from record_source "
                + "where record_type = 'certification' and record_id = ?", certification);
    }

    private int countRoutes(long certification) throws SQLException {
        return count("select count(*) from eligibility_route where certification_id = ?", certification);
    }

    private int count(String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static Boolean bool(Map<String, String> row, String column) {
        String value = text(row, column);
        return value == null ? null : Boolean.valueOf(value);
    }

    /**
     * The credentials keyed by code, upper-cased as the staged files write acronyms: a rename keeps the code, and the
     * staged files name a renamed credential by its former acronym (CTR for ODS).
     */
    private void readCredentialsByCode() throws SQLException {
        readKeys("select upper(code), id from certification", certifications);
    }

    private void readKeys(String sql, Map<String, Long> into) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getLong(2));
            }
        }
    }
}
