package org.certpath.seed;

import org.certpath.provenance.SourceKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files of {@code reference-data/occupations/}: every row sourced with a declared kind and absolute
 * http(s) addresses (a source without a date stays undated, and is served so); no key twice; no figure that contradicts another of its row (a percentile
 * above the next, a mean outside the 10th-90th range, an hourly wage that is not the annual one over
 * 2,080 hours, a projected change that is not the difference of its two employments); links only to
 * credentials the data has.
 */
class OccupationsReferenceDataTest {

    private static final List<String> SALARY_KEY = List.of("soc_code", "estimate_period", "geography", "industry");
    private static final List<String> SALARY_FILES = List.of("salaries.csv", V100__StateWagePercentiles.FILE);
    private static final Map<String, List<String>> KEYS = Map.of(
            "salaries.csv", SALARY_KEY,
            V100__StateWagePercentiles.FILE, SALARY_KEY,
            "outlooks.csv", List.of("soc_code", "geography", "projection_period"),
            "duties.csv", List.of("soc_code", "seq"),
            "alternate-titles.csv", List.of("soc_code", "title", "source_url"),
            "credential-occupations.csv", List.of("acronym", "soc_code"));
    private static final List<String> PERCENTILES = List.of("p10", "p25", "median", "p75", "p90");
    /** BLS gives an annual wage as the hourly one times 2,080 hours, each rounded: they differ by a few dollars. */
    private static final BigDecimal HOURS_A_YEAR = new BigDecimal(2080);
    private static final BigDecimal ANNUAL_ROUNDING = new BigDecimal(25);
    private static final BigDecimal ROUNDING_OF_THOUSANDS = new BigDecimal(100);

    @Test
    void shouldSourceEveryRowWithADeclaredKindAndAbsoluteAddresses() {
        KEYS.keySet().forEach(file -> {
            List<Map<String, String>> rows = OccupationsLoader.read(file);
            assertFalse(rows.isEmpty(), file);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String where = file + " row " + (i + 2);
                assertTrue(isHttpUrl(row.get("source_url")), where + " source_url: " + row.get("source_url"));
                String publisher = row.get("publisher_url");
                assertTrue(publisher.isBlank() || isHttpUrl(publisher), where + " publisher_url: " + publisher);
                SourceKind kind = SourceKind.of(row.get("source_kind"));
                if (kind == SourceKind.MIRROR) {
                    assertTrue(isHttpUrl(publisher), where + ": a copy names its original publisher");
                }
            }
        });
    }

    @Test
    void shouldNeverHoldOneKeyTwice() {
        KEYS.forEach((file, key) -> {
            Set<List<String>> seen = new HashSet<>();
            for (Map<String, String> row : OccupationsLoader.read(file)) {
                List<String> id = key.stream().map(column -> row.get(column).trim().toLowerCase(Locale.ROOT)).toList();
                assertTrue(seen.add(id), file + ": two rows for " + id);
            }
        });
    }

    @Test
    void shouldHoldNoWageThatContradictsAnotherOfItsRow() {
        for (Map<String, String> row : SALARY_FILES.stream().flatMap(file -> OccupationsLoader.read(file).stream()).toList()) {
            String where = row.get("soc_code") + " " + row.get("geography") + " " + row.get("estimate_period");
            for (String basis : List.of("annual", "hourly")) {
                List<BigDecimal> known = new ArrayList<>();
                for (String percentile : PERCENTILES) {
                    BigDecimal value = figure(row, basis + "_" + percentile + "_usd");
                    if (value != null) {
                        known.add(value);
                    }
                }
                for (int i = 1; i < known.size(); i++) {
                    assertTrue(known.get(i - 1).compareTo(known.get(i)) <= 0, where + " " + basis + " percentiles " + known);
                }
                BigDecimal mean = figure(row, basis + "_mean_usd");
                BigDecimal p10 = figure(row, basis + "_p10_usd");
                BigDecimal p90 = figure(row, basis + "_p90_usd");
                if (mean != null && p10 != null && p90 != null) {
                    assertTrue(mean.compareTo(p10) >= 0 && mean.compareTo(p90) <= 0, where + " " + basis + " mean " + mean);
                }
            }
            for (String measure : List.of("mean", "p10", "p25", "median", "p75", "p90")) {
                BigDecimal annual = figure(row, "annual_" + measure + "_usd");
                BigDecimal hourly = figure(row, "hourly_" + measure + "_usd");
                if (annual != null && hourly != null) {
                    assertTrue(annual.subtract(hourly.multiply(HOURS_A_YEAR)).abs().compareTo(ANNUAL_ROUNDING) <= 0,
                            where + " " + measure + ": annual " + annual + ", hourly " + hourly);
                }
            }
        }
    }

    @Test
    void shouldReviseOnlySalaryRowsTheDataHoldsAndAgreeWithEveryFigureTheyGive() {
        Map<List<String>, Map<String, String>> held = new HashMap<>();
        for (Map<String, String> row : OccupationsLoader.read("salaries.csv")) {
            held.put(SALARY_KEY.stream().map(row::get).toList(), row);
        }
        for (Map<String, String> revision : OccupationsLoader.read(V100__StateWagePercentiles.FILE)) {
            List<String> key = SALARY_KEY.stream().map(revision::get).toList();
            Map<String, String> row = held.get(key);
            assertTrue(row != null, "a revision of a salary row the data does not have: " + key);
            for (String column : revision.keySet()) {
                if (column.equals("employment") || column.endsWith("_usd")) {
                    BigDecimal revised = figure(revision, column);
                    BigDecimal stored = figure(row, column);
                    assertTrue(revised == null || stored == null || revised.compareTo(stored) == 0,
                            key + " " + column + ": " + stored + " and " + revised);
                }
            }
        }
    }

    @Test
    void shouldProjectAChangeThatIsTheDifferenceOfItsEmployments() {
        for (Map<String, String> row : OccupationsLoader.read("outlooks.csv")) {
            BigDecimal base = figure(row, "base_year_employment");
            BigDecimal projected = figure(row, "projected_employment");
            BigDecimal change = figure(row, "numeric_change");
            BigDecimal percent = figure(row, "percent_change");
            String where = row.get("soc_code") + " " + row.get("geography") + " " + row.get("projection_period");
            if (base != null && projected != null && change != null) {
                // EP rounds each figure to the thousand from unrounded ones: 43.9 -> 41.8 is published as -2.2.
                assertTrue(projected.subtract(base).subtract(change).abs().compareTo(ROUNDING_OF_THOUSANDS) <= 0,
                        where + ": " + base + " -> " + projected + " is not a change of " + change);
            }
            if (base != null && change != null && percent != null) {
                // EP publishes thousands and a percent from its unrounded figures: one decimal place apart at most.
                double computed = change.doubleValue() / base.doubleValue() * 100;
                assertTrue(Math.abs(computed - percent.doubleValue()) <= 0.15, where + ": " + computed + " vs " + percent);
            }
        }
    }

    @Test
    void shouldLinkLoadedCredentialsOnly() {
        Set<String> loaded = new HashSet<>();
        ReferenceCsv.read("certifications.csv").forEach(row -> loaded.add(row.get("acronym")));
        ReferenceCsv.read("credentials-staged.csv").forEach(row -> loaded.add(row.get("acronym")));
        Set<String> occupations = new HashSet<>();
        ReferenceCsv.read("salaries.csv").forEach(row -> occupations.add(row.get("soc_code")));
        OccupationsLoader.read("salaries.csv").forEach(row -> occupations.add(row.get("soc_code")));
        Set<String> bases = Set.of("onet_title", "job_title", "stated", "editorial");
        for (Map<String, String> link : OccupationsLoader.read("credential-occupations.csv")) {
            assertTrue(loaded.contains(link.get("acronym")), "unknown credential " + link.get("acronym"));
            assertTrue(occupations.contains(link.get("soc_code")), "unknown occupation " + link.get("soc_code"));
            assertTrue(bases.contains(link.get("basis")), link.toString());
        }
    }

    @Test
    void shouldMatchEveryLinkByTitleToATitleOfItsOccupation() {
        Map<String, Set<String>> titles = new HashMap<>();
        OccupationsLoader.read("alternate-titles.csv").forEach(row -> titles
                .computeIfAbsent(row.get("soc_code"), soc -> new HashSet<>()).add(row.get("title").toLowerCase(Locale.ROOT)));
        for (String file : List.of("credential-occupations.csv")) {
            for (Map<String, String> link : OccupationsLoader.read(file)) {
                String matched = link.get("matched_title");
                if (link.get("basis").endsWith("_title")) {
                    assertTrue(titles.getOrDefault(link.get("soc_code"), Set.of()).contains(matched.toLowerCase(Locale.ROOT)),
                            file + ": " + link.get("acronym") + " -> " + link.get("soc_code") + " '" + matched + "'");
                } else {
                    assertTrue(matched.isBlank(), file + ": only a title link names a title: " + link);
                }
            }
        }
    }

    @Test
    void shouldGiveEveryLoadedOccupationItsTitles() {
        Set<String> titled = new HashSet<>();
        OccupationsLoader.read("alternate-titles.csv").forEach(row -> titled.add(row.get("soc_code")));
        for (String soc : List.of("29-2072", "29-9021", "43-6013", "43-4071", "43-3021", "31-9094", "11-9111")) {
            assertTrue(titled.contains(soc), soc + " has no alternate title");
        }
    }

    private static boolean isHttpUrl(String value) {
        return value != null && value.matches("https?://[^\\s/]+\\.[^\\s/]+(/\\S*)?");
    }

    private static BigDecimal figure(Map<String, String> row, String column) {
        String value = Objects.requireNonNull(row.get(column), column).trim();
        return value.isEmpty() ? null : new BigDecimal(value);
    }
}
