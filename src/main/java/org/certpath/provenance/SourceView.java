package org.certpath.provenance;

/** Where a record was read and how far to trust it. */
public record SourceView(String publisher, String title, String url, String originalUrl, String asOf,
                         String confidence, String confidenceNote) {
}
