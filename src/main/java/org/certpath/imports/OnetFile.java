package org.certpath.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One O*NET database text file (tab-separated, as the National Center for O*NET Development publishes it) and
 * what it brings to the occupations this API tracks: job titles people use, or task statements. An O*NET-SOC
 * code belongs to the SOC occupation its first seven characters name ({@code 29-2072.00} to {@code 29-2072}).
 */
enum OnetFile {

    ALTERNATE_TITLES("onet-alternate-titles", "Alternate Titles.txt", "Alternate Title", null, "onet_alternate",
            "alternateTitles", 250),
    REPORTED_TITLES("onet-reported-titles", "Sample of Reported Titles.txt", "Reported Job Title", null,
            "onet_reported", "alternateTitles", 150),
    TASKS("onet-tasks", "Task Statements.txt", "Task", "Task ID", "O*NET task", "duties", 1000);

    static final String CODE = "O*NET-SOC Code";
    private static final Pattern ONET_SOC = Pattern.compile("(\\d{2}-\\d{4})\\.\\d{2}");

    /** The import's name, as in {@code /v1/imports/<kind>}. */
    final String kind;
    /** The file's name in the O*NET database. */
    final String fileName;
    private final String textColumn;
    /** The column that tells two rows of one occupation apart; the text itself when null. */
    private final String idColumn;
    /** The list the rows make: a title's kind or a duty's kind. */
    final String list;
    /** The occupation field the rows fill, as its sources name it. */
    final String field;
    private final int maxLength;

    OnetFile(String kind, String fileName, String textColumn, String idColumn, String list, String field, int maxLength) {
        this.kind = kind;
        this.fileName = fileName;
        this.textColumn = textColumn;
        this.idColumn = idColumn;
        this.list = list;
        this.field = field;
        this.maxLength = maxLength;
    }

    boolean titles() {
        return "alternateTitles".equals(field);
    }

    /**
     * Cites the file: by default where O*NET serves it on its own in the text edition of the release, since a source
     * is one address and edition, and the files of one release must stay apart.
     */
    static ImportReport.SourceRef source(OnetFile file, String release, Optional<String> url, Optional<String> asOf) {
        return new ImportReport.SourceRef(url.orElse("https://www.onetcenter.org/dl_files/database/db_"
                        + release.replace('.', '_') + "_text/" + file.fileName.replace(" ", "%20")),
                asOf.orElse("O*NET " + release + " Database"), "National Center for O*NET Development",
                "O*NET " + release + " Database: " + file.fileName + ", imported through /v1/imports/" + file.kind
                        + (url.isPresent() ? "" : " (the file's own URL was not given)"));
    }

    /** The lists of one file, read row by row: text in file order per SOC occupation. */
    final class Reading {

        private final Set<String> tracked;
        private final Map<String, List<String>> bySoc = new LinkedHashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();

        Reading(Set<String> tracked) {
            this.tracked = tracked;
        }

        boolean header(List<String> columns, BadRows bad) {
            List<String> missing = (idColumn == null ? List.of(CODE, textColumn) : List.of(CODE, idColumn, textColumn))
                    .stream().filter(column -> !columns.contains(column)).toList();
            if (!missing.isEmpty()) {
                bad.add(1, "Missing column(s) " + String.join(", ", missing) + ": not the O*NET " + fileName
                        + " layout (tab-separated, with its header row).");
            }
            return missing.isEmpty();
        }

        void parse(Cells cells, ImportReport.Tally tally) {
            String code = cells.text(CODE);
            Matcher soc = code == null ? null : ONET_SOC.matcher(code);
            if (soc == null || !soc.matches()) {
                cells.invalid(CODE, "'" + code + "' is not an O*NET-SOC code such as 29-2072.00.");
            }
            String text = cells.text(textColumn);
            if (text == null) {
                cells.invalid(textColumn, "Missing.");
            } else if (text.length() > maxLength) {
                cells.invalid(textColumn, "Longer than the " + maxLength + " characters O*NET allows.");
            }
            String id = idColumn == null ? null : cells.text(idColumn);
            if (idColumn != null && (id == null || !id.matches("\\d{1,8}"))) {
                cells.invalid(idColumn, "'" + id + "' is not a task ID.");
            }
            if (!cells.valid()) {
                return;
            }
            if (!tracked.contains(soc.group(1))) {
                tally.ignore("occupation not tracked by this API");
                return;
            }
            String identity = code + " " + (idColumn == null ? text.toLowerCase(java.util.Locale.ROOT) : id);
            Integer first = seen.putIfAbsent(identity, cells.line());
            if (first != null) {
                cells.invalid(idColumn == null ? textColumn : idColumn, "The same " + (idColumn == null ? "title"
                        : "task") + " of " + code + " as line " + first + ".");
                return;
            }
            bySoc.computeIfAbsent(soc.group(1), s -> new java.util.ArrayList<>()).add(text);
        }

        /** The texts of each tracked SOC occupation the file names, in file order. */
        Map<String, List<String>> lists() {
            return bySoc;
        }
    }
}
