package org.certpath.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source a written record was read in, and how far to trust that reading. */
public record SourceInput(@NotBlank @Size(max = 2000) @Pattern(regexp = "(https?|urn):\\S+", message = "must be an http(s) URL or a URN") String url,
                          @Size(max = 2000)
                          @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                          String originalUrl,
                          @NotBlank @Size(max = 300) String publisher,
                          @NotBlank @Size(max = 500) String title,
                          @NotBlank @Size(max = 300) String asOf,
                          @NotNull
                          @Pattern(regexp = "high|medium|low", message = "must be high, medium or low")
                          String confidence,
                          @Size(max = 2000) String confidenceNote) {

    public static SourceInput from(SourceView view) {
        return new SourceInput(view.url(), view.originalUrl(), view.publisher(), view.title(), view.asOf(),
                view.confidence(), view.confidenceNote());
    }
}
