package org.certpath.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The parameters every list takes: page size, cursor, sort, sparse fields, changes since, format. */
public record ListParams<T>(int limit, List<Sorting.Order<T>> sort, String sortToken, Optional<Cursor> after,
                            Set<String> fields, Optional<OffsetDateTime> updatedSince, boolean csv) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;
    public static final List<String> NAMES = List.of("limit", "cursor", "sort", "fields", "updatedSince", "format");
    public static final List<String> PAGING_NAMES = List.of("limit", "cursor", "sort");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z]+");

    /** Reads the list parameters; problems are collected in {@code params} for the caller to report. */
    public static <T> ListParams<T> read(QueryParameters params, Sorting<T> sorting, List<String> fieldNames) {
        ListParams<T> paging = readPaging(params, sorting);
        Set<String> fields = new LinkedHashSet<>(params.list("fields", FIELD, "a field name"));
        for (String field : fields) {
            if (!fieldNames.contains(field)) {
                params.invalid("fields", "'" + field + "' is not a field of these items. Fields: "
                        + String.join(", ", fieldNames) + ".");
            }
        }
        Optional<OffsetDateTime> updatedSince = params.timestamp("updatedSince");
        boolean csv = params.enumValue("format", Set.of("json", "csv")).map("csv"::equals).orElse(false);
        return new ListParams<>(paging.limit(), paging.sort(), paging.sortToken(), paging.after(), fields,
                updatedSince, csv);
    }

    /** Only page size, cursor and sort ({@link #PAGING_NAMES}): for computed lists, which have no fields, CSV or change feed. */
    public static <T> ListParams<T> readPaging(QueryParameters params, Sorting<T> sorting) {
        int limit = params.integer("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        String sortToken = params.string("sort").orElse(sorting.defaultSort());
        List<Sorting.Order<T>> sort = parseSort(params, sorting, sortToken);
        Optional<Cursor> after = params.string("cursor").flatMap(encoded -> {
            Optional<Cursor> cursor = Cursor.decode(encoded, sortToken, sort);
            if (cursor.isEmpty()) {
                params.invalid("cursor", "Not a cursor of this list and sort. Use the nextCursor of a previous page "
                        + "with the same sort, or leave it out to start at the first page.");
            }
            return cursor;
        });
        return new ListParams<>(limit, sort, sortToken, after, Set.of(), Optional.empty(), false);
    }

    private static <T> List<Sorting.Order<T>> parseSort(QueryParameters params, Sorting<T> sorting, String token) {
        List<Sorting.Order<T>> orders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : token.split(",")) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            SortField<T> field = sorting.get(name);
            if (field == null) {
                params.invalid("sort", "'" + name + "' is not a sort field. Sort fields: "
                        + String.join(", ", sorting.names()) + " (prefix - for descending).");
            } else if (!seen.add(name)) {
                params.invalid("sort", "'" + name + "' is given twice.");
            } else {
                orders.add(new Sorting.Order<>(field, descending));
            }
        }
        return orders;
    }
}
