package org.certpath.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.certpath.api.Exports;
import org.certpath.api.ListParams;
import org.certpath.api.Listing;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.provenance.SourceView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The CSV export of a collection of the served data: {@link Exports}, each chunk's sources read in one query. */
@ApplicationScoped
public class CollectionExports {

    private final RecordSourceRepository sources;
    private final Exports exports;

    public CollectionExports(RecordSourceRepository sources, Exports exports) {
        this.sources = sources;
        this.exports = exports;
    }

    public <T, V extends Record> Response csv(String collection, ListParams<T> params,
                                              Function<ListParams<T>, Listing.Slice<T>> list, String recordType,
                                              Function<T, Long> id, BiFunction<T, List<SourceView>, V> view,
                                              Class<V> viewType) {
        return exports.csv(collection, params, list, withSources(recordType, id, view), viewType);
    }

    /** The same for a list streamed from one cursor (see {@link Exports}). */
    public <T, V extends Record> Response csv(String collection, Set<String> fields, Exports.Counted<T> matched,
                                              String recordType, Function<T, Long> id,
                                              BiFunction<T, List<SourceView>, V> view, Class<V> viewType) {
        return exports.csv(collection, fields, matched, withSources(recordType, id, view), viewType);
    }

    /**
     * The same for records that carry the ids of their sources, in their order (a program, V93): a chunk's sources
     * are read by id, each once, where reading them by record probes an index for every record. {@code view} finds a
     * record's own among them.
     */
    public <T, V extends Record> Response csvOfCited(String collection, Set<String> fields, Exports.Counted<T> matched,
                                                     String recordType, Function<T, long[]> sourceIds,
                                                     BiFunction<T, Map<Long, SourceView>, V> view, Class<V> viewType) {
        // Loops, not streams: this runs for every record of an export.
        return exports.csv(collection, fields, matched, items -> {
            Set<Long> cited = new HashSet<>();
            for (T item : items) {
                for (long id : sourceIds.apply(item)) {
                    cited.add(id);
                }
            }
            Map<Long, SourceView> byId = sources.byId(recordType, List.copyOf(cited));
            List<V> views = new ArrayList<>(items.size());
            for (T item : items) {
                views.add(view.apply(item, byId));
            }
            return views;
        }, viewType);
    }

    private <T, V> Function<List<T>, List<V>> withSources(String recordType, Function<T, Long> id,
                                                          BiFunction<T, List<SourceView>, V> view) {
        return items -> {
            Map<Long, List<SourceView>> sourcesById = sources.sourcesOf(recordType, items.stream().map(id).toList());
            return items.stream().map(item -> view.apply(item, sourcesById.getOrDefault(id.apply(item), List.of()))).toList();
        };
    }
}
