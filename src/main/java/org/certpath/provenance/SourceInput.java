package org.certpath.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.certpath.api.parameters.OneOf;

import java.util.List;

/**
 * A source a written record was read in: what kind of source it is (the confidence follows from it),
 * and which of the record's fields it supports (none named: the record as a whole).
 */
public record SourceInput(@NotBlank @Size(max = 2000) @Pattern(regexp = "(https?|urn):\\S+", message = "must be an http(s) URL or a URN") String url,
                          @Size(max = 2000)
                          @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                          String originalUrl,
                          @NotBlank @Size(max = 300) String publisher,
                          @NotBlank @Size(max = 500) String title,
                          @Size(max = 300) String asOf,
                          @NotNull @OneOf(SourceKind.class) String kind,
                          @Size(max = 50) List<@NotBlank @Size(max = 100) String> fields,
                          @Size(max = 2000) String confidenceNote) {

    /** The same source under a page's own title. */
    public SourceInput titled(String pageTitle) {
        return new SourceInput(url, originalUrl, publisher, pageTitle, asOf, kind, fields, confidenceNote);
    }

    public static SourceInput from(SourceView view) {
        return new SourceInput(view.url(), view.originalUrl(), view.publisher(), view.title(), view.asOf(),
                view.kind(), view.fields(), view.confidenceNote());
    }
}
