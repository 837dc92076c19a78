package org.certpath.api.parameters;

import org.certpath.api.Cursor;
import org.certpath.api.ListParams;
import org.certpath.api.SortField;
import org.certpath.api.Sorting;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Page size, cursor and sort: what every paged list takes. */
public abstract class PageParameters<T> extends QueryBean {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;
    /** The parameters that page a list, which an {@link Export} does not take. */
    public static final Set<String> PAGING = Set.of("limit", "cursor");

    @RestQuery
    @WholeNumber(min = 1, max = MAX_LIMIT)
    String limit;

    @RestQuery
    String cursor;

    @RestQuery
    String sort;

    /** The sort fields of this list and its default order. */
    protected abstract Sorting<T> sorting();

    @Override
    protected void check(Report report) {
        super.check(report);
        List<Sorting.Order<T>> orders = orders(report);
        if (cursor != null && orders != null && Cursor.decode(cursor, sortToken(), orders).isEmpty()) {
            report.invalid("cursor", "Not a cursor of this list and sort. Use the nextCursor of a previous page "
                    + "with the same sort, or leave it out to start at the first page.");
        }
    }

    /** The validated page size, cursor and sort, with none of the other parameters. */
    public ListParams<T> page() {
        return params(Set.of(), Optional.empty());
    }

    protected ListParams<T> params(Set<String> fields, Optional<java.time.OffsetDateTime> updatedSince) {
        List<Sorting.Order<T>> orders = orders(null);
        Optional<Cursor> after = Optional.ofNullable(cursor).flatMap(encoded -> Cursor.decode(encoded, sortToken(), orders));
        int size = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
        return new ListParams<>(size, orders, sortToken(), after, fields, updatedSince);
    }

    private String sortToken() {
        return sort == null ? sorting().defaultSort() : sort.trim();
    }

    /** The orders of the sort parameter; null, with the reasons reported, when it names no valid sort. */
    private List<Sorting.Order<T>> orders(Report report) {
        Sorting<T> sorting = sorting();
        List<Sorting.Order<T>> orders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (String part : sortToken().split(",", -1)) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            SortField<T> field = sorting.get(name);
            String problem = null;
            if (field == null) {
                problem = (name.isEmpty() ? "An empty sort field" : Values.quoted(name)) + " is not a sort field. Sort fields: "
                        + String.join(", ", sorting.names()) + " (prefix - for descending).";
            } else if (!seen.add(name)) {
                problem = Values.quoted(name) + " is given twice.";
            } else {
                orders.add(new Sorting.Order<>(field, descending));
            }
            if (problem != null) {
                valid = false;
                if (report != null) {
                    report.invalid("sort", problem);
                }
            }
        }
        return valid ? orders : null;
    }
}
