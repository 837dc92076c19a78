package org.certpath.api;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.JDBCException;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs a keyset-paged list query: the rows after the cursor in the requested order (id breaking
 * ties), plus the total matching the filters. Unknown values sort last in either direction.
 */
public final class Listing {

    private Listing() {
    }

    /** One page of entities, the total and the cursor of the next page, if any. */
    public record Slice<T>(List<T> items, long total, Optional<Cursor> next) {
    }

    /**
     * @param alias     the alias of the entity in {@code from}, e.g. {@code p}
     * @param fetches   join fetches for the page query, e.g. {@code left join fetch p.region}
     */
    public static <T> Slice<T> page(EntityManager em, Class<T> type, String alias, String fetches, Filter filter,
                                    ListParams<T> params, Sorting<T> sorting) {
        String from = " from " + type.getSimpleName() + " " + alias + " ";
        Filter scoped = filter.copy();
        params.updatedSince().ifPresent(since -> scoped.where(alias + ".updatedAt >= :updatedSince", "updatedSince", since));
        return page(scoped, params, sorting,
                count(scoped, "select count(" + alias + ")" + from, count -> em.createQuery(count, Long.class)),
                (where, orderBy, rows, parameters) -> bind(em.createQuery("select " + alias + from + fetches + where
                        + orderBy, type), parameters).setMaxResults(rows).getResultList(), last -> Optional.empty());
    }

    /**
     * The same for what changes without moving the data version (API keys, the audit trail): the
     * total is counted on every request, since a total kept per data version would stay behind.
     */
    public static <T> Slice<T> pageCountedEachTime(EntityManager em, Class<T> type, String alias, Filter filter,
                                                   ListParams<T> params, Sorting<T> sorting) {
        String from = " from " + type.getSimpleName() + " " + alias + " ";
        long total = bind(em.createQuery("select count(" + alias + ")" + from + filter.whereClause(), Long.class),
                filter.parameters()).getSingleResult();
        return page(filter, params, sorting, total,
                (where, orderBy, rows, parameters) -> bind(em.createQuery("select " + alias + from + where + orderBy,
                        type), parameters).setMaxResults(rows).getResultList(), last -> Optional.empty());
    }

    /**
     * The same over SQL rows, for the lists read most: a projection read in plain JDBC costs one statement per
     * page, where entities cost Hibernate's translation and loading, and their collections a statement each.
     * The filter includes every condition, {@code updatedSince} too; a total the caller knows without counting
     * rows is used as it is.
     */
    public static <T> Slice<T> page(EntityManager em, SqlRows<T> rows, Filter filter, ListParams<T> params,
                                    Sorting<T> sorting, OptionalLong knownTotal) {
        return page(em, rows, filter, params, sorting, knownTotal, last -> Optional.empty());
    }

    /** The same, the next page's cursor also saying where its item stands in an order the caller keeps. */
    public static <T> Slice<T> page(EntityManager em, SqlRows<T> rows, Filter filter, ListParams<T> params,
                                    Sorting<T> sorting, OptionalLong knownTotal,
                                    Function<T, Optional<Cursor.Position>> positionOf) {
        return page(filter, params, sorting, total(em, rows, filter, knownTotal),
                (where, orderBy, limit, parameters) -> rows.list(em, where + orderBy + " limit " + limit, parameters),
                positionOf);
    }

    /** What the filters match: {@code knownTotal} when the caller knows it without counting rows. */
    private static long total(EntityManager em, SqlRows<?> rows, Filter filter, OptionalLong knownTotal) {
        return knownTotal.orElseGet(() -> count(filter, "select count(*) from " + rows.from,
                count -> em.createNativeQuery(count, Long.class)));
    }

    /**
     * An export of SQL rows: how many the filters match ({@code knownTotal} when the caller knows it), and every one
     * of them in the list's order, read through one cursor and handed to its user as a stream, for an export of any
     * size: in a transaction the driver fetches {@value SqlRows#FETCH_SIZE} rows at a time, and only what the user
     * keeps stays in memory. A row may carry more than the list's item ({@code R}), for what the export reads with it.
     */
    public static <T, R> Exports.Counted<R> export(EntityManager em, SqlRows<R> rows, Filter filter,
                                                   ListParams<T> params, Sorting<T> sorting, OptionalLong knownTotal) {
        return new Exports.Counted<>(total(em, rows, filter, knownTotal),
                use -> rows.<Void>stream(em, filter.whereClause() + orderBy(params, sorting), filter.parameters(), stream -> {
                    use.accept(stream);
                    return null;
                }));
    }

    /** What a list of SQL rows selects, from which tables, and how a row becomes an item. */
    public static final class SqlRows<T> {

        /** One selected value: the name it is read by, its SQL expression and the Java type it is read as. */
        public record SqlColumn(String name, String expression, Class<?> type) {
        }

        /** A selected value, for the column lists of repositories: {@code column("id", "p.id", Long.class)}. */
        public static SqlColumn column(String name, String expression, Class<?> type) {
            return new SqlColumn(name, expression, type);
        }

        /** One row of the result, whose values are read by their column's name. */
        public static final class Row {
            private final Map<String, Integer> positions;
            private final Object[] values;

            private Row(Map<String, Integer> positions, Object[] values) {
                this.positions = positions;
                this.values = values;
            }

            public <V> V get(String name, Class<V> type) {
                Integer position = positions.get(name);
                if (position == null) {
                    throw new IllegalArgumentException("No column " + name + " is selected");
                }
                return type.cast(values[position]);
            }
        }

        /** Rows a cursor fetches at a time: enough to spread each round trip, few enough to keep memory flat. */
        static final int FETCH_SIZE = 2_000;

        private final String from;
        private final List<SqlColumn> columns;
        private final Map<String, Integer> positions = new HashMap<>();
        private final Function<Row, T> item;
        /** Built once: every page of the list selects the same. */
        private final String select;

        public SqlRows(String from, List<SqlColumn> columns, Function<Row, T> item) {
            this.from = from;
            this.columns = List.copyOf(columns);
            this.item = item;
            StringJoiner select = new StringJoiner(", ", "select ", " from " + from);
            for (int i = 0; i < columns.size(); i++) {
                select.add(columns.get(i).expression() + " as " + columns.get(i).name());
                positions.put(columns.get(i).name(), i);
            }
            this.select = select.toString();
        }

        /**
         * Every row of the query, in order, as items: in plain JDBC on the session's connection (the request's
         * database, the replica for a public read), since Hibernate's result mapping cost more than the query.
         */
        public List<T> list(EntityManager em, String whereAndOrder, Map<String, Object> parameters) {
            return stream(em, whereAndOrder, parameters, Stream::toList);
        }

        /**
         * The rows as a stream that lives as long as {@code use} runs; fetched {@value #FETCH_SIZE} at a time when
         * the caller runs in a transaction (outside one, the driver reads the whole result at once).
         */
        public <R> R stream(EntityManager em, String whereAndOrder, Map<String, Object> parameters,
                            Function<Stream<T>, R> use) {
            NamedParameters.Positional query = NamedParameters.positional(select + whereAndOrder, parameters);
            return em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement statement = query.prepare(connection)) {
                    statement.setFetchSize(FETCH_SIZE);
                    try (ResultSet result = statement.executeQuery()) {
                        return use.apply(StreamSupport.stream(new Rows(result), false));
                    }
                }
            });
        }

        /** The rows of a result set, read as they are asked for. */
        private final class Rows extends Spliterators.AbstractSpliterator<T> {
            private final ResultSet result;

            Rows(ResultSet result) {
                super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
                this.result = result;
            }

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    if (!result.next()) {
                        return false;
                    }
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = result.getObject(i + 1, columns.get(i).type());
                    }
                    action.accept(item.apply(new Row(positions, values)));
                    return true;
                } catch (SQLException e) {
                    throw new JDBCException("Reading a row of " + from, e);
                }
            }
        }
    }

    /** The total depends on the filters only, not on the page: counted once per data version. */
    private static long count(Filter scoped, String countFrom, Function<String, Query> createCount) {
        String count = countFrom + scoped.whereClause();
        return VersionedCache.instance().get(count + " " + scoped.parameters(),
                () -> ((Number) bind(createCount.apply(count), scoped.parameters()).getSingleResult()).longValue());
    }

    /** The rows of a page: its where clause, order and parameters, at most {@code rows} rows. */
    @FunctionalInterface
    private interface PageQuery<T> {
        List<T> rows(String where, String orderBy, int rows, Map<String, Object> parameters);
    }

    private static <T> Slice<T> page(Filter scoped, ListParams<T> params, Sorting<T> sorting, long total,
                                     PageQuery<T> query, Function<T, Optional<Cursor.Position>> positionOf) {
        Filter paged = scoped.copy();
        params.after().ifPresent(cursor -> keyset(paged, params.sort(), cursor, sorting));

        List<T> rows = query.rows(paged.whereClause(), orderBy(params, sorting), params.limit() + 1, paged.parameters());
        return page(rows, total, params, sorting, positionOf);
    }

    /**
     * A page of rows that the caller found in the list's order without a keyset query: at most one row more
     * than the page holds, which says that a next page exists. {@code positionOf} says where an item stands in
     * the order the caller keeps, for the next page's cursor.
     */
    public static <T> Slice<T> page(List<T> rows, long total, ListParams<T> params, Sorting<T> sorting,
                                    Function<T, Optional<Cursor.Position>> positionOf) {
        Optional<Cursor> next = Optional.empty();
        if (rows.size() > params.limit()) {
            rows = new ArrayList<>(rows.subList(0, params.limit()));
            T last = rows.get(rows.size() - 1);
            List<Object> values = new ArrayList<>();
            params.sort().forEach(order -> values.add(order.field().value().apply(last)));
            next = Optional.of(new Cursor(params.sortToken(), values, sorting.idOf(last), positionOf.apply(last)));
        }
        return new Slice<>(rows, total, next);
    }

    private static <T> String orderBy(ListParams<T> params, Sorting<T> sorting) {
        return orderBy(params.sort(), sorting);
    }

    /** The list's order, unknown values last in either direction, the id breaking ties. */
    public static <T> String orderBy(List<Sorting.Order<T>> sort, Sorting<T> sorting) {
        StringJoiner orderBy = new StringJoiner(", ", " order by ", "");
        sort.forEach(order -> orderBy.add(order.field().path() + (order.descending() ? " desc" : " asc") + " nulls last"));
        orderBy.add(sorting.idPath() + " asc");
        return orderBy.toString();
    }

    /**
     * Pages items computed in memory the way {@link #page} pages a query: the same order (unknown
     * values last in either direction, id breaking ties), the same cursors and the same total. The
     * items stream through once and only the page is kept, however many there are.
     */
    public static <T> Slice<T> page(Stream<T> all, ListParams<T> params, Sorting<T> sorting) {
        Comparator<Key> order = keyOrder(params.sort());
        Key after = params.after().map(c -> new Key(c.values(), c.id())).orElse(null);
        // The first limit + 1 items after the cursor, the greatest on top so that it is the one to drop.
        Comparator<Keyed<T>> byKey = Comparator.comparing(Keyed::key, order);
        PriorityQueue<Keyed<T>> first = new PriorityQueue<>(byKey.reversed());
        long total = 0;
        for (T item : (Iterable<T>) all::iterator) {
            total++;
            Key key = key(item, params.sort(), sorting);
            // Most items of a long list come after the cursor's page or after the page kept so far: one comparison each.
            boolean beforePage = after != null && order.compare(key, after) <= 0;
            boolean afterKept = first.size() > params.limit() && order.compare(key, first.peek().key()) > 0;
            if (!beforePage && !afterKept) {
                first.add(new Keyed<>(key, item));
                if (first.size() > params.limit() + 1) {
                    first.poll();
                }
            }
        }
        List<Keyed<T>> rows = first.stream().sorted(byKey).toList();
        Optional<Cursor> next = Optional.empty();
        if (rows.size() > params.limit()) {
            rows = rows.subList(0, params.limit());
            Key last = rows.get(rows.size() - 1).key();
            next = Optional.of(new Cursor(params.sortToken(), last.values(), last.id()));
        }
        return new Slice<>(rows.stream().map(Keyed::item).toList(), total, next);
    }

    private static <T> Key key(T item, List<Sorting.Order<T>> sort, Sorting<T> sorting) {
        List<Object> values = new ArrayList<>(sort.size());
        for (Sorting.Order<T> order : sort) {
            values.add(order.field().value().apply(item));
        }
        return new Key(values, sorting.idOf(item));
    }

    private record Keyed<T>(Key key, T item) {
    }

    private record Key(List<Object> values, long id) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Comparator<Key> keyOrder(List<Sorting.Order<T>> sort) {
        Comparator<Key> order = (a, b) -> 0;
        for (int i = 0; i < sort.size(); i++) {
            int index = i;
            Comparator<Comparable> direction = sort.get(i).descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            order = order.thenComparing(k -> (Comparable) k.values().get(index), Comparator.nullsLast(direction));
        }
        return order.thenComparingLong(Key::id);
    }

    /**
     * Rows strictly after the cursor: for keys k1..kn and id, the disjunction over i of
     * "k1..k(i-1) equal and ki after", then "all equal and id greater".
     */
    static <T> void keyset(Filter filter, List<Sorting.Order<T>> sort, Cursor cursor, Sorting<T> sorting) {
        String idPath = sorting.idPath();
        if (sort.stream().allMatch(order -> !order.descending() && sorting.isNotNull(order.field()))) {
            rowAfter(filter, sort, cursor, idPath);
            return;
        }
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        StringBuilder equalSoFar = new StringBuilder();
        for (int i = 0; i < sort.size(); i++) {
            Sorting.Order<T> order = sort.get(i);
            String path = order.field().path();
            Object value = cursor.values().get(i);
            String parameter = "k" + i;
            if (value != null) {
                filter.parameters().put(parameter, value);
                String after = "(" + path + (order.descending() ? " < :" : " > :") + parameter + " or " + path + " is null)";
                any.add("(" + equalSoFar + after + ")");
                equalSoFar.append(path).append(" = :").append(parameter).append(" and ");
            } else {
                equalSoFar.append(path).append(" is null and ");
            }
        }
        filter.parameters().put("kid", cursor.id());
        any.add("(" + equalSoFar + idPath + " > :kid)");
        filter.where(any.toString());
    }

    /**
     * The same for ascending keys that are never null, as one row comparison: unlike the disjunction,
     * it bounds an index scan on (k1..kn, id), so a page deep in the list costs what the first does.
     */
    private static <T> void rowAfter(Filter filter, List<Sorting.Order<T>> sort, Cursor cursor, String idPath) {
        StringJoiner columns = new StringJoiner(", ", "(", ")");
        StringJoiner values = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < sort.size(); i++) {
            String path = sort.get(i).field().path();
            if (!path.equals(idPath)) {
                columns.add(path);
                values.add(":k" + i);
                filter.parameters().put("k" + i, cursor.values().get(i));
            }
        }
        columns.add(idPath);
        values.add(":kid");
        filter.parameters().put("kid", cursor.id());
        filter.where(columns + " > " + values);
    }

    private static <Q extends Query> Q bind(Q query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
