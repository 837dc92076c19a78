package org.certpath.imports;

import org.certpath.api.MoneyInput;
import org.certpath.curation.Curated;
import org.certpath.outlook.Outlook;
import org.certpath.outlook.OutlookInput;
import org.certpath.outlook.OutlookRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The occupation export of BLS Employment Projections (data.bls.gov/projections/occupationProj):
 * one national row per occupation, employment, change and openings in thousands. The column
 * names carry the years, so the header must be the export of the period given.
 */
final class ProjectionsImport extends ImportKind<Outlook, OutlookInput> {

    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_THOUSANDS = new BigDecimal("2000000");
    private static final BigDecimal MAX_PERCENT = new BigDecimal("9999.9");
    private static final BigDecimal MAX_WAGE = new BigDecimal("99999999.99");
    static final String CONVERSION_NOTE = "Employment figures published in thousands and converted to persons here.";

    private final OutlookRepository outlooks;
    private final String period;
    private final int baseYear;
    private final Set<String> tracked;
    /** Logical name → column name as the file writes it, found case- and space-insensitively. */
    private final Map<String, String> expected = new LinkedHashMap<>();
    private final Map<String, String> found = new LinkedHashMap<>();
    private int topCodedRows;

    ProjectionsImport(Curated<Outlook, OutlookInput> collection, OutlookRepository outlooks, String period,
                      Set<String> tracked, ImportReport.SourceRef source) {
        super("projections", collection, source);
        this.outlooks = outlooks;
        this.period = period;
        this.tracked = tracked;
        String[] years = period.split("-");
        this.baseYear = Integer.parseInt(years[0]);
        String base = years[0];
        String target = years[1];
        expected.put("title", "Occupation Title");
        expected.put("code", "Occupation Code");
        expected.put("base", "Employment " + base);
        expected.put("projected", "Employment " + target);
        expected.put("change", "Employment Change, " + period);
        expected.put("percent", "Employment Percent Change, " + period);
        expected.put("openings", "Occupational Openings, " + period + " Annual Average");
        expected.put("wage", "Median Annual Wage " + base);
        expected.put("education", "Typical Entry-Level Education");
        expected.put("experience", "Work Experience in a Related Occupation");
        expected.put("training", "Typical on-the-job Training");
    }

    static ImportReport.SourceRef defaultSource(String period, Optional<String> url, Optional<String> asOf) {
        String[] years = period.split("-");
        return new ImportReport.SourceRef(url.orElse("https://data.bls.gov/projections/occupationProj"),
                asOf.orElse("BLS Employment Projections " + years[0] + "-" + years[1].substring(2)),
                "U.S. Bureau of Labor Statistics",
                "BLS Employment Projections occupation export, imported through /v1/imports/projections"
                        + (url.isPresent() ? "" : " (the file's own URL was not given)"));
    }

    @Override
    boolean header(List<String> columns, BadRows bad) {
        for (Map.Entry<String, String> column : expected.entrySet()) {
            columns.stream().filter(name -> normal(name).equals(normal(column.getValue()))).findFirst()
                    .ifPresentOrElse(name -> found.put(column.getKey(), name),
                            () -> bad.add(1, "Missing column '" + column.getValue() + "': not the Employment "
                                    + "Projections export for " + period + "."));
        }
        return found.size() == expected.size();
    }

    @Override
    Optional<OutlookInput> parse(Cells cells, ImportReport.Tally tally) {
        String title = cells.text(found.get("title"));
        if (title == null) {
            cells.invalid(expected.get("title"), "Missing.");
        }
        String soc = cells.text(found.get("code"));
        soc = soc == null ? null : soc.replaceAll("^=?\"?|\"$", "");
        if (soc == null || !SOC.matcher(soc).matches()) {
            cells.invalid(expected.get("code"), "'" + soc + "' is not a SOC code such as 29-2072.");
        }
        Integer base = persons(cells, "base");
        Integer projected = persons(cells, "projected");
        Integer change = persons(cells, "change");
        Integer openings = persons(cells, "openings");
        Cells.Figure percent = cells.signedFigure(found.get("percent"), MAX_PERCENT);
        String wageText = cells.text(found.get("wage"));
        boolean topCoded = wageText != null && wageText.startsWith(">=");
        Cells.Figure wage = topCoded || isDash(wageText) ? Cells.Figure.EMPTY : cells.figure(found.get("wage"), MAX_WAGE);
        if (!cells.valid()) {
            return Optional.empty();
        }
        if (!tracked.contains(soc)) {
            tally.ignore("occupation not tracked by this API");
            return Optional.empty();
        }
        if (topCoded) {
            topCodedRows++;
        }
        String notes = CONVERSION_NOTE + (topCoded ? " The file gives the median wage as '" + wageText
                + "' (at or above the top-coded value), so it is stored as null." : "");
        return Optional.of(new OutlookInput(soc, title, "US", period, base, projected, change, percent.value(),
                openings, MoneyInput.of(wage.value()), wage.value() == null ? null : baseYear, text(cells, "education"),
                text(cells, "experience"), text(cells, "training"), notes, List.of(OewsImport.sourceInput(source()))));
    }

    @Override
    String identity(OutlookInput input) {
        return input.soc();
    }

    @Override
    Map<String, Outlook> stored(List<OutlookInput> inputs) {
        return oneByOne(inputs, this::find);
    }

    private Optional<Outlook> find(OutlookInput input) {
        return outlooks.find("from Outlook o where o.occupation.socCode = ?1 and o.region.code = 'US' and o.period = ?2",
                input.soc(), input.period()).firstResultOptional();
    }

    @Override
    void conclude(ImportReport.Tally tally) {
        tally.notes.add("Employment, change and openings are in thousands in the file and stored in persons.");
        if (topCodedRows > 0) {
            tally.notes.add(topCodedRows + " kept row(s) give the median wage as a lower bound ('>='): stored as null.");
        }
    }

    /** Thousands in the file, persons in the API: 194.8 becomes 194800. */
    private Integer persons(Cells cells, String column) {
        Cells.Figure thousands = cells.signedFigure(found.get(column), MAX_THOUSANDS);
        if (thousands.value() == null) {
            return null;
        }
        BigDecimal persons = thousands.value().multiply(THOUSAND);
        if (persons.stripTrailingZeros().scale() > 0) {
            cells.invalid(expected.get(column), "'" + cells.text(found.get(column)) + "' has more decimals than "
                    + "thousands with persons allow.");
            return null;
        }
        return persons.setScale(0, RoundingMode.UNNECESSARY).intValueExact();
    }

    private String text(Cells cells, String column) {
        String value = cells.text(found.get(column));
        return isDash(value) ? null : value;
    }

    private static boolean isDash(String value) {
        return value == null || value.equals("-") || value.equals("—") || value.equals("–");
    }

    static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
