package org.certpath.imports;

import org.certpath.api.MoneyInput;
import org.certpath.certification.Certification;
import org.certpath.curation.Curated;
import org.certpath.program.Program;
import org.certpath.program.ProgramInput;
import org.certpath.program.ProgramRepository;
import org.certpath.program.ProgramText;
import org.certpath.provenance.Publishers;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceKind;
import org.certpath.provenance.SourceKinds;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of the reference data's {@code programs.csv}. A program is the same one when its
 * institution, name and state are. Award level and delivery mode are classified with the
 * editorial tables of the reference data; wording they do not know leaves the class null.
 */
final class ProgramsImport extends ImportKind<Program, ProgramInput> {

    static final List<String> COLUMNS = List.of("institution", "program_name", "credential_prepared_for",
            "award_level", "delivery_mode", "duration_text", "duration_months", "credit_or_clock_hours",
            "accreditation_or_approval", "published_cost_usd", "cost_notes", "state", "source_url", "source_type",
            "as_of", "notes", "cip_code");
    private static final Pattern CIP = Pattern.compile("\\d{2}\\.\\d{4}");
    private static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");
    private static final BigDecimal MAX_MONTHS = BigDecimal.valueOf(240);

    private final ProgramRepository programs;
    private final Set<String> regions;
    /** Certification acronym (RHIT) → code (rhit). */
    private final Map<String, String> certifications;
    private final Map<String, String> awardLevels;
    private final Map<String, String> deliveryModes;

    ProgramsImport(Curated<Program, ProgramInput> collection, ProgramRepository programs, Set<String> regions,
                   Map<String, String> certifications, Map<String, String> awardLevels,
                   Map<String, String> deliveryModes) {
        super("programs", collection, null);
        this.programs = programs;
        this.regions = regions;
        this.certifications = certifications;
        this.awardLevels = awardLevels;
        this.deliveryModes = deliveryModes;
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        List<String> missing = COLUMNS.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            bad.add(1, "Missing column(s) " + String.join(", ", missing) + ": not the programs.csv layout.");
        }
        return missing.isEmpty();
    }

    @Override
    Optional<ProgramInput> parse(Cells cells, ImportReport.Tally tally) {
        String institution = required(cells, "institution");
        String name = required(cells, "program_name");
        Cells.Figure months = cells.figure("duration_months", MAX_MONTHS);
        if (months.marker() != null || (months.value() != null && months.value().stripTrailingZeros().scale() > 0)) {
            cells.invalid("duration_months", "'" + cells.text("duration_months") + "' is not a whole number of months.");
        }
        Cells.Figure cost = cells.figure("published_cost_usd", MAX_COST);
        if (cost.marker() != null) {
            cells.invalid("published_cost_usd", "'" + cells.text("published_cost_usd") + "' is not an amount.");
        }
        String state = cells.text("state");
        if (state != null && !regions.contains(state.toUpperCase(Locale.ROOT))) {
            cells.invalid("state", "'" + state + "' is not a region of this API.");
        }
        String cip = cells.text("cip_code");
        if (cip != null && !CIP.matcher(cip).matches()) {
            cells.invalid("cip_code", "'" + cip + "' is not a CIP code such as 51.0707.");
        }
        List<SourceInput> sources = sources(cells);
        if (!cells.valid()) {
            return Optional.empty();
        }
        String credential = cells.text("credential_prepared_for");
        String hours = cells.text("credit_or_clock_hours");
        String accreditation = cells.text("accreditation_or_approval");
        List<String> codes = ProgramText.acronymsNamedIn(credential, certifications.keySet()).stream()
                .map(certifications::get).toList();
        return Optional.of(new ProgramInput(institution, name, codes, credential,
                classify(awardLevels, cells.text("award_level")), cells.text("award_level"),
                classify(deliveryModes, cells.text("delivery_mode")), cells.text("delivery_mode"),
                months.value() == null ? null : months.value().intValueExact(), cells.text("duration_text"),
                ProgramText.creditHours(hours), ProgramText.clockHours(hours), hours,
                ProgramText.isProgrammaticallyAccredited(accreditation) ? Boolean.TRUE : null, accreditation,
                ProgramText.programmaticAccreditor(accreditation), null, MoneyInput.of(cost.value()),
                cells.text("cost_notes"), state == null ? null : state.toUpperCase(Locale.ROOT), cip,
                cells.text("notes"), sources));
    }

    @Override
    String identity(ProgramInput input) {
        return input.institution() + " / " + input.name() + " / " + input.state();
    }

    /**
     * A row names its source by kind ({@code source_type}), not by title: a page the program cites already keeps its
     * own title, so that a row as the reference data has it leaves its program unchanged.
     */
    @Override
    ProgramInput over(ProgramInput row, ProgramInput stored, ImportReport.Tally tally) {
        Map<String, String> titles = new HashMap<>();
        stored.sources().forEach(source -> titles.putIfAbsent(source.url(), source.title()));
        return row.withSources(row.sources().stream()
                .map(source -> titles.containsKey(source.url()) ? source.titled(titles.get(source.url())) : source)
                .toList());
    }

    /** One query for the programs of all the rows' institutions, matched to rows by identity. */
    @Override
    Map<String, Program> stored(List<ProgramInput> inputs) {
        Map<String, Program> stored = new HashMap<>();
        List<String> institutions = inputs.stream().map(ProgramInput::institution).distinct().toList();
        programs.find("from Program p left join fetch p.region where p.institution in ?1", institutions).list()
                .forEach(program -> stored.putIfAbsent(program.institution + " / " + program.name + " / "
                        + (program.region == null ? null : program.region.code), program));
        return stored;
    }

    private static String required(Cells cells, String column) {
        String value = cells.text(column);
        if (value == null) {
            cells.invalid(column, "Missing.");
        }
        return value;
    }

    /** The row's {@code source_kind} (optional column), else the kind declared for the URL's host. */
    private static Optional<SourceKind> declaredKind(Cells cells, String url) {
        String given = cells.text("source_kind");
        if (given != null) {
            try {
                SourceKind kind = SourceKind.of(given);
                return Optional.of(SourceKind.isStagingHost(url) ? SourceKind.MIRROR : kind);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return SourceKinds.forUrl(url);
    }

    /** The row's own sources, as the reference data links them: {@code |} between several. */
    private static List<SourceInput> sources(Cells cells) {
        String urls = cells.text("source_url");
        if (urls == null) {
            cells.invalid("source_url", "Missing: every program needs the source it was read in.");
            return List.of();
        }
        String type = cells.text("source_type");
        String asOf = cells.text("as_of");
        List<SourceInput> sources = new ArrayList<>();
        for (String url : urls.split("\\|")) {
            String trimmed = url.trim();
            try {
                URI uri = URI.create(trimmed);
                if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                    throw new IllegalArgumentException(trimmed);
                }
                Optional<SourceKind> kind = declaredKind(cells, trimmed);
                if (kind.isEmpty()) {
                    cells.invalid("source_kind", "No kind for '" + trimmed + "': give a source_kind ("
                            + String.join(", ", Arrays.stream(SourceKind.values()).map(SourceKind::code).toList())
                            + ").");
                } else if (sources.stream().noneMatch(source -> source.url().equals(trimmed))) {
                    sources.add(new SourceInput(trimmed, null, Publishers.of(trimmed), type == null ? trimmed : type,
                            asOf, kind.get().code(), null, Publishers.confidenceNoteOf(type)));
                }
            } catch (IllegalArgumentException e) {
                cells.invalid("source_url", "'" + trimmed + "' is not an http(s) URL.");
            }
        }
        return sources;
    }

    /** The editorial class of a wording, or the wording itself when it is a class; null when unknown. */
    private static String classify(Map<String, String> classes, String text) {
        if (text == null) {
            return null;
        }
        if (classes.containsKey(text)) {
            return classes.get(text);
        }
        return classes.containsValue(text) ? text : null;
    }
}
