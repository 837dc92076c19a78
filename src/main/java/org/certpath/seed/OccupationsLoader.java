package org.certpath.seed;


import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.certpath.seed.ReferenceCsv.decimal;
import static org.certpath.seed.ReferenceCsv.integer;
import static org.certpath.seed.ReferenceCsv.split;
import static org.certpath.seed.ReferenceCsv.text;

/**
 * Loads {@code reference-data/occupations/}: the neighbouring occupations with their wages, projections
 * and duties, the state rows, the alternate titles, and the credential links. Every row names its source
 * and the source's declared kind. A row that names an occupation, region or credential the data does
 * not have fails the migration: nothing is skipped silently.
 */
class OccupationsLoader {

    static final String DIRECTORY = "occupations/";
    static final List<String> FILES = List.of("salaries.csv", "outlooks.csv", "duties.csv", "alternate-titles.csv",
            "credential-occupations.csv");

    /**
     * A salary file's figure columns, in the order of the salary's JSON: the table's column is the file's without
     * {@code _usd}, and the JSON names it with a dot for the underscore ({@code annual_p10_usd}, {@code annual_p10},
     * {@code annual.p10}).
     */
    private static final List<String> SALARY_FIGURES = List.of("employment", "annual_mean_usd", "annual_p10_usd",
            "annual_p25_usd", "annual_median_usd", "annual_p75_usd", "annual_p90_usd", "hourly_mean_usd",
            "hourly_p10_usd", "hourly_p25_usd", "hourly_median_usd", "hourly_p75_usd", "hourly_p90_usd");

    /** The OEWS total of all occupations: kept for a default baseline, not an occupation one trains for. */
    private static final String ALL_OCCUPATIONS = "00-0000";

    private final Connection connection;
    private final Statements statements;
    private final Map<String, Long> regions = new HashMap<>();
    private final Map<String, Long> occupations = new HashMap<>();
    private final Map<String, Long> certifications = new HashMap<>();

    OccupationsLoader(Connection connection) {
        this.connection = connection;
        this.statements = new Statements(connection);
    }

    void load() throws SQLException {
        readKeys("select name, id from region", regions);
        readKeys("select soc_code, id from occupation", occupations);
        readKeys("select acronym, id from certification", certifications);
        List<Map<String, String>> salaries = read("salaries.csv");
        List<Map<String, String>> outlooks = read("outlooks.csv");
        addOccupations(salaries, outlooks);
        loadDuties(read("duties.csv"));
        loadSalaries(salaries);
        loadOutlooks(outlooks);
        loadTitles(read("alternate-titles.csv"));
        loadCredentialLinks(read("credential-occupations.csv"));
        // Every occupation gained titles, duties or credentials: its representation changed.
        statements.execute("update occupation set updated_at = now(), version = version + 1");
    }

    static List<Map<String, String>> read(String file) {
        return ReferenceCsv.read(DIRECTORY + file);
    }

    /** Each SOC of the national wage rows that the data lacks, titled as OEWS titles it. */
    private void addOccupations(List<Map<String, String>> salaries, List<Map<String, String>> outlooks)
            throws SQLException {
        Map<String, Map<String, String>> firstRow = new LinkedHashMap<>();
        salaries.stream().filter(row -> "United States".equals(text(row, "geography")))
                .forEach(row -> firstRow.putIfAbsent(text(row, "soc_code"), row));
        for (Map.Entry<String, Map<String, String>> entry : firstRow.entrySet()) {
            String soc = entry.getKey();
            if (occupations.containsKey(soc)) {
                continue;
            }
            Map<String, String> latestOutlook = outlooks.stream()
                    .filter(row -> soc.equals(text(row, "soc_code")) && "United States".equals(text(row, "geography")))
                    .max(Comparator.comparing(row -> text(row, "projection_period"))).orElse(null);
            if (latestOutlook == null && !ALL_OCCUPATIONS.equals(soc)) {
                throw new IllegalStateException("No national projection for the new occupation " + soc);
            }
            String notes = ALL_OCCUPATIONS.equals(soc) ? "The OEWS total of all occupations: the default baseline "
                    + "wage of a career changer, not an occupation one trains for." : null;
            long id = statements.insert("insert into occupation (soc_code, title, typical_education, notes) "
                            + "values (?, ?, ?, ?)", soc, text(entry.getValue(), "occupation_title"),
                    latestOutlook == null ? null : text(latestOutlook, "typical_entry_level_education"), notes);
            occupations.put(soc, id);
            link("occupation", id, statements.source(entry.getValue()), List.of("title"));
            if (latestOutlook != null) {
                link("occupation", id, statements.source(latestOutlook), List.of("typicalEducation"));
            }
        }
    }

    private void loadDuties(List<Map<String, String>> rows) throws SQLException {
        Map<String, Integer> next = new HashMap<>();
        for (Map<String, String> row : rows) {
            long occupation = occupation(text(row, "soc_code"));
            int position = next.containsKey(text(row, "soc_code")) ? next.get(text(row, "soc_code"))
                    : nextDutyPosition(occupation);
            statements.execute("insert into occupation_duty (occupation_id, position, kind, text) values (?, ?, ?, ?)",
                    occupation, position, text(row, "kind"), text(row, "duty_text"));
            next.put(text(row, "soc_code"), position + 1);
            link("occupation", occupation, statements.source(row), List.of("duties"));
        }
    }

    private void loadSalaries(List<Map<String, String>> rows) throws SQLException {
        for (Map<String, String> row : rows) {
            long id = statements.insert("""
                    insert into salary (occupation_id, region_id, edition, industry, employment, employment_rse,
                        hourly_mean, annual_mean, mean_rse, hourly_p10, hourly_p25, hourly_median, hourly_p75,
                        hourly_p90, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, notes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    occupation(text(row, "soc_code")), region(text(row, "geography")),
                    ReferenceDataLoader.edition(text(row, "estimate_period")), text(row, "industry"),
                    integer(row, "employment"), decimal(row, "employment_rse_pct"), decimal(row, "hourly_mean_usd"),
                    decimal(row, "annual_mean_usd"), decimal(row, "mean_wage_rse_pct"), decimal(row, "hourly_p10_usd"),
                    decimal(row, "hourly_p25_usd"), decimal(row, "hourly_median_usd"), decimal(row, "hourly_p75_usd"),
                    decimal(row, "hourly_p90_usd"), decimal(row, "annual_p10_usd"), decimal(row, "annual_p25_usd"),
                    decimal(row, "annual_median_usd"), decimal(row, "annual_p75_usd"), decimal(row, "annual_p90_usd"),
                    text(row, "notes"));
            link("salary", id, statements.source(row), null);
        }
    }

    /**
     * Fills what the salary rows of a revision file lack (a state's percentiles, say), each row's source cited for the
     * figures it filled. A figure the row already holds must be the revision's: a revision that contradicts the data,
     * or names a row the data lacks, fails the migration. One read and at most one write a row.
     */
    void reviseSalaries(String file) throws SQLException {
        readKeys("select name, id from region", regions);
        readKeys("select soc_code, id from occupation", occupations);
        List<String> stored = SALARY_FIGURES.stream().map(column -> column.replace("_usd", "")).toList();
        String read = "select id, " + String.join(", ", stored)
                + " from salary where occupation_id = ? and region_id = ? and edition = ? and industry = ?";
        for (Map<String, String> row : read(file)) {
            String where = file + ": " + text(row, "soc_code") + " " + text(row, "geography") + " "
                    + text(row, "estimate_period");
            List<String> filled = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            long id;
            try (PreparedStatement find = connection.prepareStatement(read)) {
                find.setLong(1, occupation(text(row, "soc_code")));
                find.setLong(2, region(text(row, "geography")));
                find.setString(3, ReferenceDataLoader.edition(text(row, "estimate_period")));
                find.setString(4, text(row, "industry"));
                try (ResultSet held = find.executeQuery()) {
                    if (!held.next()) {
                        throw new IllegalStateException(where + " revises a salary row the data does not have");
                    }
                    id = held.getLong("id");
                    for (int i = 0; i < stored.size(); i++) {
                        BigDecimal revised = decimal(row, SALARY_FIGURES.get(i));
                        BigDecimal current = held.getBigDecimal(stored.get(i));
                        if (revised == null) {
                            continue;
                        }
                        if (current == null) {
                            filled.add(stored.get(i));
                            values.add(revised);
                        } else if (current.compareTo(revised) != 0) {
                            throw new IllegalStateException(where + ": " + stored.get(i) + " is " + current
                                    + ", the revision says " + revised);
                        }
                    }
                }
            }
            if (!filled.isEmpty()) {
                values.add(id);
                statements.execute("update salary set " + String.join(" = ?, ", filled)
                        + " = ?, updated_at = now(), version = version + 1 where id = ?", values.toArray());
                link("salary", id, statements.source(row), filled.stream()
                        .map(column -> column.replaceFirst("_", ".")).toList());
            }
        }
    }

    private void loadOutlooks(List<Map<String, String>> rows) throws SQLException {
        for (Map<String, String> row : rows) {
            long id = statements.insert("""
                    insert into outlook (occupation_id, occupation_title, region_id, period, base_employment,
                        projected_employment, numeric_change, percent_change, annual_openings, median_wage,
                        median_wage_year, entry_education, work_experience, on_the_job_training, notes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    occupation(text(row, "soc_code")), text(row, "occupation_title"), region(text(row, "geography")),
                    text(row, "projection_period"), integer(row, "base_year_employment"),
                    integer(row, "projected_employment"), integer(row, "numeric_change"),
                    decimal(row, "percent_change"), integer(row, "annual_openings"),
                    decimal(row, "median_annual_wage_usd"), integer(row, "median_wage_year"),
                    text(row, "typical_entry_level_education"), text(row, "work_experience_in_related_occupation"),
                    text(row, "typical_on_the_job_training"), text(row, "notes"));
            link("outlook", id, statements.source(row), null);
        }
    }

    /** One title per occupation and spelling, with every list it appears in; each list's source linked. */
    private void loadTitles(List<Map<String, String>> rows) throws SQLException {
        Map<Long, Map<String, Set<String>>> kindsByTitle = new LinkedHashMap<>();
        Map<Long, Map<String, String>> spelling = new HashMap<>();
        for (Map<String, String> row : rows) {
            long occupation = occupation(text(row, "soc_code"));
            String title = text(row, "title");
            String key = title.toLowerCase(Locale.ROOT);
            spelling.computeIfAbsent(occupation, o -> new HashMap<>()).putIfAbsent(key, title);
            kindsByTitle.computeIfAbsent(occupation, o -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(split(text(row, "kinds"), ";"));
            link("occupation", occupation, statements.source(row), List.of("alternateTitles"));
        }
        for (Map.Entry<Long, Map<String, Set<String>>> occupation : kindsByTitle.entrySet()) {
            for (Map.Entry<String, Set<String>> title : occupation.getValue().entrySet()) {
                statements.execute("insert into occupation_title (occupation_id, title, kinds) values (?, ?, ?)",
                        occupation.getKey(), spelling.get(occupation.getKey()).get(title.getKey()),
                        title.getValue().toArray(String[]::new));
            }
        }
    }

    /** Upserts each link: a sourced link replaces the editorial one the reference data had. */
    void loadCredentialLinks(List<Map<String, String>> rows) throws SQLException {
        for (Map<String, String> row : rows) {
            String acronym = text(row, "acronym");
            Long certification = certifications.get(acronym);
            if (certification == null) {
                throw new IllegalStateException("Unknown credential " + acronym + " in a credential-occupation link");
            }
            String basis = text(row, "basis");
            Long source = "editorial".equals(basis) ? null : statements.source(row);
            statements.execute("""
                    insert into certification_occupation (certification_id, occupation_id, editorial, note, basis,
                        source_id, matched_title) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (certification_id, occupation_id) do update set editorial = excluded.editorial,
                        note = excluded.note, basis = excluded.basis, source_id = excluded.source_id,
                        matched_title = excluded.matched_title""",
                    certification, occupation(text(row, "soc_code")), "editorial".equals(basis), text(row, "note"),
                    basis, source, text(row, "matched_title"));
            statements.execute("update certification set updated_at = now(), version = version + 1 where id = ?",
                    certification);
        }
    }

    private long occupation(String soc) {
        Long id = occupations.get(soc);
        if (id == null) {
            throw new IllegalStateException("Unknown occupation " + soc);
        }
        return id;
    }

    private long region(String name) {
        Long id = regions.get(name);
        if (id == null) {
            throw new IllegalStateException("Unknown region " + name);
        }
        return id;
    }

    private int nextDutyPosition(long occupation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(max(position), 0) + 1 from occupation_duty where occupation_id = ?")) {
            statement.setLong(1, occupation);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Links a record to a source once; a second reading adds the fields it supports. */
    private void link(String recordType, long recordId, long sourceId, List<String> fields) throws SQLException {
        statements.execute("""
                insert into record_source (record_type, record_id, source_id, position, fields)
                values (?, ?, ?, (select coalesce(max(position), 0) + 1 from record_source
                                  where record_type = ? and record_id = ?), ?)
                on conflict (record_type, record_id, source_id) do update set fields = case
                    when record_source.fields is null or excluded.fields is null then null
                    else array(select distinct unnest(record_source.fields || excluded.fields) order by 1) end""",
                recordType, recordId, sourceId, recordType, recordId,
                fields == null ? null : fields.toArray(String[]::new));
    }

    private void readKeys(String sql, Map<String, Long> into) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getLong(2));
            }
        }
    }

    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        FILES.forEach(file -> paths.add(DIRECTORY + file));
        return paths;
    }
}
