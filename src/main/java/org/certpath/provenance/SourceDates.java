package org.certpath.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a source's as-of text names ("June 2026", "as of 12/31/2023", "2019 testing windows",
 * "July 19, 2022"), as far as it names one: year, year and month, or a whole date. A text that names
 * several dates is dated by the newest; one that names none ("CDI Strategies Vol 16 Issue 1") is undated.
 */
public final class SourceDates {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),\\s*(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s+(\\d{4})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("\\b(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    /**
     * Texts read before, each parsed once: a page or an export dates every record from the same few sources, and
     * parsing them for every program cost an uncached page of programs a sixth more CPU (step 60 in bench/README.md).
     * Emptied when full: sources are few.
     */
    private static final Map<String, Optional<Dated>> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 4_096;

    private SourceDates() {
    }

    /** A date as precise as its text: month and day are 0 when not named. Printed as 2019, 2026-06 or 2022-07-19. */
    public record Dated(int year, int month, int day) implements Comparable<Dated> {

        private static final Comparator<Dated> ORDER = Comparator.comparingInt(Dated::year)
                .thenComparingInt(Dated::month).thenComparingInt(Dated::day);

        @Override
        public int compareTo(Dated other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(10).append(year);
            if (month != 0) {
                text.append(month < 10 ? "-0" : "-").append(month);
            }
            if (day != 0) {
                text.append(day < 10 ? "-0" : "-").append(day);
            }
            return text.toString();
        }
    }

    public static Optional<Dated> of(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return Optional.empty();
        }
        Optional<Dated> parsed = PARSED.get(asOf);
        if (parsed == null) {
            parsed = parse(asOf);
            if (PARSED.size() >= PARSED_LIMIT) {
                PARSED.clear();
            }
            PARSED.put(asOf, parsed);
        }
        return parsed;
    }

    private static Optional<Dated> parse(String asOf) {
        String text = asOf.toLowerCase(Locale.ROOT);
        List<Dated> found = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            found.add(new Dated(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1)) + 1, Integer.parseInt(m.group(2))));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            found.add(new Dated(Integer.parseInt(m.group(2)), MONTHS.indexOf(m.group(1)) + 1, 0));
        }
        m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            found.add(valid(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = NUMERIC_MONTH.matcher(text);
        while (m.find()) {
            found.add(valid(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            found.add(valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            found.add(new Dated(Integer.parseInt(m.group(1)), 0, 0));
        }
        return found.stream().filter(date -> date != null).max(Comparator.naturalOrder());
    }

    private static Dated valid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 0 && day <= 31 ? new Dated(year, month, day) : null;
    }
}
