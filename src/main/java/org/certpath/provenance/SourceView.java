package org.certpath.provenance;

/** Where a record was read and how far to trust it. */
public record SourceView(String publisher, String title, String url, String originalUrl, String asOf,
                         String confidence, String confidenceNote) {

    static SourceView from(RecordSource link) {
        Source source = link.source;
        return new SourceView(source.publisher, source.title, source.url, source.originalUrl, source.asOf,
                link.confidence, link.confidenceNote);
    }
}
