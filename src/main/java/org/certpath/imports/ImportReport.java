package org.certpath.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did, or with a dry run would do. */
public record ImportReport(String kind, boolean dryRun, int rows, int inserted, int updated, int unchanged,
                           int ignored, Map<String, Integer> ignoredReasons, List<String> notes, SourceRef source) {

    /** The source every row of the import is linked to. */
    public record SourceRef(String url, String asOf, String publisher, String title) {
    }

    /** Counts kept while a file is read and written. */
    static final class Tally {
        int rows;
        int inserted;
        int updated;
        int unchanged;
        final Map<String, Integer> ignored = new TreeMap<>();
        final List<String> notes = new ArrayList<>();

        void ignore(String reason) {
            ignored.merge(reason, 1, Integer::sum);
        }

        ImportReport report(String kind, boolean dryRun, SourceRef source) {
            return new ImportReport(kind, dryRun, rows, inserted, updated, unchanged,
                    ignored.values().stream().mapToInt(Integer::intValue).sum(), ignored, List.copyOf(notes), source);
        }
    }
}
