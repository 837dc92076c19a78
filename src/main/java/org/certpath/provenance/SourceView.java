package org.certpath.provenance;

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
}
