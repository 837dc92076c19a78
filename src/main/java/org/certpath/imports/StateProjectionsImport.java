package org.certpath.imports;

import org.certpath.api.MoneyInput;
import org.certpath.curation.Curated;
import org.certpath.outlook.Outlook;
import org.certpath.outlook.OutlookInput;
import org.certpath.outlook.OutlookRepository;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The long-term occupational projections of the states as Projections Central (the Projections
 * Managing Partnership) offers them for download: one row per state and occupation, employment in
 * persons, each row with its own base and projected year, since the states publish on their own
 * schedules. The download's column names and those of its REST export are both accepted. The
 * national rows are left to the Employment Projections import, which publishes them first.
 */
final class StateProjectionsImport extends ImportKind<Outlook, OutlookInput> {

    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final BigDecimal MAX_PERSONS = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_PERCENT = new BigDecimal("9999.9");
    /** How the file writes a figure a state does not publish (too few jobs, or confidential). */
    private static final Set<String> NOT_AVAILABLE = Set.of("(NA)", "NA", "N/A");

    /** Logical name → the column names the download and the REST export give it. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("fips", List.of("State FIPS", "STFIPS"));
        COLUMNS.put("area", List.of("Area Name", "Area"));
        COLUMNS.put("code", List.of("Occupation Code", "OccCode"));
        COLUMNS.put("title", List.of("Occupation Name", "Title"));
        COLUMNS.put("baseYear", List.of("Base Year", "BaseYear"));
        COLUMNS.put("base", List.of("Base"));
        COLUMNS.put("projectedYear", List.of("Projected Year", "ProjYear"));
        COLUMNS.put("projected", List.of("Projection", "Projected"));
        COLUMNS.put("change", List.of("Change"));
        COLUMNS.put("percent", List.of("Percent Change", "PercentChange"));
        COLUMNS.put("openings", List.of("Average Annual Openings", "AvgAnnualOpenings"));
    }

    private final OutlookRepository outlooks;
    private final Set<String> tracked;
    /** FIPS state code → region code of the states, DC and territories. */
    private final Map<String, String> statesByFips;
    private final Map<String, String> found = new LinkedHashMap<>();
    private int notAvailableRows;

    StateProjectionsImport(Curated<Outlook, OutlookInput> collection, OutlookRepository outlooks, Set<String> tracked,
                           Map<String, String> statesByFips, ImportReport.SourceRef source) {
        super("state-projections", collection, source);
        this.outlooks = outlooks;
        this.tracked = tracked;
        this.statesByFips = statesByFips;
    }

    static ImportReport.SourceRef defaultSource(Optional<String> url, Optional<String> asOf) {
        return new ImportReport.SourceRef(url.orElse("https://projectionscentral.org/Projections/rest_and_downloads"),
                asOf.orElse("Projections Central long-term projections, as downloaded"),
                "Projections Managing Partnership (Projections Central)",
                "Projections Central long-term occupational projections download, imported through "
                        + "/v1/imports/state-projections" + (url.isPresent() ? "" : " (the file's own URL was not given)"));
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        COLUMNS.forEach((logical, names) -> columns.stream()
                .filter(column -> names.stream().anyMatch(name -> ProjectionsImport.normal(name)
                        .equals(ProjectionsImport.normal(column))))
                .findFirst()
                .ifPresentOrElse(column -> found.put(logical, column), () -> bad.add(1, "Missing column '"
                        + names.get(0) + "': not the Projections Central long-term download.")));
        return found.size() == COLUMNS.size();
    }

    @Override
    Optional<OutlookInput> parse(Cells cells, ImportReport.Tally tally) {
        String fips = cells.text(found.get("fips"));
        String state = fips != null && fips.matches("\\d{1,2}") ? statesByFips.get(fips.length() == 1 ? "0" + fips : fips)
                : null;
        boolean national = fips != null && fips.matches("0{1,2}");
        if (state == null && !national) {
            cells.invalid(name("fips"), "'" + fips + "' is not the FIPS code of a state of this API.");
        }
        String soc = cells.text(found.get("code"));
        if (soc == null || !SOC.matcher(soc).matches()) {
            cells.invalid(name("code"), "'" + soc + "' is not a SOC code such as 29-2072.");
        }
        String title = cells.text(found.get("title"));
        if (title == null) {
            cells.invalid(name("title"), "Missing.");
        }
        String period = period(cells);
        Integer base = persons(cells, "base");
        Integer projected = persons(cells, "projected");
        Integer change = whole(cells, "change", figure(cells, "change", MAX_PERSONS, true));
        BigDecimal percent = figure(cells, "percent", MAX_PERCENT, true).value();
        Integer openings = persons(cells, "openings");
        if (!cells.valid()) {
            return Optional.empty();
        }
        if (national) {
            tally.ignore("national row (the Employment Projections import brings those)");
            return Optional.empty();
        }
        if (!tracked.contains(soc)) {
            tally.ignore("occupation not tracked by this API");
            return Optional.empty();
        }
        boolean notAvailable = COLUMNS.keySet().stream().map(found::get).map(cells::text)
                .anyMatch(value -> value != null && NOT_AVAILABLE.contains(value));
        if (notAvailable) {
            notAvailableRows++;
        }
        return Optional.of(new OutlookInput(soc, title, state, period, base, projected, change, percent, openings,
                MoneyInput.of(null), null, null, null, null,
                notAvailable ? "The state publishes some of these figures as (NA) (not available): stored as null." : null,
                List.of(OewsImport.sourceInput(source()))));
    }

    private String period(Cells cells) {
        String base = cells.text(found.get("baseYear"));
        String projected = cells.text(found.get("projectedYear"));
        if (base == null || projected == null || !YEAR.matcher(base).matches() || !YEAR.matcher(projected).matches()
                || base.compareTo(projected) >= 0) {
            cells.invalid(name("baseYear"), "'" + base + "' to '" + projected + "' is not a projection period (a base "
                    + "year before the projected year).");
            return null;
        }
        return base + "-" + projected;
    }

    private Integer persons(Cells cells, String column) {
        return whole(cells, column, figure(cells, column, MAX_PERSONS, false));
    }

    private Cells.Figure figure(Cells cells, String column, BigDecimal max, boolean signed) {
        String text = cells.text(found.get(column));
        if (text != null && NOT_AVAILABLE.contains(text)) {
            return Cells.Figure.EMPTY;
        }
        return signed ? cells.signedFigure(found.get(column), max) : cells.figure(found.get(column), max);
    }

    private Integer whole(Cells cells, String column, Cells.Figure figure) {
        if (figure.value() == null) {
            return null;
        }
        if (figure.value().stripTrailingZeros().scale() > 0) {
            cells.invalid(name(column), "'" + cells.text(found.get(column)) + "' is not a whole number of jobs.");
            return null;
        }
        return figure.value().intValueExact();
    }

    private static String name(String logical) {
        return COLUMNS.get(logical).get(0);
    }

    @Override
    String identity(OutlookInput input) {
        return input.soc() + " in " + input.region() + ", " + input.period();
    }

    @Override
    Map<String, Outlook> stored(List<OutlookInput> inputs) {
        return oneByOne(inputs, this::find);
    }

    private Optional<Outlook> find(OutlookInput input) {
        return outlooks.find("from Outlook o where o.occupation.socCode = ?1 and o.region.code = ?2 and o.period = ?3",
                input.soc(), input.region(), input.period()).firstResultOptional();
    }

    @Override
    void conclude(ImportReport.Tally tally) {
        if (notAvailableRows > 0) {
            tally.notes.add(notAvailableRows + " kept row(s) have figures the state publishes as (NA) (not available): "
                    + "stored as null.");
        }
    }
}
