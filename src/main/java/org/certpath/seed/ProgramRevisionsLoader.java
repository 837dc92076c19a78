package org.certpath.seed;

import org.certpath.program.ProgramDerivation;
import org.certpath.program.ProgramDerivation.Derived;
import org.certpath.program.ProgramDerivation.Unit;
import org.certpath.provenance.SourceKind;
import org.certpath.seed.StagedProgramsLoader.Figures;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.certpath.seed.ReferenceCsv.text;

/**
 * Applies {@code programs-revised.csv} and {@code program-credential-links.csv} to the programs loaded
 * before it. A row's {@code mode} says what it does: {@code add} a program (loaded like a staged row),
 * {@code fill} only what a program lacks, {@code correct} the figures its page gives differently, or
 * {@code retire} a program its page shows is no longer offered, or one listed twice (removed, with a tombstone for
 * mirrors).
 * Then every program still without a duration but with hours in a known unit gets a derived one, and
 * each link names the credential, why the program leads to it, and the page that says so (or removes a
 * link whose own source does not support it).
 */
class ProgramRevisionsLoader {

    private static final Pattern LEADING_WEEKS = Pattern.compile("^(\\d+(?:\\.\\d+)?) weeks");

    private final Connection connection;
    private final Statements statements;
    private final StagedProgramsLoader staged;

    ProgramRevisionsLoader(Connection connection) {
        this.connection = connection;
        this.statements = new Statements(connection);
        this.staged = new StagedProgramsLoader(connection);
    }

    void load(List<Map<String, String>> programs, List<Map<String, String>> links) throws SQLException {
        List<Map<String, String>> added = new ArrayList<>();
        for (Map<String, String> row : programs) {
            String mode = text(row, "mode");
            switch (mode == null ? "" : mode) {
                case "add" -> added.add(row);
                case "fill" -> revise(row, false);
                case "correct" -> revise(row, true);
                case "retire" -> retire(row);
                default -> throw new IllegalStateException("Row " + text(row, "program_key") + " has mode " + mode);
            }
        }
        staged.load(added);
        deriveMissingDurations();
        for (Map<String, String> link : links) {
            link(link);
        }
    }

    private void revise(Map<String, String> row, boolean correct) throws SQLException {
        long id = program(text(row, "institution"), text(row, "program_name"));
        // The length text the program shows after this row: a derived duration it contradicts is not served.
        String stored = durationText(id);
        String shown = correct || stored == null ? Optional.ofNullable(text(row, "duration_text")).orElse(stored) : stored;
        Figures figures = Figures.of(row).withinPublishedLength(shown);
        String award = text(row, "award_level");
        String awardLevel = award == null ? null : StagedProgramsLoader.AWARD_LEVELS.get(award);
        if (correct) {
            // The page gives these figures differently: what the row states replaces what was stored, a duration or a
            // cost with its own rule and inputs (none for a published one).
            statements.execute("""
                    update program set
                        credit_hours = coalesce(?, credit_hours), clock_hours = coalesce(?, clock_hours),
                        hours_text = coalesce(?, hours_text),
                        duration_months = coalesce(?, duration_months), duration_basis = coalesce(?, duration_basis),
                        duration_method = case when cast(? as integer) is null then duration_method else ? end,
                        duration_inputs = case when cast(? as integer) is null then duration_inputs else ? end,
                        duration_text = coalesce(?, duration_text),
                        cost = coalesce(?, cost), cost_basis = coalesce(?, cost_basis),
                        cost_inputs = case when cast(? as numeric) is null then cost_inputs else ? end,
                        cost_notes = coalesce(?, cost_notes), award_level = coalesce(?, award_level),
                        delivery_mode = coalesce(?, delivery_mode), accredited = coalesce(?, accredited),
                        accreditor = coalesce(?, accreditor), notes = coalesce(notes || ' ', '') || ?
                    where id = ?""", figures.creditHours(), figures.clockHours(), figures.hoursText(), figures.months(),
                    figures.monthsBasis(), figures.months(), figures.monthsMethod(), figures.months(),
                    figures.monthsInputs(), text(row, "duration_text"), figures.cost(), figures.costBasis(),
                    figures.cost(), figures.costInputs(), StagedProgramsLoader.costNotes(row), awardLevel,
                    text(row, "delivery_mode"), StagedProgramsLoader.accredited(row), text(row, "accreditor"),
                    "Revised: " + text(row, "notes"), id);
        } else {
            // Only what the program lacks: a figure it has already is kept, with its basis.
            statements.execute("""
                    update program set
                        credit_hours = coalesce(credit_hours, ?), clock_hours = coalesce(clock_hours, ?),
                        hours_text = coalesce(hours_text, ?),
                        duration_months = coalesce(duration_months, ?), duration_basis = coalesce(duration_basis, ?),
                        duration_method = case when duration_months is null then ? else duration_method end,
                        duration_inputs = case when duration_months is null then ? else duration_inputs end,
                        duration_text = coalesce(duration_text, ?),
                        cost = coalesce(cost, ?), cost_basis = coalesce(cost_basis, ?),
                        cost_inputs = case when cost is null then ? else cost_inputs end,
                        cost_notes = coalesce(cost_notes, ?), award_level = coalesce(award_level, ?),
                        delivery_mode = coalesce(delivery_mode, ?), accredited = coalesce(accredited, ?),
                        accreditor = coalesce(accreditor, ?), notes = coalesce(notes || ' ', '') || ?
                    where id = ?""", figures.creditHours(), figures.clockHours(), figures.hoursText(), figures.months(),
                    figures.monthsBasis(), figures.monthsMethod(), figures.monthsInputs(), text(row, "duration_text"),
                    figures.cost(), figures.costBasis(), figures.costInputs(), StagedProgramsLoader.costNotes(row),
                    awardLevel, text(row, "delivery_mode"), StagedProgramsLoader.accredited(row),
                    text(row, "accreditor"), "Revised: " + text(row, "notes"), id);
        }
        staged.nameCostRule(id, figures);
        linkSources(id, row, figures);
    }

    private void retire(Map<String, String> row) throws SQLException {
        long id = program(text(row, "institution"), text(row, "program_name"));
        statements.execute("delete from record_source where record_type = 'program' and record_id = ?", id);
        statements.execute("delete from program where id = ?", id);
        statements.execute("insert into tombstone (resource, key) values ('program', ?)", String.valueOf(id));
    }

    private void linkSources(long programId, Map<String, String> row, Figures figures) throws SQLException {
        int position = staged.nextPosition(programId);
        String url = text(row, "source_url");
        SourceKind kind = SourceKind.isStagingHost(url) ? SourceKind.MIRROR : SourceKind.of(text(row, "source_kind"));
        long main = statements.source(url, text(row, "as_of"), text(row, "source_title"), text(row, "publisher_url"), kind);
        staged.link(programId, main, position++, text(row, "fields"));
        if (figures.tuitionFromOtherPage()) {
            String tuitionUrl = text(row, "tuition_url");
            SourceKind tuitionKind = SourceKind.isStagingHost(tuitionUrl) ? SourceKind.MIRROR : SourceKind.INSTITUTION;
            long tuition = statements.source(tuitionUrl, text(row, "tuition_as_of"), "Tuition rate page", null, tuitionKind);
            if (tuition != main) {
                staged.link(programId, tuition, position++, "cost");
            }
        }
        // Only files from V90 on have the unit columns.
        String unitUrl = row.containsKey("unit_url") ? text(row, "unit_url") : null;
        if (unitUrl != null && "derived".equals(figures.monthsBasis())) {
            // The program's page says "credits"; another page of the institution, or its calendar system in an
            // official file (files from V95 on name its kind and publisher), says which.
            String unitKind = row.containsKey("unit_kind") ? text(row, "unit_kind") : null;
            String unitPublisher = row.containsKey("unit_publisher_url") ? text(row, "unit_publisher_url") : null;
            long unit = statements.source(unitUrl, text(row, "unit_as_of"), text(row, "unit_title"), unitPublisher,
                    unitKind == null ? SourceKind.INSTITUTION : SourceKind.of(unitKind));
            if (unit != main) {
                staged.link(programId, unit, position, "durationMonths");
            }
        }
    }

    /**
     * Hours already stored in a stated unit (clock hours, or credits the hours text calls semester or quarter),
     * unless the length the source publishes (an ETPL calendar-length range) says otherwise.
     */
    private void deriveMissingDurations() throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, clock_hours, credit_hours, hours_text, duration_text, award_level from program
                where duration_months is null and (clock_hours is not null or credit_hours is not null)
                order by id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                BigDecimal clock = rows.getBigDecimal(2);
                BigDecimal credits = rows.getBigDecimal(3);
                String hoursText = rows.getString(4) == null ? "" : rows.getString(4).toLowerCase(Locale.ROOT);
                Optional<Derived<Integer>> published = ProgramDerivation.monthsOfPublishedSemesters(rows.getString(5));
                if (published.isPresent()) {
                    // The page's own count of semesters wins over what the hours would take at full time.
                    updates.add(new Object[] {published.get().value(), published.get().method(), published.get().inputs(),
                            rows.getLong(1)});
                    continue;
                }
                Optional<Derived<Integer>> derived = clock != null
                        ? ProgramDerivation.monthsOf(clock, Unit.CLOCK_HOURS, rows.getString(6), null)
                        : hoursText.contains("semester") ? ProgramDerivation.months(credits, Unit.SEMESTER_CREDITS, null)
                        : hoursText.contains("quarter") ? ProgramDerivation.months(credits, Unit.QUARTER_CREDITS, null)
                        : Optional.empty();
                if (derived.isPresent()
                        && ProgramDerivation.agreesWithPublishedLength(derived.get().value(), rows.getString(5))) {
                    updates.add(new Object[] {derived.get().value(), derived.get().method(),
                            derived.get().inputs() + " (hours as stored: " + rows.getString(4) + ")", rows.getLong(1)});
                }
            }
        }
        storeDerivedDurations(updates);
    }

    /**
     * Every program still without a duration whose length its source publishes only as a range gets the range's
     * longest end, derived. Run once all revisions are in, so that a published length a later row fills wins.
     */
    void deriveDurationsFromPublishedRanges() throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, duration_text from program where duration_months is null and duration_text is not null order by id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                ProgramDerivation.monthsOfPublishedRange(rows.getString(2)).ifPresent(derived ->
                        updates.add(new Object[] {derived.value(), derived.method(), derived.inputs(), id}));
            }
        }
        storeDerivedDurations(updates);
    }

    /**
     * Every program whose source publishes its length as a number of semesters ("over four semesters") and whose
     * duration is unknown or derived from its credits or hours gets that length, derived at four months a semester: the
     * program's own length wins over a full-time load it may not be run at (Bunker Hill's 27 credits, an evening
     * program over four semesters).
     */
    void deriveDurationsFromPublishedSemesters() throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, duration_text from program
                where duration_text is not null and (duration_months is null or duration_method in (?, ?, ?))
                order by id""")) {
            select.setString(1, ProgramDerivation.SEMESTER_METHOD);
            select.setString(2, ProgramDerivation.QUARTER_METHOD);
            select.setString(3, ProgramDerivation.CLOCK_METHOD);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    ProgramDerivation.monthsOfPublishedSemesters(rows.getString(2)).ifPresent(derived ->
                            updates.add(new Object[] {derived.value(), derived.method(), derived.inputs(), id}));
                }
            }
        }
        storeDerivedDurations(updates);
    }

    /**
     * Clock hours stored from a listing that gives under two a week over the weeks its length was derived from are not
     * the program's hours ({@link ProgramDerivation#hoursFillWeeks}): the figure stays in the hours text, with why.
     */
    void withdrawHoursThatCannotFillTheirWeeks() throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, clock_hours, duration_inputs from program
                where clock_hours is not null and duration_method = ? order by id""")) {
            select.setString(1, ProgramDerivation.WEEKS_METHOD);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // The inputs of a length derived from weeks start with the weeks (ProgramDerivation.monthsOfWeeks).
                    Matcher weeks = LEADING_WEEKS.matcher(rows.getString(3));
                    if (weeks.find() && !ProgramDerivation.hoursFillWeeks(new BigDecimal(weeks.group(1)), rows.getBigDecimal(2))) {
                        updates.add(new Object[] {Figures.hoursNotServed(new BigDecimal(weeks.group(1))),
                                rows.getLong(1)});
                    }
                }
            }
        }
        for (Object[] update : updates) {
            statements.execute("update program set clock_hours = null, hours_text = hours_text || ? where id = ?", update);
        }
    }

    /** Each update: the months, the method and the inputs of a derived duration, then the program's id. */
    private void storeDerivedDurations(List<Object[]> updates) throws SQLException {
        for (Object[] update : updates) {
            statements.execute("""
                    update program set duration_months = ?, duration_basis = 'derived', duration_method = ?,
                        duration_inputs = ? where id = ?""", update);
        }
    }

    private void link(Map<String, String> row) throws SQLException {
        long programId = program(text(row, "institution"), text(row, "program_name"));
        String code = text(row, "credential");
        long certification;
        try (PreparedStatement find = connection.prepareStatement("select id from certification where acronym = ?")) {
            find.setString(1, code);
            try (ResultSet found = find.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("Unknown credential " + code + " linked to " + text(row, "program_name"));
                }
                certification = found.getLong(1);
            }
        }
        String reason = text(row, "reason");
        if ("unlink".equals(text(row, "action"))) {
            // The link's own source does not support it.
            statements.execute("delete from program_certification where program_id = ? and certification_id = ?",
                    programId, certification);
            statements.execute("update program set notes = coalesce(notes || ' ', '') || ? where id = ?",
                    "Not linked to " + code + ": " + text(row, "evidence"), programId);
            return;
        }
        statements.execute("""
                insert into program_certification (program_id, certification_id, reason) values (?, ?, ?)
                on conflict (program_id, certification_id) do update set reason = excluded.reason""",
                programId, certification, reason);
        statements.execute("update program set notes = coalesce(notes || ' ', '') || ? where id = ?",
                "Leads to " + code + " (" + reason + "): " + text(row, "evidence"), programId);
        String url = text(row, "source_url");
        if (url != null) {
            SourceKind kind = SourceKind.isStagingHost(url) ? SourceKind.MIRROR : SourceKind.of(text(row, "source_kind"));
            long source = statements.source(url, text(row, "as_of"), text(row, "source_title"), text(row, "publisher_url"), kind);
            staged.link(programId, source, staged.nextPosition(programId), "certifications");
        }
    }

    private String durationText(long programId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("select duration_text from program where id = ?")) {
            find.setLong(1, programId);
            try (ResultSet found = find.executeQuery()) {
                found.next();
                return found.getString(1);
            }
        }
    }

    private long program(String institution, String name) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(
                "select id from program where institution = ? and name = ?")) {
            find.setString(1, institution);
            find.setString(2, name);
            try (ResultSet found = find.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getLong(1));
                }
            }
        }
        if (ids.size() != 1) {
            throw new IllegalStateException(institution + " / " + name + " matches " + ids.size() + " programs");
        }
        return ids.get(0);
    }
}
