package org.certpath.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certpath.api.ListParams;
import org.certpath.api.ListResponses;
import org.certpath.api.Listing;
import org.certpath.provenance.RecordSourceRepository;
import org.certpath.provenance.SourceView;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The response of a list of the served data: each item with its sources, read in one query for the
 * page, and, for a list of changes since a time, the keys of the items of this record type removed
 * since then.
 */
@ApplicationScoped
public class CollectionPages {

    private final RecordSourceRepository sources;
    private final Tombstones tombstones;
    private final ListResponses responses;

    public CollectionPages(RecordSourceRepository sources, Tombstones tombstones, ListResponses responses) {
        this.sources = sources;
        this.tombstones = tombstones;
        this.responses = responses;
    }

    public <T, V extends Record> Response of(UriInfo uri, ListParams<T> params,
                                             Listing.Slice<T> slice, String recordType, Function<T, Long> id,
                                             BiFunction<T, List<SourceView>, V> view, Class<V> viewType) {
        Map<Long, List<SourceView>> sourcesById = sources.sourcesOf(recordType, slice.items().stream().map(id).toList());
        List<V> views = slice.items().stream()
                .map(item -> view.apply(item, sourcesById.getOrDefault(id.apply(item), List.of()))).toList();
        List<Tombstones.Removed> removed = params.updatedSince()
                .map(since -> tombstones.since(recordType, since)).orElse(null);
        return responses.of(uri, params, slice, views, viewType, removed);
    }
}
