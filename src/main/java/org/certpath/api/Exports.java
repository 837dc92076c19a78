package org.certpath.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The CSV export of a list: every item the filters match, in the list's order, in one response.
 * Written a chunk at a time, so that the export holds one chunk of records, whatever its size; bounded
 * by {@link #MAX_ROWS}, which the total checks before a byte is sent. A list read as SQL rows streams
 * from one cursor; the others are read page by page.
 */
@ApplicationScoped
public class Exports {

    public static final int MAX_ROWS = 100_000;
    public static final MediaType CSV = new MediaType("text", "csv", "utf-8");
    /** Records turned into rows at a time: one query for their sources, one flush (measured in bench/). */
    public static final int CHUNK = 2_000;
    /**
     * How long a streamed export may hold its cursor's transaction: the rows of a slow client's export are read
     * as it takes them.
     */
    static final int STREAM_TIMEOUT_SECONDS = 300;

    /** The items of an export in the list's order, as a stream that lives while {@code use} runs. */
    @FunctionalInterface
    public interface Streamed<T> {
        void read(Consumer<Stream<T>> use);
    }

    /** What the filters of an export match: how many, and the items themselves. */
    public record Counted<T>(long total, Streamed<T> items) {
    }

    private final ObjectMapper json;

    public Exports(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A list read page by page, {@link #CHUNK} items a page. {@code views} turns one chunk of items into the
     * records written, reading what they need at once.
     */
    public <T, V extends Record> Response csv(String collection, ListParams<T> params,
                                              Function<ListParams<T>, Listing.Slice<T>> list,
                                              Function<List<T>, List<V>> views, Class<V> viewType) {
        ListParams<T> chunk = params.page(CHUNK, Optional.empty());
        Listing.Slice<T> first = list.apply(chunk);
        checkSize(collection, first.total());
        return attachment(collection, viewType, params.fields(), rows -> {
            Listing.Slice<T> slice = first;
            while (true) {
                rows.write(views.apply(slice.items()));
                if (slice.next().isEmpty()) {
                    break;
                }
                slice = list.apply(chunk.page(CHUNK, slice.next()));
            }
        });
    }

    /** A list streamed from one cursor, in a transaction of its own so that the driver fetches a batch at a time. */
    public <T, V extends Record> Response csv(String collection, Set<String> fields, Counted<T> matched,
                                              Function<List<T>, List<V>> views, Class<V> viewType) {
        checkSize(collection, matched.total());
        return attachment(collection, viewType, fields, rows -> QuarkusTransaction.joiningExisting()
                .timeout(STREAM_TIMEOUT_SECONDS)
                .run(() -> matched.items().read(stream -> {
                    List<T> chunk = new ArrayList<>(CHUNK);
                    stream.forEach(item -> {
                        chunk.add(item);
                        if (chunk.size() == CHUNK) {
                            rows.write(views.apply(chunk));
                            chunk.clear();
                        }
                    });
                    if (!chunk.isEmpty()) {
                        rows.write(views.apply(chunk));
                    }
                })));
    }

    private Response attachment(String collection, Class<? extends Record> viewType, Set<String> fields,
                                Consumer<CsvRows> write) {
        StreamingOutput body = out -> {
            try (CsvRows rows = new CsvRows(json, viewType, fields, out)) {
                write.accept(rows);
            }
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=" + collection + ".csv")
                .build();
    }

    private static void checkSize(String collection, long total) {
        if (total > MAX_ROWS) {
            throw tooLarge(collection, total);
        }
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
