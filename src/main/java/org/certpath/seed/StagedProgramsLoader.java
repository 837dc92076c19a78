package org.certpath.seed;

import org.certpath.program.ProgramDerivation;
import org.certpath.program.ProgramDerivation.Derived;
import org.certpath.program.ProgramDerivation.Unit;
import org.certpath.provenance.SourceKind;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.certpath.seed.ReferenceCsv.decimal;
import static org.certpath.seed.ReferenceCsv.split;
import static org.certpath.seed.ReferenceCsv.text;

/**
 * Turns the staged program rows into programs: published figures as given, duration and cost derived
 * (and marked so, with method and inputs) only where no figure is published, each source linked with
 * the fields it supports. A row that enriches an existing program fills only what that program lacks.
 */
class StagedProgramsLoader {

    static final Map<String, String> AWARD_LEVELS = Map.of("associate", "associate", "certificate", "certificate",
            "post-baccalaureate certificate", "certificate", "bachelor", "bachelor", "diploma", "diploma",
            "non-credit course", "non_credit");
    private static final Map<String, Unit> UNITS = Map.of("semester_credits", Unit.SEMESTER_CREDITS,
            "quarter_credits", Unit.QUARTER_CREDITS, "clock_hours", Unit.CLOCK_HOURS);

    private final Connection connection;
    private final Statements statements;
    private final Map<String, Long> regions = new HashMap<>();
    private final Map<String, Long> certifications = new HashMap<>();

    StagedProgramsLoader(Connection connection) {
        this.connection = connection;
        this.statements = new Statements(connection);
    }

    void load(List<Map<String, String>> rows) throws SQLException {
        readKeys("select code, id from region", regions);
        readKeys("select acronym, id from certification", certifications);
        for (Map<String, String> row : rows) {
            String enriches = text(row, "enriches");
            if (enriches == null) {
                insert(row);
            } else {
                enrich(row, enriches);
            }
        }
    }

    private void insert(Map<String, String> row) throws SQLException {
        Figures figures = Figures.of(row);
        String state = text(row, "state");
        Long region = state == null ? null : regions.get(state);
        if (state != null && region == null) {
            throw new IllegalStateException("Unknown state " + state + " in " + text(row, "program_key"));
        }
        String award = text(row, "award_level");
        long id = insertReturningId("""
                        insert into program (institution, name, credential_text, award_level, award_text, delivery_mode,
                            duration_months, duration_basis, duration_method, duration_inputs, duration_text,
                            credit_hours, clock_hours, hours_text, accredited, accreditor, cost, cost_basis, cost_inputs,
                            cost_notes, region_id, cip_code, notes, service_restricted_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                text(row, "institution"), text(row, "program_name"), text(row, "credentials"),
                award == null ? null : AWARD_LEVELS.get(award), award, text(row, "delivery_mode"),
                figures.months, figures.monthsBasis, figures.monthsMethod, figures.monthsInputs,
                text(row, "duration_text"), figures.creditHours, figures.clockHours, figures.hoursText,
                accredited(row), text(row, "accreditor"), figures.cost, figures.costBasis, figures.costInputs,
                costNotes(row), region, text(row, "cip_code"), notes(row), serviceArea(row));
        nameCostRule(id, figures);
        linkCredentials(id, row);
        linkSources(id, row, figures);
    }

    /** The rule of a cost derived otherwise than by credits x a per-credit tuition, once the program holds that cost. */
    void nameCostRule(long programId, Figures figures) throws SQLException {
        if (figures.costMethod() != null) {
            execute("update program set cost_method = ? where id = ? and cost_basis = 'derived' and cost_inputs = ?",
                    figures.costMethod(), programId, figures.costInputs());
        }
    }

    private void enrich(Map<String, String> row, String enriches) throws SQLException {
        int slash = enriches.indexOf(" / ");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(
                "select id from program where institution = ? and name = ?")) {
            find.setString(1, enriches.substring(0, slash));
            find.setString(2, enriches.substring(slash + 3));
            try (ResultSet found = find.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getLong(1));
                }
            }
        }
        if (ids.size() != 1) {
            throw new IllegalStateException("Row " + text(row, "program_key") + " enriches " + enriches
                    + ", which matches " + ids.size() + " programs");
        }
        long id = ids.get(0);
        Figures figures = Figures.of(row);
        // Only what the program lacks: a figure it has already (published) is kept.
        execute("""
                update program set
                    duration_months = coalesce(duration_months, ?), duration_basis = coalesce(duration_basis, ?),
                    duration_method = case when duration_months is null then ? else duration_method end,
                    duration_inputs = case when duration_months is null then ? else duration_inputs end,
                    cost_basis = coalesce(cost_basis, ?),
                    cost_inputs = case when cost is null then ? else cost_inputs end,
                    cost = coalesce(cost, ?),
                    accredited = coalesce(accredited, ?), accreditor = coalesce(accreditor, ?),
                    delivery_mode = coalesce(delivery_mode, ?), cip_code = coalesce(cip_code, ?),
                    notes = coalesce(notes || ' ', '') || ?
                where id = ?""",
                figures.months, figures.monthsBasis, figures.monthsMethod, figures.monthsInputs,
                figures.costBasis, figures.costInputs, figures.cost, accredited(row), text(row, "accreditor"),
                text(row, "delivery_mode"), text(row, "cip_code"), "Enriched: " + text(row, "notes"), id);
        nameCostRule(id, figures);
        linkCredentials(id, row);
        linkSources(id, row, figures);
    }

    private void linkCredentials(long programId, Map<String, String> row) throws SQLException {
        for (String link : split(text(row, "credential_links"), ";")) {
            String[] parts = link.split(":");
            Long certification = certifications.get(parts[0].trim());
            if (certification == null) {
                continue; // a credential this data does not have yet
            }
            execute("""
                    insert into program_certification (program_id, certification_id, reason) values (?, ?, ?)
                    on conflict (program_id, certification_id) do update set reason = excluded.reason""",
                    programId, certification, parts[1].trim());
        }
    }

    private void linkSources(long programId, Map<String, String> row, Figures figures) throws SQLException {
        int position = nextPosition(programId);
        String url = text(row, "source_url");
        SourceKind kind = SourceKind.isStagingHost(url) ? SourceKind.MIRROR : SourceKind.of(text(row, "source_kind"));
        long main = statements.source(url, text(row, "as_of"), text(row, "source_title"), text(row, "publisher_url"), kind);
        link(programId, main, position++, null);
        String tuitionUrl = text(row, "tuition_url");
        if (figures.tuitionFromOtherPage) {
            SourceKind tuitionKind = SourceKind.isStagingHost(tuitionUrl) ? SourceKind.MIRROR : SourceKind.INSTITUTION;
            long tuition = statements.source(tuitionUrl, text(row, "tuition_as_of"), "Tuition rate page", null, tuitionKind);
            if (tuition != main) {
                link(programId, tuition, position, "cost");
            }
        }
    }

    /**
     * Links a source with the fields it supports (null: the record as a whole). A page linked already gains the
     * fields read in it now; one that supports the whole record keeps doing so.
     */
    void link(long programId, long sourceId, int position, String fields) throws SQLException {
        execute("""
                insert into record_source (record_type, record_id, source_id, position, fields, confidence_note)
                values ('program', ?, ?, ?, ?, null)
                on conflict (record_type, record_id, source_id) do update set fields = case
                    when record_source.fields is null or excluded.fields is null then null
                    else array(select distinct unnest(record_source.fields || excluded.fields) order by 1) end""",
                programId, sourceId, position, fields == null ? null : fields.split(","));
    }

    int nextPosition(long programId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select coalesce(max(position), 0) + 1 from record_source where record_type = 'program' and record_id = ?")) {
            statement.setLong(1, programId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    static Boolean accredited(Map<String, String> row) {
        String value = text(row, "accredited");
        return value == null ? null : Boolean.valueOf(value);
    }

    private static String[] serviceArea(Map<String, String> row) {
        List<String> states = split(text(row, "service_area"), ";");
        return states.isEmpty() ? null : states.stream().map(s -> s.toUpperCase(Locale.ROOT)).toArray(String[]::new);
    }

    static String costNotes(Map<String, String> row) {
        List<String> parts = new ArrayList<>();
        if (text(row, "cost_covers") != null) {
            parts.add("Covers: " + text(row, "cost_covers"));
        }
        if (text(row, "books_fees_usd") != null) {
            parts.add("Books and supplies (not in the cost): $" + text(row, "books_fees_usd"));
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    private static String notes(Map<String, String> row) {
        String city = text(row, "campus_city");
        String notes = text(row, "notes");
        return city == null ? notes : "Campus: " + city + (notes == null ? "" : ". " + notes);
    }

    private void readKeys(String sql, Map<String, Long> into) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getLong(2));
            }
        }
    }

    private long insertReturningId(String sql, Object... values) throws SQLException {
        return statements.insert(sql, values);
    }

    private void execute(String sql, Object... values) throws SQLException {
        statements.execute(sql, values);
    }

    /** The duration and cost of a row: published where given, else derived with method and inputs. */
    record Figures(Integer months, String monthsBasis, String monthsMethod, String monthsInputs,
                           BigDecimal cost, String costBasis, String costMethod, String costInputs, BigDecimal creditHours,
                           BigDecimal clockHours, String hoursText, boolean tuitionFromOtherPage) {

        static Figures of(Map<String, String> row) {
            String asOf = text(row, "as_of");
            BigDecimal credits = decimal(row, "credits");
            String unitName = text(row, "credit_unit");
            Unit unit = unitName == null ? null : UNITS.get(unitName);
            Integer months = null;
            String monthsBasis = null;
            String method = null;
            String inputs = null;
            BigDecimal published = decimal(row, "duration_months_published");
            String award = text(row, "award_level");
            BigDecimal weeks = decimal(row, "weeks_published");
            // Weeks that cannot hold the listing's clock hours are an error of the listing: the hours give the length.
            boolean weeksHold = unit != Unit.CLOCK_HOURS || ProgramDerivation.weeksHoldHours(weeks, credits);
            boolean hoursAreHours = unit != Unit.CLOCK_HOURS || ProgramDerivation.hoursFillWeeks(weeks, credits);
            // A length the page gives in weeks or semesters wins over one its credits or hours would give at full time.
            Optional<Derived<Integer>> derived = (weeksHold ? ProgramDerivation.monthsOfWeeks(weeks, asOf)
                    : Optional.<Derived<Integer>>empty())
                    .or(() -> ProgramDerivation.monthsOfPublishedSemesters(text(row, "duration_text")))
                    .or(() -> ProgramDerivation.monthsOf(hoursAreHours ? credits : null, unit,
                            award == null ? null : AWARD_LEVELS.get(award), asOf));
            if (published != null) {
                months = published.intValueExact();
                monthsBasis = "published";
            } else if (derived.isPresent()) {
                months = derived.get().value();
                monthsBasis = "derived";
                method = derived.get().method();
                inputs = derived.get().inputs();
            }
            BigDecimal cost = decimal(row, "cost_usd_published");
            String costBasis = cost == null ? null : "published";
            String costInputs = null;
            String tuitionUrl = text(row, "tuition_url");
            String rateAsOf = text(row, "tuition_as_of") != null ? text(row, "tuition_as_of") : asOf;
            String costMethod = null;
            boolean fromOtherPage = false;
            if (cost == null) {
                Optional<Derived<BigDecimal>> derivedCost = ProgramDerivation.cost(credits, unit,
                        decimal(row, "tuition_per_credit_usd"), text(row, "tuition_residency"), rateAsOf);
                // Only files from V98 on have a year's tuition.
                if (derivedCost.isEmpty() && row.containsKey("tuition_per_year_usd")) {
                    derivedCost = ProgramDerivation.costOfYears(decimal(row, "academic_years_published"),
                            text(row, "duration_text"), credits, unit, decimal(row, "tuition_per_year_usd"),
                            text(row, "tuition_residency"), rateAsOf);
                    costMethod = derivedCost.map(Derived::method).orElse(null);
                }
                if (derivedCost.isPresent()) {
                    cost = derivedCost.get().value();
                    costBasis = "derived";
                    costInputs = derivedCost.get().inputs();
                    fromOtherPage = tuitionUrl != null && !tuitionUrl.equals(text(row, "source_url"));
                }
            }
            String hoursText = credits == null ? null
                    : credits.stripTrailingZeros().toPlainString() + " " + (unitName == null ? "credits (unit not stated)"
                    : unitName.replace('_', ' '));
            if (!hoursAreHours) {
                hoursText += hoursNotServed(weeks);
            }
            return new Figures(months, monthsBasis, method, inputs, cost, costBasis, costMethod, costInputs,
                    unit == Unit.CLOCK_HOURS ? null : credits, unit == Unit.CLOCK_HOURS && hoursAreHours ? credits : null,
                    hoursText, fromOtherPage);
        }

        /** What the hours text adds where a listing's hours are too few for its weeks to be served as its hours. */
        static String hoursNotServed(BigDecimal weeks) {
            return " as listed, under two a week over its " + weeks.stripTrailingZeros().toPlainString()
                    + " weeks, so not served as its hours";
        }

        /** These figures without a derived duration that the published length range contradicts. */
        Figures withinPublishedLength(String durationText) {
            if (!"derived".equals(monthsBasis) || ProgramDerivation.agreesWithPublishedLength(months, durationText)) {
                return this;
            }
            return new Figures(null, null, null, null, cost, costBasis, costMethod, costInputs, creditHours, clockHours,
                    hoursText, tuitionFromOtherPage);
        }
    }
}
