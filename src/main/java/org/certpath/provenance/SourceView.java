package org.certpath.provenance;

import java.util.Collection;
import java.util.List;

/**
 * Where a record was read and how far to trust it: {@code confidence} is computed from the declared
 * {@code kind} and the date ({@link SourceKind#confidenceFor}); {@code asOf} is null for an undated
 * source; {@code fields} names the record's fields the source supports, null when it backs the whole record.
 */
public record SourceView(String publisher, String title, String url, String originalUrl, String asOf,
                         String kind, List<String> fields, String confidence, String confidenceNote) {

    public static SourceView of(String recordType, String publisher, String title, String url, String originalUrl,
                                String asOf, String kind, List<String> fields, String note) {
        return new SourceView(publisher, title, url, originalUrl, asOf, kind, fields,
                SourceKind.of(kind).confidenceFor(recordType, asOf).code(), note);
    }

    /** The same source as one record cites it, for these of its fields (null: the whole record). */
    public SourceView withFields(List<String> supported) {
        return new SourceView(publisher, title, url, originalUrl, asOf, kind, supported, confidence, confidenceNote);
    }

    /**
     * The oldest date a record's key figures rest on, as precise as its source states it: a source backing the whole
     * record or any of {@code keyFields} counts, an undated one cannot. Null when none of them is dated.
     */
    public static String oldestDate(List<SourceView> sources, Collection<String> keyFields) {
        SourceDates.Dated oldest = null;
        // Loops, not streams: every program of a page or an export is dated.
        for (SourceView source : sources) {
            if (source.backsAnyOf(keyFields)) {
                SourceDates.Dated dated = SourceDates.of(source.asOf()).orElse(null);
                if (dated != null && (oldest == null || dated.compareTo(oldest) < 0)) {
                    oldest = dated;
                }
            }
        }
        return oldest == null ? null : oldest.toString();
    }

    private boolean backsAnyOf(Collection<String> keyFields) {
        if (fields == null) {
            return true;
        }
        for (String field : fields) {
            if (keyFields.contains(field)) {
                return true;
            }
        }
        return false;
    }
}
