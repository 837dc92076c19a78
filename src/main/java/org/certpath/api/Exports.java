package org.certpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The CSV export of a list: every item the filters match, in the list's order, in one response.
 * Read and written a chunk at a time, so that the export holds one chunk of records, whatever its
 * size; bounded by {@link #MAX_ROWS}, which the count of the first chunk checks before a byte is sent.
 */
@ApplicationScoped
public class Exports {

    public static final int MAX_ROWS = 10_000;
    public static final MediaType CSV = new MediaType("text", "csv", "utf-8");
    /** Rows read per query: fewer, larger chunks spread the cost of a query over more rows (measured in bench/). */
    static final int CHUNK = 2_000;

    private final ObjectMapper json;

    public Exports(ObjectMapper json) {
        this.json = json;
    }

    /** {@code views} turns one chunk of items into the records written, reading what they need at once. */
    public <T, V extends Record> Response csv(String collection, ListParams<T> params,
                                              Function<ListParams<T>, Listing.Slice<T>> list,
                                              Function<List<T>, List<V>> views, Class<V> viewType) {
        ListParams<T> chunk = params.page(CHUNK, Optional.empty());
        Listing.Slice<T> first = list.apply(chunk);
        if (first.total() > MAX_ROWS) {
            throw tooLarge(collection, first.total());
        }
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (Representation.CsvRows rows = new Representation.CsvRows(json, viewType, params.fields(), writer)) {
                Listing.Slice<T> slice = first;
                while (true) {
                    rows.write(views.apply(slice.items()));
                    if (slice.next().isEmpty()) {
                        break;
                    }
                    slice = list.apply(chunk.page(CHUNK, slice.next()));
                }
            }
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=" + collection + ".csv")
                .build();
    }

    private static HttpProblem tooLarge(String collection, long total) {
        return HttpProblem.builder()
                .withType(Problems.type("export-too-large"))
                .withTitle("Export too large")
                .withStatus(Response.Status.BAD_REQUEST)
                .withDetail("These filters match " + total + " " + collection + "; an export holds at most " + MAX_ROWS
                        + " rows. Narrow the filters, or page through the JSON list.")
                .with("matched", total)
                .with("maxRows", MAX_ROWS)
                .build();
    }
}
