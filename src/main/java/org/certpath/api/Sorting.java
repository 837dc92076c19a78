package org.certpath.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The sort fields one collection allows, its default order and how to read an entity's id. */
public final class Sorting<T> {

    private final Map<String, SortField<T>> fields = new LinkedHashMap<>();
    private final Set<String> notNull = new HashSet<>();
    private final String idPath;
    private final Function<T, Long> id;
    private String defaultSort;

    private Sorting(String idPath, Function<T, Long> id) {
        this.idPath = idPath;
        this.id = id;
    }

    public static <T> Sorting<T> byId(String idPath, Function<T, Long> id) {
        return new Sorting<>(idPath, id);
    }

    public Sorting<T> field(String name, String path, Class<?> type, Function<T, Object> value) {
        fields.put(name, new SortField<>(name, path, type, value));
        return this;
    }

    /** Declares fields that are never null, which lets paging use a row comparison (see {@link Listing}). */
    public Sorting<T> notNull(String... names) {
        notNull.addAll(List.of(names));
        return this;
    }

    public boolean isNotNull(SortField<T> field) {
        return notNull.contains(field.name());
    }

    public Sorting<T> defaultSort(String sort) {
        this.defaultSort = sort;
        return this;
    }

    public String idPath() {
        return idPath;
    }

    public Long idOf(T entity) {
        return id.apply(entity);
    }

    public String defaultSort() {
        return defaultSort;
    }

    public List<String> names() {
        return new ArrayList<>(fields.keySet());
    }

    public SortField<T> get(String name) {
        return fields.get(name);
    }

    /** One key of a sort: a field and its direction. */
    public record Order<T>(SortField<T> field, boolean descending) {
    }
}
