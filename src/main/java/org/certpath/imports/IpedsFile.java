package org.certpath.imports;

import org.certpath.provenance.SourceInput;
import org.certpath.provenance.SourceKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the IPEDS files (NCES Complete Data Files) share: how they are named and cited, their UNITID, and how
 * they write a missing figure ({@code .} or an empty cell: not applicable, not reported or suppressed).
 */
final class IpedsFile {

    static final String PUBLISHER = "National Center for Education Statistics (NCES), IPEDS";
    /** Every IPEDS source's title starts so: how a program's IPEDS citations are told from curators' ones. */
    static final String TITLE_PREFIX = "IPEDS ";
    private static final String DATA_FILES = "https://nces.ed.gov/ipeds/datacenter/data/";
    private static final Pattern UNIT_ID = Pattern.compile("\\d{6}");
    /** At most the eight whole digits of a stored amount, and cents. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,8}(\\.\\d{1,2})?");
    private static final int CENTS = 2;

    /** One file: {@code HD2023}, {@code IC2023_AY}, {@code C2023_A}, what it holds, and its edition by default. */
    record Name(String file, String description, String defaultAsOf) {

        ImportReport.SourceRef source(Optional<String> url, Optional<String> asOf) {
            return new ImportReport.SourceRef(url.orElse(DATA_FILES + file + ".zip"), asOf.orElse(defaultAsOf),
                    PUBLISHER, TITLE_PREFIX + file + ": " + description + " (Complete Data Files)");
        }
    }

    private IpedsFile() {
    }

    /** The academic year that starts in the year: 2023 → {@code 2023-24}. */
    static String academicYear(int startYear) {
        return startYear + "-" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    static boolean header(List<String> required, List<String> columns, String layout, BadRows bad) {
        List<String> upper = columns.stream().map(column -> column.toUpperCase(Locale.ROOT)).toList();
        List<String> missing = required.stream().filter(column -> !upper.contains(column)).toList();
        if (!missing.isEmpty()) {
            bad.add(1, "Missing column(s) " + String.join(", ", missing) + ": not the IPEDS " + layout + " layout.");
        }
        return missing.isEmpty();
    }

    /** The row's UNITID, or null (recorded) when it is not six digits. */
    static Integer unitId(Cells cells) {
        String text = cells.text("UNITID");
        if (text == null || !UNIT_ID.matcher(text).matches()) {
            cells.invalid("UNITID", "'" + text + "' is not an IPEDS UNITID (six digits).");
            return null;
        }
        return Integer.valueOf(text);
    }

    /** An amount in dollars (IPEDS writes whole dollars), to the cent; null for IPEDS's '.' or an empty cell. */
    static BigDecimal amount(Cells cells, String column) {
        if (missing(cells, column)) {
            return null;
        }
        String text = cells.text(column);
        if (!AMOUNT.matcher(text).matches()) {
            cells.invalid(column, "'" + text + "' is not an amount in dollars or IPEDS's '.' (no figure).");
            return null;
        }
        return new BigDecimal(text).setScale(CENTS, RoundingMode.UNNECESSARY);
    }

    /** A whole number; null for IPEDS's '.' or an empty cell. */
    static Integer count(Cells cells, String column) {
        if (missing(cells, column)) {
            return null;
        }
        String text = cells.text(column);
        if (!text.matches("\\d{1,9}")) {
            cells.invalid(column, "'" + text + "' is not a whole number or IPEDS's '.' (no figure).");
            return null;
        }
        return Integer.valueOf(text);
    }

    private static boolean missing(Cells cells, String column) {
        String text = cells.text(column);
        return text == null || text.equals(".");
    }

    /** The source of every row of a file, linked to the fields of a record it supports (none: the whole record). */
    static SourceInput sourceInput(ImportReport.SourceRef source, List<String> fields) {
        return new SourceInput(source.url(), null, source.publisher(), source.title(), source.asOf(),
                SourceKind.OFFICIAL_STATISTICS.code(), fields.isEmpty() ? null : fields,
                "Imported from the IPEDS file as NCES publishes it");
    }

    static boolean isIpeds(SourceInput source) {
        return PUBLISHER.equals(source.publisher()) && source.title().startsWith(TITLE_PREFIX);
    }

    /** The AWLEVEL codes of the completions files and what each awards in this API's terms. */
    enum AwardLevel {
        LESS_THAN_ONE_YEAR(1, "certificate", "award of less than one academic year"),
        ONE_TO_TWO_YEARS(2, "certificate", "award of at least one but less than two academic years"),
        ASSOCIATE(3, "associate", "associate's degree"),
        TWO_TO_FOUR_YEARS(4, "certificate", "award of at least two but less than four academic years"),
        BACHELOR(5, "bachelor", "bachelor's degree"),
        POSTBACCALAUREATE(6, null, "postbaccalaureate certificate"),
        MASTER(7, null, "master's degree"),
        POST_MASTER(8, null, "post-master's certificate"),
        DOCTOR_RESEARCH(17, null, "doctor's degree, research/scholarship"),
        DOCTOR_PROFESSIONAL(18, null, "doctor's degree, professional practice"),
        DOCTOR_OTHER(19, null, "doctor's degree, other"),
        LESS_THAN_TWELVE_WEEKS(20, "certificate", "award of less than 12 weeks"),
        TWELVE_WEEKS_TO_ONE_YEAR(21, "certificate", "award of at least 12 weeks but less than one academic year");

        private static final Map<Integer, AwardLevel> BY_CODE = java.util.Arrays.stream(values())
                .collect(java.util.stream.Collectors.toMap(level -> level.code, level -> level));

        final int code;
        /** This API's award level; null above the bachelor's, which it has no class for. */
        final String awardLevel;
        final String label;

        AwardLevel(int code, String awardLevel, String label) {
            this.code = code;
            this.awardLevel = awardLevel;
            this.label = label;
        }

        static Optional<AwardLevel> of(String text) {
            return text == null || !text.matches("\\d{1,2}") ? Optional.empty()
                    : Optional.ofNullable(BY_CODE.get(Integer.valueOf(text)));
        }

        /** As the program's award text: {@code Associate's degree (IPEDS award level 3)}. */
        String text() {
            return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " (IPEDS award level " + code + ")";
        }
    }
}
