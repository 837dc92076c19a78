package org.certpath.seed;

import org.certpath.program.ProgramText;
import org.certpath.provenance.Publishers;

import java.sql.Connection;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.certpath.seed.ReferenceCsv.decimal;
import static org.certpath.seed.ReferenceCsv.integer;
import static org.certpath.seed.ReferenceCsv.read;
import static org.certpath.seed.ReferenceCsv.split;
import static org.certpath.seed.ReferenceCsv.text;

/** Turns the reference CSV rows into database rows, each linked to the sources it was read in. */
class ReferenceDataLoader {

    private static final String CENSUS_CODES_URL = "https://www.census.gov/library/reference/code-lists/ansi.html";
    private static final Pattern EDITION = Pattern.compile("(January|February|March|April|May|June|July|August|"
            + "September|October|November|December) (\\d{4})");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> CONFIDENCE_LEVELS = List.of("low", "medium", "high");

    private final Statements statements;
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Map<String, Long> regionIdsByCode = new HashMap<>();
    private final Map<String, Long> regionIdsByName = new HashMap<>();
    private final Map<String, Long> organizationIds = new HashMap<>();
    private final Map<String, Long> occupationIds = new HashMap<>();
    private final Map<String, Long> certificationIds = new LinkedHashMap<>();

    ReferenceDataLoader(Connection connection) {
        this.statements = new Statements(connection);
    }

    void load() throws SQLException {
        loadRegions();
        List<Map<String, String>> certificationRows = read("certifications.csv");
        loadOrganizations(certificationRows);
        loadOccupations();
        loadCertifications(certificationRows);
        loadPrograms();
        loadSalaries();
        loadOutlooks();
    }

    private void loadRegions() throws SQLException {
        long census = source(CENSUS_CODES_URL, "FIPS state codes (INCITS 38)", "U.S. Census Bureau",
                "ANSI/FIPS and USPS codes for states and territories", null);
        for (Map<String, String> row : read("editorial/regions.csv")) {
            long id = insert("insert into region (code, fips_code, name, kind) values (?, ?, ?, ?)",
                    text(row, "code"), text(row, "fips_code"), text(row, "name"), text(row, "kind"));
            regionIdsByCode.put(text(row, "code"), id);
            regionIdsByName.put(text(row, "name"), id);
            link("region", id, List.of(census), "high", "Standard code list");
        }
    }

    private void loadOrganizations(List<Map<String, String>> certificationRows) throws SQLException {
        for (Map<String, String> row : read("editorial/organizations.csv")) {
            String issuer = text(row, "issuing_org");
            long id = insert("insert into organization (slug, acronym, name, website) values (?, ?, ?, ?)",
                    text(row, "slug"), text(row, "acronym"), text(row, "name"), text(row, "website"));
            organizationIds.put(issuer, id);
            List<Map<String, String>> issued = certificationRows.stream()
                    .filter(cert -> issuer.equals(text(cert, "issuing_org"))).toList();
            Set<Long> sources = new LinkedHashSet<>();
            String best = "low";
            for (Map<String, String> cert : issued) {
                String page = text(cert, "official_page_url");
                String url = page != null ? page : split(text(cert, "source_url"), "\\|").get(0);
                sources.add(source(url, text(cert, "as_of"), null, text(cert, "source_type"), null));
                String level = lowestConfidence(text(cert, "confidence"));
                if (CONFIDENCE_LEVELS.indexOf(level) > CONFIDENCE_LEVELS.indexOf(best)) {
                    best = level;
                }
            }
            link("organization", id, List.copyOf(sources), best, "Issuer named in the certification rows it issues");
        }
    }

    private void loadOccupations() throws SQLException {
        List<Map<String, String>> salaries = read("salaries.csv");
        List<Map<String, String>> outlooks = read("outlook.csv");
        List<Map<String, String>> duties = read("duties.csv");
        Map<String, String> titles = new LinkedHashMap<>();
        salaries.forEach(row -> titles.putIfAbsent(text(row, "soc_code"), text(row, "occupation_title")));
        for (Map<String, String> row : outlooks) {
            String soc = text(row, "soc_code");
            if (soc != null && !titles.containsKey(soc)) {
                titles.put(soc, text(row, "occupation_title").replaceFirst(" \\(.*\\)$", ""));
            }
        }
        for (Map.Entry<String, String> occupation : titles.entrySet()) {
            String soc = occupation.getKey();
            Map<String, String> latestOutlook = outlooks.stream()
                    .filter(row -> soc.equals(text(row, "soc_code")))
                    .max(Comparator.comparing(row -> text(row, "projection_period"))).orElseThrow();
            String notes = text(latestOutlook, "occupation_title").contains("(")
                    ? text(latestOutlook, "occupation_title").replaceFirst("^[^(]*\\((.*)\\)$", "$1") : null;
            long id = insert("insert into occupation (soc_code, title, typical_education, notes) values (?, ?, ?, ?)",
                    soc, occupation.getValue(), text(latestOutlook, "typical_entry_level_education"), notes);
            occupationIds.put(soc, id);

            Set<Long> sources = new LinkedHashSet<>();
            Map<String, String> firstSalary = salaries.stream().filter(row -> soc.equals(text(row, "soc_code")))
                    .findFirst().orElse(null);
            if (firstSalary != null) {
                sources.add(sourceOf(firstSalary));
            }
            sources.add(sourceOf(latestOutlook));
            int position = 1;
            for (Map<String, String> duty : duties) {
                if (!text(duty, "soc_code").startsWith(soc)) {
                    continue;
                }
                execute("insert into occupation_duty (occupation_id, position, kind, text) values (?, ?, ?, ?)",
                        id, position++, text(duty, "source_kind"), text(duty, "duty_text"));
                sources.add(sourceOf(duty));
            }
            link("occupation", id, List.copyOf(sources), "high",
                    "Title and entry education from BLS files; duties from O*NET and the BLS Handbook (see each source)");
        }
    }

    private void loadCertifications(List<Map<String, String>> rows) throws SQLException {
        Map<String, Map<String, String>> profiles = new HashMap<>();
        read("editorial/certification-profiles.csv").forEach(row -> profiles.put(text(row, "acronym"), row));
        Map<String, List<Map<String, String>>> routes = new HashMap<>();
        read("editorial/eligibility-routes.csv").forEach(
                row -> routes.computeIfAbsent(text(row, "acronym"), key -> new ArrayList<>()).add(row));

        for (Map<String, String> row : rows) {
            String acronym = text(row, "acronym");
            Map<String, String> profile = profiles.get(acronym);
            if (profile == null) {
                throw new IllegalStateException("No editorial profile for " + acronym);
            }
            List<Map<String, String>> certificationRoutes = routes.getOrDefault(acronym, List.of());
            String[] questions = text(row, "exam_questions") == null ? new String[0]
                    : text(row, "exam_questions").split("-");
            long id = insert("""
                    insert into certification (code, acronym, name, organization_id, focus, focus_text,
                        eligibility_text, min_education, exam_questions_min, exam_questions_max, exam_minutes,
                        exam_fee_member, exam_fee_nonmember, renewal_cycle_years, renewal_ce_units,
                        renewal_fee_nonmember, official_url, notes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    acronym.toLowerCase(Locale.ROOT), acronym, text(row, "full_name"),
                    organizationIds.get(text(row, "issuing_org")),
                    split(text(profile, "focus"), ";").toArray(String[]::new),
                    text(row, "focus_area"), text(row, "eligibility"), lowestEducation(certificationRoutes),
                    questions.length > 0 ? Integer.valueOf(questions[0]) : null,
                    questions.length > 0 ? Integer.valueOf(questions[questions.length - 1]) : null,
                    integer(row, "exam_minutes"), decimal(row, "exam_fee_member_usd"),
                    decimal(row, "exam_fee_nonmember_usd"), integer(row, "renewal_cycle_years"),
                    integer(row, "renewal_ceus"), decimal(row, "renewal_fee_nonmember_usd"),
                    text(row, "official_page_url"), text(row, "notes"));
            certificationIds.put(acronym, id);

            for (Map<String, String> route : certificationRoutes) {
                execute("""
                        insert into eligibility_route (certification_id, position, min_education, experience_months,
                            accreditation, prerequisite, description) values (?, ?, ?, ?, ?, ?, ?)""",
                        id, integer(route, "position"), text(route, "min_education"),
                        integer(route, "experience_months"), text(route, "accreditation"),
                        text(route, "prerequisite"), text(route, "description"));
            }
            for (String link : split(text(profile, "occupations"), ";")) {
                String[] parts = link.split(":");
                execute("insert into certification_occupation (certification_id, occupation_id, editorial, note) "
                                + "values (?, ?, ?, ?)", id, occupationIds.get(parts[0]), "editorial".equals(parts[1]),
                        text(profile, "note"));
            }
            List<Long> sources = new ArrayList<>();
            for (String url : split(text(row, "source_url"), "\\|")) {
                sources.add(source(url, text(row, "as_of"), null, text(row, "source_type"), null));
            }
            link("certification", id, sources, lowestConfidence(text(row, "confidence")), text(row, "confidence"));
        }
    }

    private void loadPrograms() throws SQLException {
        Map<String, String> modes = classification("editorial/delivery-modes.csv", "delivery_mode", "mode");
        Map<String, String> levels = classification("editorial/award-levels.csv", "award_level", "level");
        for (Map<String, String> row : read("programs.csv")) {
            String hours = text(row, "credit_or_clock_hours");
            String accreditation = text(row, "accreditation_or_approval");
            String state = text(row, "state");
            long id = insert("""
                    insert into program (institution, name, credential_text, award_level, award_text, delivery_mode,
                        delivery_text, duration_months, duration_text, credit_hours, clock_hours, hours_text,
                        accredited, accreditation, cost, cost_notes, region_id, cip_code, notes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    text(row, "institution"), text(row, "program_name"), text(row, "credential_prepared_for"),
                    classify(levels, text(row, "award_level")), text(row, "award_level"),
                    classify(modes, text(row, "delivery_mode")), text(row, "delivery_mode"),
                    integer(row, "duration_months"), text(row, "duration_text"),
                    ProgramText.creditHours(hours), ProgramText.clockHours(hours), hours,
                    ProgramText.isProgrammaticallyAccredited(accreditation), accreditation,
                    decimal(row, "published_cost_usd"), text(row, "cost_notes"),
                    state == null ? null : regionIdsByCode.get(state), text(row, "cip_code"), text(row, "notes"));
            for (String acronym : ProgramText.acronymsNamedIn(text(row, "credential_prepared_for"),
                    certificationIds.keySet())) {
                execute("insert into program_certification (program_id, certification_id) values (?, ?)",
                        id, certificationIds.get(acronym));
            }
            linkDerived("program", id, row);
        }
    }

    private void loadSalaries() throws SQLException {
        for (Map<String, String> row : read("salaries.csv")) {
            long id = insert("""
                    insert into salary (occupation_id, region_id, edition, industry, employment, employment_rse,
                        industry_share, hourly_mean, annual_mean, mean_rse, hourly_p10, hourly_p25, hourly_median,
                        hourly_p75, hourly_p90, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, notes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    occupationIds.get(text(row, "soc_code")), region(text(row, "geography")),
                    edition(text(row, "estimate_period")), text(row, "industry"), integer(row, "employment"),
                    decimal(row, "employment_rse_pct"), decimal(row, "pct_of_industry_employment"),
                    decimal(row, "hourly_mean_usd"), decimal(row, "annual_mean_usd"), decimal(row, "mean_wage_rse_pct"),
                    decimal(row, "hourly_p10_usd"), decimal(row, "hourly_p25_usd"), decimal(row, "hourly_median_usd"),
                    decimal(row, "hourly_p75_usd"), decimal(row, "hourly_p90_usd"), decimal(row, "annual_p10_usd"),
                    decimal(row, "annual_p25_usd"), decimal(row, "annual_median_usd"), decimal(row, "annual_p75_usd"),
                    decimal(row, "annual_p90_usd"), text(row, "notes"));
            linkDerived("salary", id, row);
        }
    }

    private void loadOutlooks() throws SQLException {
        for (Map<String, String> row : read("outlook.csv")) {
            String soc = text(row, "soc_code");
            long id = insert("""
                    insert into outlook (occupation_id, occupation_title, region_id, period, base_employment,
                        projected_employment, numeric_change, percent_change, annual_openings, median_wage,
                        median_wage_year, entry_education, work_experience, on_the_job_training, notes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    soc == null ? null : occupationIds.get(soc), text(row, "occupation_title"),
                    region(text(row, "geography")), text(row, "projection_period"),
                    integer(row, "base_year_employment"), integer(row, "projected_employment"),
                    integer(row, "numeric_change"), decimal(row, "percent_change"), integer(row, "annual_openings"),
                    decimal(row, "median_annual_wage_usd"), integer(row, "median_wage_year"),
                    text(row, "typical_entry_level_education"), text(row, "work_experience_in_related_occupation"),
                    text(row, "typical_on_the_job_training"), text(row, "notes"));
            linkDerived("outlook", id, row);
        }
    }

    private long region(String name) {
        Long id = regionIdsByName.get(name);
        if (id == null) {
            throw new IllegalStateException("Unknown region " + name);
        }
        return id;
    }

    static String edition(String estimatePeriod) {
        Matcher matcher = EDITION.matcher(estimatePeriod);
        if (!matcher.matches()) {
            throw new IllegalStateException("Unrecognised edition " + estimatePeriod);
        }
        return "%s-%02d".formatted(matcher.group(2), MONTHS.indexOf(matcher.group(1)) + 1);
    }

    private static String lowestEducation(List<Map<String, String>> routes) {
        List<String> order = List.of("none", "high_school", "postsecondary_award", "associate", "bachelor", "master");
        return routes.stream().map(route -> text(route, "min_education")).filter(level -> level != null)
                .min(Comparator.comparingInt(order::indexOf)).orElse(null);
    }

    /** The weakest level a confidence statement names: "fee: medium; renewal: high" is medium overall. */
    static String lowestConfidence(String statement) {
        String lower = statement == null ? "" : statement.toLowerCase(Locale.ROOT);
        return CONFIDENCE_LEVELS.stream().filter(level -> Pattern.compile("\\b" + level + "\\b").matcher(lower).find())
                .findFirst().orElse("medium");
    }

    private static Map<String, String> classification(String file, String keyColumn, String valueColumn) {
        Map<String, String> map = new HashMap<>();
        read(file).forEach(row -> map.put(text(row, keyColumn), text(row, valueColumn)));
        return map;
    }

    private static String classify(Map<String, String> classification, String text) {
        if (text == null) {
            return null;
        }
        if (!classification.containsKey(text)) {
            throw new IllegalStateException("No editorial classification for '" + text + "'");
        }
        return classification.get(text);
    }

    /** Links a record to the sources of its row; confidence follows the kind of source, lowered for secondary ones. */
    private void linkDerived(String recordType, long id, Map<String, String> row) throws SQLException {
        String sourceType = text(row, "source_type");
        link(recordType, id, sourcesOf(row), Publishers.confidenceOf(sourceType), Publishers.confidenceNoteOf(sourceType));
    }

    private long sourceOf(Map<String, String> row) throws SQLException {
        return sourcesOf(row).get(0);
    }

    private List<Long> sourcesOf(Map<String, String> row) throws SQLException {
        String original = row.containsKey("original_publisher_url") ? text(row, "original_publisher_url") : null;
        List<Long> ids = new ArrayList<>();
        for (String url : split(text(row, "source_url"), "\\|")) {
            ids.add(source(url, text(row, "as_of"), null, text(row, "source_type"), original));
        }
        return ids;
    }

    private long source(String url, String asOf, String publisher, String title, String originalUrl) throws SQLException {
        String edition = asOf == null ? "not stated" : asOf;
        String key = url + "\n" + edition;
        Long existing = sourceIds.get(key);
        if (existing != null) {
            return existing;
        }
        String resolvedPublisher = publisher != null ? publisher : Publishers.of(originalUrl != null ? originalUrl : url);
        long id = insert("insert into source (url, as_of, publisher, title, original_url) values (?, ?, ?, ?, ?)",
                url, edition, resolvedPublisher, title == null ? url : title, originalUrl);
        sourceIds.put(key, id);
        return id;
    }

    private void link(String recordType, long recordId, List<Long> sources, String confidence, String note)
            throws SQLException {
        int position = 1;
        for (Long sourceId : new LinkedHashSet<>(sources)) {
            execute("""
                    insert into record_source (record_type, record_id, source_id, position, confidence, confidence_note)
                    values (?, ?, ?, ?, ?, ?)""", recordType, recordId, sourceId, position++, confidence, note);
        }
    }

    private long insert(String sql, Object... values) throws SQLException {
        return statements.insert(sql, values);
    }

    private void execute(String sql, Object... values) throws SQLException {
        statements.execute(sql, values);
    }
}
