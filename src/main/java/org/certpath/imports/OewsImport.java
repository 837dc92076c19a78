package org.certpath.imports;

import org.certpath.curation.Curated;
import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceKind;
import org.certpath.provenance.SourceKinds;
import org.certpath.region.Region;
import org.certpath.region.RegionRepository;
import org.certpath.salary.Salary;
import org.certpath.salary.SalaryInput;
import org.certpath.salary.SalaryRepository;
import org.certpath.salary.SalaryView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The BLS OEWS file layout ({@code national_M2024_dl}, {@code state_M2024_dl}, {@code MSA_M2024_dl},
 * {@code all_data}). Kept: cross-industry, all-ownership estimates of tracked occupations for the nation
 * (area type 1), the states (area type 2) and the metropolitan areas (area type 4), which are made as
 * regions the first time a file names them. BLS markers are never stored as figures.
 */
final class OewsImport extends ImportKind<Salary, SalaryInput> {

    static final List<String> COLUMNS = List.of("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "OCC_CODE",
            "OCC_TITLE", "TOT_EMP", "EMP_PRSE", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN",
            "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90");
    private static final List<String> HOURLY = List.of("H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90");
    private static final List<String> ANNUAL = List.of("A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90");
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern CBSA = Pattern.compile("\\d{5}");
    private static final String NATION = "1";
    private static final String STATE = "2";
    private static final String METRO = "4";
    private static final String CROSS_INDUSTRY = "000000";
    private static final String ALL_OWNERSHIPS = "1235";
    private static final BigDecimal MAX_HOURLY = new BigDecimal("999999.99");
    private static final BigDecimal MAX_ANNUAL = new BigDecimal("99999999.99");
    private static final BigDecimal MAX_RSE = new BigDecimal("9999.9");
    private static final BigDecimal MAX_EMPLOYMENT = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** The top-coded wages BLS states for an edition; other editions are described without figures. */
    private static final Map<String, String> TOP_CODES = Map.of("2024-05", "$115.00 an hour, $239,200 a year");

    private final SalaryRepository salaries;
    private final String edition;
    private final Set<String> tracked;
    private final Set<String> regions;
    private final Metros metros;
    /** The metro areas of the kept rows, by CBSA code, and the line that first named each. */
    private final Map<String, RegionRepository.Metro> metroAreas = new LinkedHashMap<>();
    private final Map<String, Integer> metroLines = new HashMap<>();
    private int topCodedRows;

    /** Writes the metro areas a file names before its rows: the region and its provenance and audit. */
    interface Metros {
        RegionRepository.MetroChange save(RegionRepository.Metro metro, boolean dryRun);
    }

    OewsImport(Curated<Salary, SalaryInput> collection, SalaryRepository salaries, String edition, Set<String> tracked,
               Set<String> regions, Metros metros, ImportReport.SourceRef source) {
        super("oews", collection, source);
        this.salaries = salaries;
        this.edition = edition;
        this.tracked = tracked;
        this.regions = regions;
        this.metros = metros;
    }

    static ImportReport.SourceRef defaultSource(String edition, Optional<String> url, Optional<String> asOf) {
        return new ImportReport.SourceRef(url.orElse("https://www.bls.gov/oes/tables.htm"),
                asOf.orElse(SalaryView.editionName(edition) + " OEWS estimates"), "U.S. Bureau of Labor Statistics",
                "BLS OEWS data file, imported through /v1/imports/oews"
                        + (url.isPresent() ? "" : " (the file's own URL was not given)"));
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        List<String> upper = columns.stream().map(column -> column.toUpperCase(Locale.ROOT)).toList();
        List<String> missing = COLUMNS.stream().filter(column -> !upper.contains(column)).toList();
        if (!missing.isEmpty()) {
            bad.add(1, "Missing column(s) " + String.join(", ", missing) + ": not the BLS OEWS layout.");
        }
        return missing.isEmpty();
    }

    @Override
    Optional<SalaryInput> parse(Cells row, ImportReport.Tally tally) {
        Cells cells = row.upperCased();
        String soc = cells.text("OCC_CODE");
        if (soc == null || !SOC.matcher(soc).matches()) {
            cells.invalid("OCC_CODE", "'" + soc + "' is not a SOC code such as 29-2072.");
        }
        String areaType = cells.text("AREA_TYPE");
        if (areaType == null || !areaType.matches("\\d+")) {
            cells.invalid("AREA_TYPE", "'" + areaType + "' is not an OEWS area type (1 national, 2 state, 4 metropolitan, ...).");
        }
        Cells.Figure employment = cells.figure("TOT_EMP", MAX_EMPLOYMENT);
        Cells.Figure employmentRse = cells.figure("EMP_PRSE", MAX_RSE);
        Cells.Figure meanRse = cells.figure("MEAN_PRSE", MAX_RSE);
        List<Cells.Figure> hourly = HOURLY.stream().map(column -> cells.figure(column, MAX_HOURLY)).toList();
        List<Cells.Figure> annual = ANNUAL.stream().map(column -> cells.figure(column, MAX_ANNUAL)).toList();
        if (employment.value() != null && employment.value().stripTrailingZeros().scale() > 0) {
            cells.invalid("TOT_EMP", "'" + cells.text("TOT_EMP") + "' is not a whole number.");
        }
        if (!cells.valid()) {
            return Optional.empty();
        }
        String ownership = cells.text("OWN_CODE");
        if (!areaType.equals(NATION) && !areaType.equals(STATE) && !areaType.equals(METRO)) {
            tally.ignore("area is not the nation, a state or a metro area");
        } else if (!CROSS_INDUSTRY.equals(cells.text("NAICS"))) {
            tally.ignore("industry-specific estimate");
        } else if (ownership != null && !ALL_OWNERSHIPS.equals(ownership)) {
            tally.ignore("estimate for part of the ownerships");
        } else if (!tracked.contains(soc)) {
            tally.ignore("occupation not tracked by this API");
        } else {
            String region = switch (areaType) {
                case NATION -> Region.NATION_CODE;
                case STATE -> state(cells);
                default -> metro(cells, cells.line());
            };
            if (region == null) {
                return Optional.empty();
            }
            List<String> topCoded = new ArrayList<>();
            for (int i = 0; i < HOURLY.size(); i++) {
                if (hourly.get(i).topCoded()) {
                    topCoded.add(HOURLY.get(i));
                }
                if (annual.get(i).topCoded()) {
                    topCoded.add(ANNUAL.get(i));
                }
            }
            if (!topCoded.isEmpty()) {
                topCodedRows++;
            }
            return Optional.of(new SalaryInput(soc, region, edition, Salary.ALL_INDUSTRIES,
                    employment.value() == null ? null : employment.value().intValueExact(), employmentRse.value(), null,
                    wages(annual), wages(hourly), meanRse.value(), topCodedNote(topCoded),
                    List.of(sourceInput(source()))));
        }
        return Optional.empty();
    }

    private String state(Cells cells) {
        String state = String.valueOf(cells.text("PRIM_STATE")).toUpperCase(Locale.ROOT);
        if (!regions.contains(state)) {
            cells.invalid("PRIM_STATE", "'" + cells.text("PRIM_STATE") + "' is not a region of this API.");
            return null;
        }
        return state;
    }

    /** The CBSA code of a metro row, its area kept for {@link #prepare}; null when the row is bad. */
    private String metro(Cells cells, int line) {
        String code = cells.text("AREA");
        String title = cells.text("AREA_TITLE");
        if (code == null || !CBSA.matcher(code).matches()) {
            cells.invalid("AREA", "'" + code + "' is not the CBSA code of a metropolitan area such as 10900.");
            return null;
        }
        List<String> states = MetroTitles.states(title);
        List<String> unknown = states.stream().filter(state -> !regions.contains(state)
                || state.equals(Region.NATION_CODE)).toList();
        if (states.isEmpty() || !unknown.isEmpty()) {
            cells.invalid("AREA_TITLE", "'" + title + "' does not end in the states the area spans, such as "
                    + "'Allentown-Bethlehem-Easton, PA-NJ'" + (unknown.isEmpty() ? "." : " (" + String.join(", ", unknown)
                    + " is not a state of this API)."));
            return null;
        }
        RegionRepository.Metro metro = new RegionRepository.Metro(code, title, states);
        RegionRepository.Metro first = metroAreas.putIfAbsent(code, metro);
        metroLines.putIfAbsent(code, line);
        if (first != null && !first.equals(metro)) {
            cells.invalid("AREA_TITLE", "'" + title + "' is not the title line " + metroLines.get(code)
                    + " gives area " + code + " ('" + first.name() + "').");
            return null;
        }
        return code;
    }

    @Override
    void prepare(boolean dryRun, ImportReport.Tally tally) {
        List<String> made = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (RegionRepository.Metro metro : metroAreas.values()) {
            RegionRepository.MetroChange change = metros.save(metro, dryRun);
            if (change.changed()) {
                (change.before() == null ? made : changed).add(metro.code() + " " + metro.name());
            }
        }
        String verb = dryRun ? " would be " : " ";
        if (!made.isEmpty()) {
            tally.notes.add("Metro area(s)" + verb + "made as regions: " + String.join("; ", made) + ".");
        }
        if (!changed.isEmpty()) {
            tally.notes.add("Metro area(s) whose title or states" + verb + "updated as this edition names them: "
                    + String.join("; ", changed) + ".");
        }
    }

    @Override
    String identity(SalaryInput input) {
        return input.soc() + " in " + input.region();
    }

    @Override
    Map<String, Salary> stored(List<SalaryInput> inputs) {
        return oneByOne(inputs, this::find);
    }

    private Optional<Salary> find(SalaryInput input) {
        return salaries.find("from Salary s where s.occupation.socCode = ?1 and s.region.code = ?2 and s.edition = ?3 "
                + "and s.industry = ?4", input.soc(), input.region(), input.edition(), input.industry())
                .firstResultOptional();
    }

    @Override
    void conclude(ImportReport.Tally tally) {
        tally.notes.add("BLS markers '*' and '**' (estimate not released) are stored as null.");
        if (topCodedRows > 0) {
            tally.notes.add(topCodedRows + " kept row(s) have wages BLS marks '#' (at or above the top-coded value"
                    + Optional.ofNullable(TOP_CODES.get(edition)).map(code -> ", " + code).orElse("")
                    + "): stored as null and named in the row's notes.");
        }
    }

    static SourceInput sourceInput(ImportReport.SourceRef source) {
        return new SourceInput(source.url(), null, source.publisher(), source.title(), source.asOf(),
                SourceKinds.forUrl(source.url()).orElse(SourceKind.OFFICIAL_STATISTICS).code(), null,
                "Imported from the official file layout");
    }

    private String topCodedNote(List<String> columns) {
        if (columns.isEmpty()) {
            return null;
        }
        return "BLS publishes '#' for " + String.join(", ", columns) + ": the wage is at or above the top-coded value"
                + Optional.ofNullable(TOP_CODES.get(edition)).map(code -> " (" + code + " for this edition)").orElse("")
                + ", so it is stored as null, not as that value.";
    }

    private static SalaryInput.WagesInput wages(List<Cells.Figure> figures) {
        return SalaryInput.WagesInput.of(figures.get(0).value(), figures.get(1).value(), figures.get(2).value(),
                figures.get(3).value(), figures.get(4).value(), figures.get(5).value());
    }
}
