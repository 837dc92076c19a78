package org.certpath.imports;

import org.certpath.api.MoneyInput;
import org.certpath.curation.Curated;
import org.certpath.program.CipCode;
import org.certpath.program.InstitutionChargesInput;
import org.certpath.program.InstitutionInput;
import org.certpath.program.IpedsProgramInput;
import org.certpath.program.Program;
import org.certpath.program.ProgramInput;
import org.certpath.program.ProgramRepository;
import org.certpath.program.ProgramView;
import org.certpath.provenance.SourceInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The IPEDS completions by CIP code ({@code C2023_A}): a program for each institution, configured CIP code and
 * award level, with the first majors' completions of the award year (July to June) and, as its cost, the
 * institution's published in-state tuition and fees (the latest year the charges import holds), marked as
 * the institution's, not the program's. A program already curated for the same institution (by name) and CIP
 * code is updated, not duplicated, and what curators wrote wins over what IPEDS says.
 */
final class IpedsCompletionsImport extends ImportKind<Program, IpedsProgramInput> {

    static final List<String> COLUMNS = List.of("UNITID", "CIPCODE", "MAJORNUM", "AWLEVEL", "CTOTALT");
    /** The fields a completions row gives; the directory and the charges give the rest. */
    private static final List<String> COMPLETIONS_FIELDS = List.of("name", "awardLevel", "awardText", "cipCode",
            "completions");
    private static final List<String> DIRECTORY_FIELDS = List.of("institution", "state");
    private static final List<String> CHARGES_FIELDS = List.of("cost", "costNotes", "costScope");
    /** The titles of the CIP 2020 codes of the field; a configured code without one is named by its number. */
    private static final Map<String, String> CIP_TITLES = Map.of(
            "51.0706", "Health Information/Medical Records Administration/Administrator",
            "51.0707", "Health Information/Medical Records Technology/Technician",
            "51.0713", "Medical Insurance Coding Specialist/Coder",
            "51.0714", "Medical Insurance Specialist/Medical Biller",
            "51.0716", "Medical Administrative/Executive Assistant and Medical Secretary",
            "51.0708", "Medical Transcription/Transcriptionist",
            "51.0710", "Medical Office Assistant/Specialist",
            "51.0705", "Medical Office Management/Administration");
    /** Programs whose kept curated fields are named in the report; more are counted. */
    private static final int KEPT_LISTED = 100;

    private final ProgramRepository programs;
    private final Set<String> cipCodes;
    private final Map<Integer, InstitutionInput> directory;
    private final Map<Integer, InstitutionChargesInput> charges;
    private final Set<String> regions;
    private final int year;
    /** Curated programs a row of this import has matched, so that no two rows update the same one. */
    private final Set<Long> claimed = new HashSet<>();
    private int keptPrograms;

    IpedsCompletionsImport(Curated<Program, IpedsProgramInput> collection, ProgramRepository programs,
                           Set<String> cipCodes, Map<Integer, InstitutionInput> directory,
                           Map<Integer, InstitutionChargesInput> charges, Set<String> regions, int year,
                           ImportReport.SourceRef source) {
        super("ipeds-completions", collection, source);
        this.programs = programs;
        this.cipCodes = cipCodes;
        this.directory = directory;
        this.charges = charges;
        this.regions = regions;
        this.year = year;
    }

    static IpedsFile.Name file(int year) {
        return new IpedsFile.Name("C" + year + "_A", "Awards/degrees conferred by program (CIP), award level",
                "IPEDS completions of award year " + awardYear(year) + " (C" + year + "_A)");
    }

    /** The award year of the file: C2023_A counts the awards of July 2022 to June 2023. */
    static String awardYear(int year) {
        return IpedsFile.academicYear(year - 1);
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        return IpedsFile.header(COLUMNS, columns, "completions (C_A)", bad);
    }

    @Override
    Optional<IpedsProgramInput> parse(Cells row, ImportReport.Tally tally) {
        Cells cells = row.upperCased();
        Integer unitId = IpedsFile.unitId(cells);
        String cipText = cells.text("CIPCODE");
        Optional<String> cip = CipCode.normalize(cipText);
        boolean total = cipText != null && cipText.matches("\\d{2}");
        if (cip.isEmpty() && !total) {
            cells.invalid("CIPCODE", "'" + cipText + "' is not a CIP code such as 51.0707.");
        }
        String major = cells.text("MAJORNUM");
        if (!"1".equals(major) && !"2".equals(major)) {
            cells.invalid("MAJORNUM", "'" + major + "' is not 1 (first major) or 2 (second major).");
        }
        Optional<IpedsFile.AwardLevel> level = IpedsFile.AwardLevel.of(cells.text("AWLEVEL"));
        if (level.isEmpty()) {
            cells.invalid("AWLEVEL", "'" + cells.text("AWLEVEL") + "' is not an IPEDS award level code.");
        }
        Integer completions = IpedsFile.count(cells, "CTOTALT");
        if (!cells.valid()) {
            return Optional.empty();
        }
        if (total) {
            tally.ignore("total or summary row (CIPCODE " + cipText + ")");
        } else if (!cipCodes.contains(cip.get())) {
            tally.ignore("CIP code not configured for import");
        } else if ("2".equals(major)) {
            tally.ignore("second major (its awards are counted under the first major)");
        } else if (!directory.containsKey(unitId)) {
            cells.invalid("UNITID", unitId + " is not in the IPEDS directory this API holds: import the HD file of"
                    + " the same year through /v1/imports/ipeds-institutions first.");
        } else {
            return Optional.of(input(unitId, cip.get(), level.get(), completions));
        }
        return Optional.empty();
    }

    private IpedsProgramInput input(int unitId, String cip, IpedsFile.AwardLevel level, Integer completions) {
        InstitutionInput institution = directory.get(unitId);
        List<SourceInput> sources = new ArrayList<>();
        sources.add(IpedsFile.sourceInput(source(), COMPLETIONS_FIELDS));
        institution.sources().forEach(hd -> sources.add(withFields(hd, DIRECTORY_FIELDS)));
        // Undergraduate charges are no cost of a graduate program, which this API has no award level for.
        Optional<InstitutionChargesInput> published = Optional.ofNullable(charges.get(unitId))
                .filter(c -> level.awardLevel != null && c.inState().tuition() != null && c.inState().fees() != null);
        published.ifPresent(c -> c.sources().forEach(ic -> sources.add(withFields(ic, CHARGES_FIELDS))));
        String title = CIP_TITLES.getOrDefault(cip, "CIP " + cip);
        String state = institution.state() != null && regions.contains(institution.state()) ? institution.state() : null;
        ProgramInput program = new ProgramInput(institution.name(), title + " (" + level.label + ")", List.of(), null,
                level.awardLevel, level.text(), null, null, null, null, null, null, null, null, null, null, null,
                published.map(c -> MoneyInput.of(c.inState().tuition().add(c.inState().fees()))).orElse(null),
                published.map(IpedsCompletionsImport::costNotes).orElse(null), state, cip, null, sources);
        return new IpedsProgramInput(program, unitId, level.code, completions, awardYear(year),
                published.isPresent() ? ProgramView.INSTITUTION_SCOPE : null);
    }

    private static String costNotes(InstitutionChargesInput c) {
        List<String> parts = new ArrayList<>();
        parts.add("in-state " + dollars(c.inState().tuition()) + " tuition + " + dollars(c.inState().fees()) + " fees");
        residency("in-district", c.inDistrict()).ifPresent(parts::add);
        residency("out-of-state", c.outOfState()).ifPresent(parts::add);
        if (c.inState().perCredit() != null) {
            parts.add("in-state per credit hour " + dollars(c.inState().perCredit()));
        }
        if (c.booksAndSupplies() != null) {
            parts.add("books and supplies " + dollars(c.booksAndSupplies()));
        }
        return "Institution-wide published charges, not this program's own: IPEDS average tuition and required fees"
                + " of a full-time undergraduate for the " + c.academicYear() + " academic year; "
                + String.join("; ", parts) + ".";
    }

    private static Optional<String> residency(String name, InstitutionChargesInput.Residency residency) {
        if (residency.tuition() == null || residency.fees() == null) {
            return Optional.empty();
        }
        return Optional.of(name + " " + dollars(residency.tuition().add(residency.fees())));
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.stripTrailingZeros().toPlainString();
    }

    private static SourceInput withFields(SourceInput source, List<String> fields) {
        return new SourceInput(source.url(), source.originalUrl(), source.publisher(), source.title(), source.asOf(),
                source.kind(), fields, source.confidenceNote());
    }

    @Override
    String identity(IpedsProgramInput input) {
        return key(input.unitId(), input.program().cipCode(), input.awardLevelCode());
    }

    private static String key(Integer unitId, String cip, Integer awardLevelCode) {
        return unitId + "/" + cip + "/" + awardLevelCode;
    }

    /**
     * The programs of earlier imports by UNITID, CIP and award level code; for the other rows, a curated program
     * of the same institution name, CIP code and state whose award level is the row's or unknown (the row's
     * own level first).
     */
    @Override
    Map<String, Program> stored(List<IpedsProgramInput> inputs) {
        Map<String, Program> stored = new HashMap<>();
        programs.find("from Program p left join fetch p.region where p.unitId in ?1",
                        inputs.stream().map(IpedsProgramInput::unitId).distinct().toList()).list()
                .forEach(p -> stored.putIfAbsent(key(p.unitId, p.cipCode, p.ipedsAwardLevel), p));
        List<IpedsProgramInput> unmatched = inputs.stream().filter(input -> !stored.containsKey(identity(input))).toList();
        if (unmatched.isEmpty()) {
            return stored;
        }
        List<Program> candidates = programs.find("from Program p left join fetch p.region where p.unitId is null "
                        + "and p.cipCode in ?1 and lower(p.institution) in ?2",
                unmatched.stream().map(input -> input.program().cipCode()).distinct().toList(),
                unmatched.stream().map(input -> lower(input.program().institution())).distinct().toList()).list();
        for (IpedsProgramInput input : unmatched) {
            ProgramInput row = input.program();
            candidates.stream()
                    .filter(p -> !claimed.contains(p.id) && lower(p.institution).equals(lower(row.institution()))
                            && p.cipCode.equals(row.cipCode())
                            && (p.region == null || row.state() == null || p.region.code.equals(row.state()))
                            && (p.awardLevel == null || p.awardLevel.equals(row.awardLevel())))
                    .min(Comparator.comparing((Program p) -> !Objects.equals(p.awardLevel, row.awardLevel()))
                            .thenComparing(p -> p.id))
                    .ifPresent(p -> {
                        claimed.add(p.id);
                        stored.put(identity(input), p);
                    });
        }
        return stored;
    }

    private static String lower(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A program some source other than IPEDS backs is curated: its values win wherever it has one, and the IPEDS
     * sources cite only the fields they gave. A program only IPEDS backs takes the row as it is.
     */
    @Override
    IpedsProgramInput over(IpedsProgramInput row, IpedsProgramInput stored, ImportReport.Tally tally) {
        ProgramInput s = stored.program();
        ProgramInput r = row.program();
        if (s.sources().stream().allMatch(IpedsFile::isIpeds)) {
            return row;
        }
        List<String> kept = new ArrayList<>();
        String institution = keep("institution", s.institution(), r.institution(), kept);
        String name = keep("name", s.name(), r.name(), kept);
        String awardLevel = keep("awardLevel", s.awardLevel(), r.awardLevel(), kept);
        String awardText = keep("awardText", s.awardText(), r.awardText(), kept);
        String state = keep("state", s.state(), r.state(), kept);
        boolean ownCost = s.cost() != null;
        MoneyInput cost = keep("cost", s.cost(), r.cost(), kept);
        Set<String> notTaken = new HashSet<>(kept);
        if (ownCost) {
            notTaken.addAll(CHARGES_FIELDS);
        }
        List<SourceInput> sources = new ArrayList<>(s.sources().stream().filter(source -> !IpedsFile.isIpeds(source))
                .toList());
        r.sources().forEach(source -> {
            List<String> fields = source.fields().stream().filter(field -> !notTaken.contains(field)).toList();
            if (!fields.isEmpty()) {
                sources.add(withFields(source, fields));
            }
        });
        if (!kept.isEmpty() && ++keptPrograms <= KEPT_LISTED) {
            tally.notes.add("Kept the curated " + String.join(", ", kept) + " of '" + s.institution() + " / " + s.name()
                    + "' over IPEDS " + identity(row) + ".");
        } else if (keptPrograms == KEPT_LISTED + 1) {
            tally.notes.add("More programs kept curated fields over IPEDS; only the first " + KEPT_LISTED
                    + " are listed.");
        }
        ProgramInput merged = new ProgramInput(institution, name, s.certifications(), s.credentialText(), awardLevel,
                awardText, s.deliveryMode(), s.deliveryText(), s.durationMonths(), s.durationText(), s.creditHours(),
                s.clockHours(), s.hoursText(), s.accredited(), s.accreditation(), s.accreditor(),
                s.serviceRestrictedTo(), cost, ownCost ? s.costNotes() : r.costNotes(), state, r.cipCode(), s.notes(),
                sources);
        return new IpedsProgramInput(merged, row.unitId(), row.awardLevelCode(), row.completions(),
                row.completionsYear(), ownCost ? stored.costScope() : row.costScope());
    }

    /** The stored value where there is one (named in {@code kept} when IPEDS says otherwise), else IPEDS's. */
    private static <T> T keep(String field, T stored, T imported, List<String> kept) {
        if (stored == null) {
            return imported;
        }
        if (imported != null && !imported.equals(stored)) {
            kept.add(field);
        }
        return stored;
    }

    @Override
    void conclude(ImportReport.Tally tally) {
        tally.notes.add("Completions are the first majors' awards of award year " + awardYear(year)
                + " (July to June), IPEDS CTOTALT.");
        tally.notes.add("A program's cost from IPEDS is its institution's in-state tuition and required fees for a"
                + " full-time undergraduate year (costScope 'institution'), not the program's own price.");
    }
}
