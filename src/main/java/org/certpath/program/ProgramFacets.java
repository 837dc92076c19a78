package org.certpath.program;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.Cursor;
import org.certpath.api.DataVersion;
import org.jboss.logging.Logger;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RangeBitmap;
import org.roaringbitmap.RoaringBitmap;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the program list filters on, as bitmaps over all programs in the list's default order, built once per data
 * version (in the background: 17 to 24 s for a million programs on two cores). A total is then an intersection of a
 * few bitmaps, whatever the number of programs it counts, where SQL reads every matching row (1.25 s for the 250,000
 * of a filter at ten times the benchmark's scale); a page in the default order is the next programs every bitmap
 * keeps. A keyword search is not indexed here: its total is counted in SQL, as every total is while the facets of
 * the current data are built. What is indexed, and how each filter reads it, is declared in {@link ProgramFilter}
 * and its {@link ProgramFilter.Column}s; nothing here knows a filter by name.
 */
@ApplicationScoped
public class ProgramFacets {

    private static final Logger LOG = Logger.getLogger(ProgramFacets.class);
    private static final int FETCH_SIZE = 5_000;
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final DataVersion dataVersion;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "program-facets");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile long retryAt = System.nanoTime();
    private volatile Facets latest;

    /** What a filter without a bitmap answers: its total must be counted in SQL. */
    static final RoaringBitmap NOT_INDEXED = new RoaringBitmap();
    /** No program; never modified. */
    private static final RoaringBitmap EMPTY = new RoaringBitmap();

    public ProgramFacets(AgroalDataSource dataSource, DataVersion dataVersion) {
        this.dataSource = dataSource;
        this.dataVersion = dataVersion;
    }

    /**
     * How many programs match, or nothing when it has to be counted in SQL: the query has a filter
     * that is not indexed here, or the facets of the current data are still being built.
     */
    public OptionalLong count(ProgramCriteria criteria) {
        return current().map(facets -> facets.indexes.count(criteria)).orElse(OptionalLong.empty());
    }

    /**
     * The programs of a page in the list's default order ({@link ProgramRepository#DEFAULT_ORDER}), found by walking
     * that order and keeping what every filter keeps, from the start or from the position a cursor of the same data
     * version names: no query, where SQL would plan, filter and sort. Empty when SQL must find them: a filter
     * that is not indexed, facets still being built, a cursor of other data, or matches too sparse to walk to.
     *
     * @param count how many programs to find at most
     */
    public Optional<OrderedPage> page(ProgramCriteria criteria, Optional<Cursor> after, int count) {
        return current().flatMap(facets -> facets.indexes.page(criteria, facets.version, after, count));
    }

    /**
     * Every program the filters keep, in the list's default order, as an export reads them: walked as they are
     * asked for, so that what is held does not grow with the export. Empty when SQL must find them.
     */
    public Optional<Matching> inDefaultOrder(ProgramCriteria criteria) {
        return current().flatMap(facets -> facets.indexes.inDefaultOrder(criteria));
    }

    /** How many programs the filters keep, and their ids in the default order. */
    public record Matching(long total, PrimitiveIterator.OfLong ids) {
    }

    /**
     * Every program the filters keep, in the list's default order, each read from the values the facets keep of it
     * ({@link ProgramFilter.Column#kept}), without a query: pathways rank a credential's programs by their cost and
     * months, and reading those from PostgreSQL was most of such a request at ten times the benchmark's scale.
     * Empty when SQL must find them.
     */
    public <T> Optional<Stream<T>> read(ProgramCriteria criteria, Function<Kept, T> item) {
        return current().flatMap(facets -> facets.indexes.read(criteria, item));
    }

    /** A program as the facets keep it: its id and the values of the kept columns, null where unknown. */
    public interface Kept {
        long id();

        Long value(ProgramFilter.Column range);

        Boolean flag(ProgramFilter.Column flag);
    }

    /**
     * Where a program stands in the list's default order of the current data, when the facets of the current data
     * are built: so that a page found in SQL gives a cursor that the next page can start from without a query.
     */
    public Optional<Cursor.Position> positionOf(long programId) {
        return current().flatMap(facets -> facets.indexes.rankOf(programId).stream()
                .mapToObj(rank -> new Cursor.Position(facets.version, rank)).findFirst());
    }

    /**
     * Programs in the default order, their ranks in it, and the total of the filters.
     *
     * @param ids         the programs' ids, in order
     * @param ranks       where each stands in the default order of data version {@code dataVersion}
     */
    public record OrderedPage(long dataVersion, long[] ids, int[] ranks, long total) {
    }

    /** The facets of the current data; none while they are built, which this starts if no build is running. */
    private Optional<Facets> current() {
        Facets facets = latest;
        if (facets != null && facets.version >= dataVersion.current().version()) {
            return Optional.of(facets);
        }
        rebuild();
        return Optional.empty();
    }

    /**
     * Starts one rebuild in the background unless one is running: a million programs take seconds,
     * which no request should wait for after a write; their totals are counted in SQL meanwhile.
     */
    private void rebuild() {
        if (System.nanoTime() - retryAt < 0 || !building.compareAndSet(false, true)) {
            return;
        }
        builder.execute(() -> {
            boolean built = false;
            try {
                latest = build();
                built = true;
            } catch (RuntimeException e) {
                LOG.warnf("Could not index the programs, counting them in SQL for now: %s", e.getMessage());
            } finally {
                // An Error too (out of memory, say) waits before the next try, or every request would start one.
                if (!built) {
                    retryAt = System.nanoTime() + RETRY.toNanos();
                }
                building.set(false);
            }
        });
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }

    private Facets build() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            // One snapshot for the version and every row, so that the facets are exactly those of that version.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Facets facets = read(connection);
                LOG.infof("Program facets of data version %d: %d programs indexed in %d ms", facets.version,
                        facets.indexes.size(), (System.nanoTime() - started) / 1_000_000);
                return facets;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataVersion.DataAccessFailure(e);
        }
    }

    private static Facets read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // A scan of every program takes seconds at the benchmark's largest scale: more than a request may.
            statement.execute("set local statement_timeout = '2min'");
            long version;
            try (ResultSet row = statement.executeQuery("select version from data_version")) {
                row.next();
                version = row.getLong(1);
            }
            List<ProgramFilter.Column> columns = Arrays.stream(ProgramFilter.Column.values())
                    .filter(facet -> facet.kind != ProgramFilter.Column.Kind.LINKED).toList();
            // In the list's default order: a program's position in the bitmaps is its rank in that order.
            StringJoiner select = new StringJoiner(", ", "select p.id, ",
                    " from " + ProgramRepository.FROM + ProgramRepository.DEFAULT_ORDER);
            columns.forEach(facet -> select.add(facet.sql));
            Builder builder = new Builder();
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet row = statement.executeQuery(select.toString())) {
                Object[] values = new Object[columns.size()];
                while (row.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = row.getObject(i + 2);
                    }
                    builder.program(row.getLong(1), columns, values);
                }
            }
            for (ProgramFilter.Column facet : ProgramFilter.Column.values()) {
                if (facet.kind == ProgramFilter.Column.Kind.LINKED) {
                    try (ResultSet row = statement.executeQuery(facet.sql)) {
                        while (row.next()) {
                            builder.link(facet, row.getLong(1), row.getObject(2));
                        }
                    }
                }
            }
            return new Facets(version, builder.build());
        }
    }

    private record Facets(long version, Indexes indexes) {
    }

    /**
     * Gathers the facet values of programs given in the list's default order, then builds their bitmaps;
     * also used on its own, without a database, to test the totals against a count of the rows.
     * Every program is given before the first link.
     */
    static final class Builder {
        private long[] ids = new long[1024];
        private int size;
        /** The ids as the indexes keep them, made at the first link: no program may follow. */
        private Ids frozen;
        private final Map<ProgramFilter.Column, Map<Object, RoaringBitmap>> byValue = new EnumMap<>(ProgramFilter.Column.class);
        private final Map<ProgramFilter.Column, long[]> rangeValues = new EnumMap<>(ProgramFilter.Column.class);
        private final Map<ProgramFilter.Column, RoaringBitmap> known = new EnumMap<>(ProgramFilter.Column.class);
        private final Map<ProgramFilter.Column, RoaringBitmap> trues = new EnumMap<>(ProgramFilter.Column.class);

        /** The next program in the list's default order. */
        void program(long id, List<ProgramFilter.Column> facets, Object[] values) {
            if (frozen != null) {
                throw new IllegalStateException("Program " + id + " is given after a link");
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                rangeValues.replaceAll((facet, column) -> Arrays.copyOf(column, size * 2));
            }
            int position = size++;
            ids[position] = id;
            for (int i = 0; i < values.length; i++) {
                ProgramFilter.Column facet = facets.get(i);
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                known.computeIfAbsent(facet, f -> new RoaringBitmap()).add(position);
                switch (facet.kind) {
                    case VALUE -> add(facet, value, position);
                    case RANGE -> rangeValues.computeIfAbsent(facet, f -> new long[ids.length])[position] =
                            ((Number) value).longValue();
                    case FLAG -> {
                        if ((Boolean) value) {
                            trues.computeIfAbsent(facet, f -> new RoaringBitmap()).add(position);
                        }
                    }
                    case LINKED -> throw new IllegalArgumentException(facet + " is read from its own query");
                }
            }
        }

        /** A key of a linked facet, such as a credential the program prepares for. */
        void link(ProgramFilter.Column facet, long programId, Object key) {
            int position = frozen().positionOf(programId);
            if (position >= 0) {
                add(facet, key, position);
            }
        }

        private void add(ProgramFilter.Column facet, Object key, int position) {
            byValue.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(key, k -> new RoaringBitmap()).add(position);
        }

        Indexes build() {
            Map<ProgramFilter.Column, Range> ranges = new EnumMap<>(ProgramFilter.Column.class);
            for (ProgramFilter.Column facet : ProgramFilter.Column.values()) {
                if (facet.kind == ProgramFilter.Column.Kind.RANGE) {
                    RoaringBitmap present = known.getOrDefault(facet, new RoaringBitmap());
                    ranges.put(facet, Range.of(rangeValues.getOrDefault(facet, new long[0]), size, present, facet.kept));
                }
            }
            byValue.values().forEach(index -> index.values().forEach(RoaringBitmap::runOptimize));
            Map<ProgramFilter.Column, RoaringBitmap> falses = new EnumMap<>(ProgramFilter.Column.class);
            for (ProgramFilter.Column facet : ProgramFilter.Column.values()) {
                if (facet.kind == ProgramFilter.Column.Kind.FLAG) {
                    RoaringBitmap yes = trues.getOrDefault(facet, new RoaringBitmap());
                    falses.put(facet, RoaringBitmap.andNot(known.getOrDefault(facet, new RoaringBitmap()), yes));
                    trues.put(facet, yes);
                }
            }
            return new Indexes(frozen(), byValue, ranges, Map.copyOf(trues), falses);
        }

        private Ids frozen() {
            if (frozen == null) {
                frozen = Ids.of(ids, size);
            }
            return frozen;
        }
    }

    /**
     * The programs' ids by position, and the positions in the order of their ids, to find a program. The ids are
     * offsets from the least one: four bytes a program instead of eight, which a heap holding a million programs
     * (the benchmark's 10x, in 128 MiB) feels.
     */
    private record Ids(long least, int[] offsets, int[] byId) {

        static Ids of(long[] ids, int size) {
            long least = Long.MAX_VALUE;
            long most = Long.MIN_VALUE;
            for (int position = 0; position < size; position++) {
                least = Math.min(least, ids[position]);
                most = Math.max(most, ids[position]);
            }
            if (size > 0 && most - least > Integer.MAX_VALUE) {
                throw new IllegalStateException("Program ids from " + least + " to " + most + " are too far apart to index");
            }
            int[] offsets = new int[size];
            for (int position = 0; position < size; position++) {
                offsets[position] = (int) (ids[position] - least);
            }
            return new Ids(least, offsets, sortedPositions(ids, size));
        }

        /** The positions 0 to size - 1, ordered by their ids. */
        private static int[] sortedPositions(long[] ids, int size) {
            long[] sorted = Arrays.copyOf(ids, size);
            Arrays.sort(sorted);
            int[] byId = new int[size];
            for (int position = 0; position < size; position++) {
                int at = Arrays.binarySearch(sorted, ids[position]);
                if (at > 0 && sorted[at - 1] == ids[position] || at < size - 1 && sorted[at + 1] == ids[position]) {
                    throw new IllegalStateException("Program " + ids[position] + " is given twice");
                }
                byId[at] = position;
            }
            return byId;
        }

        long at(int position) {
            return least + offsets[position];
        }

        int size() {
            return offsets.length;
        }

        /** The position of a program, or a negative number when it is not one of these. */
        int positionOf(long programId) {
            int low = 0;
            int high = byId.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                long id = at(byId[middle]);
                if (id < programId) {
                    low = middle + 1;
                } else if (id > programId) {
                    high = middle - 1;
                } else {
                    return byId[middle];
                }
            }
            return -1;
        }
    }

    /**
     * Values of one range column, by position: an unknown value (null) is in no range. Where the column keeps its
     * values, each program's is kept as its offset from the least, four bytes a program where the range allows
     * ({@code keptOffsets}; 4 MB at the benchmark's 10x), else whole ({@code keptValues}); both null otherwise.
     */
    private record Range(RangeBitmap values, long min, long max, RoaringBitmap known, int[] keptOffsets,
                         long[] keptValues) {

        static Range of(long[] column, int size, RoaringBitmap known, boolean keep) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int position : known) {
                min = Math.min(min, column[position]);
                max = Math.max(max, column[position]);
            }
            if (known.isEmpty()) {
                min = 0;
                max = 0;
            }
            RangeBitmap.Appender appender = RangeBitmap.appender(Math.max(1, max - min));
            for (int position = 0; position < size; position++) {
                appender.add(known.contains(position) ? column[position] - min : 0);
            }
            known.runOptimize();
            long span = max - min;
            boolean offsetsFit = span >= 0 && span <= Integer.MAX_VALUE;
            int[] offsets = null;
            if (keep && offsetsFit) {
                offsets = new int[size];
                for (int position : known) {
                    offsets[position] = Math.toIntExact(column[position] - min);
                }
            }
            return new Range(appender.build(), min, max, known, offsets,
                    keep && !offsetsFit ? Arrays.copyOf(column, size) : null);
        }

        Long at(int position) {
            if (keptOffsets == null && keptValues == null) {
                throw new IllegalStateException("The column's values are not kept");
            }
            if (!known.contains(position)) {
                return null;
            }
            return keptOffsets != null ? min + keptOffsets[position] : keptValues[position];
        }

        RoaringBitmap atMost(long bound) {
            if (bound >= max) {
                return known;
            }
            return bound < min ? new RoaringBitmap() : values.lte(bound - min, known);
        }

        RoaringBitmap atLeast(long bound) {
            if (bound <= min) {
                return known;
            }
            return bound > max ? new RoaringBitmap() : values.gte(bound - min, known);
        }
    }

    /** The bitmaps of one data version; a program's position in them is its rank in the list's default order. */
    static final class Indexes {
        /**
         * The most programs a page examines before leaving the page to SQL: a quarter of a millisecond, where SQL
         * plans a page in half of one.
         */
        static final int MOST_WALKED = 50_000;

        private final Ids ids;
        private final Map<ProgramFilter.Column, Map<Object, RoaringBitmap>> byValue;
        private final Map<ProgramFilter.Column, Range> ranges;
        private final Map<ProgramFilter.Column, RoaringBitmap> trues;
        private final Map<ProgramFilter.Column, RoaringBitmap> falses;

        private Indexes(Ids ids, Map<ProgramFilter.Column, Map<Object, RoaringBitmap>> byValue,
                        Map<ProgramFilter.Column, Range> ranges, Map<ProgramFilter.Column, RoaringBitmap> trues,
                        Map<ProgramFilter.Column, RoaringBitmap> falses) {
            this.ids = ids;
            this.byValue = byValue;
            this.ranges = ranges;
            this.trues = trues;
            this.falses = falses;
        }

        int size() {
            return ids.size();
        }

        /** How many programs every filter the criteria use keeps; empty when one of them is not indexed. */
        OptionalLong count(ProgramCriteria criteria) {
            return kept(criteria).map(kept -> OptionalLong.of(count(kept))).orElse(OptionalLong.empty());
        }

        /** The bitmap of each filter the criteria use; empty when one of them is not indexed. */
        private Optional<List<RoaringBitmap>> kept(ProgramCriteria criteria) {
            List<RoaringBitmap> kept = new ArrayList<>();
            for (ProgramFilter filter : ProgramFilter.values()) {
                Optional<RoaringBitmap> matching = filter.matching(criteria, this);
                if (matching.isPresent()) {
                    if (matching.get() == NOT_INDEXED) {
                        return Optional.empty();
                    }
                    kept.add(matching.get());
                }
            }
            return Optional.of(kept);
        }

        /** Counted without building the intersection where one or two filters apply, the common case. */
        private long count(List<RoaringBitmap> kept) {
            return switch (kept.size()) {
                case 0 -> size();
                case 1 -> kept.get(0).getLongCardinality();
                case 2 -> RoaringBitmap.andCardinality(kept.get(0), kept.get(1));
                default -> FastAggregation.and(kept.iterator()).getLongCardinality();
            };
        }

        /** See {@link ProgramFacets#inDefaultOrder}. */
        Optional<Matching> inDefaultOrder(ProgramCriteria criteria) {
            return kept(criteria).map(kept -> new Matching(count(kept), new PrimitiveIterator.OfLong() {
                private final Walk walk = new Walk(kept);
                private int rank = walk.next(0);

                @Override
                public boolean hasNext() {
                    return rank >= 0;
                }

                @Override
                public long nextLong() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    long id = ids.at(rank);
                    rank = walk.next(rank + 1);
                    return id;
                }
            }));
        }

        /** See {@link ProgramFacets#read}. */
        <T> Optional<Stream<T>> read(ProgramCriteria criteria, Function<Kept, T> item) {
            return kept(criteria).map(kept -> {
                Walk walk = new Walk(kept);
                return IntStream.iterate(walk.next(0), rank -> rank >= 0, rank -> walk.next(rank + 1))
                        .mapToObj(rank -> item.apply(new Kept() {
                            @Override
                            public long id() {
                                return ids.at(rank);
                            }

                            @Override
                            public Long value(ProgramFilter.Column range) {
                                return ranges.get(range).at(rank);
                            }

                            @Override
                            public Boolean flag(ProgramFilter.Column flag) {
                                return trues.get(flag).contains(rank) ? Boolean.TRUE
                                        : falses.get(flag).contains(rank) ? Boolean.FALSE : null;
                            }
                        }));
            });
        }

        /** The rank of a program in the default order; empty when it is not indexed. */
        OptionalInt rankOf(long programId) {
            int position = ids.positionOf(programId);
            return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
        }

        /** See {@link ProgramFacets#page}. */
        Optional<OrderedPage> page(ProgramCriteria criteria, long version, Optional<Cursor> after, int count) {
            Optional<List<RoaringBitmap>> filters = kept(criteria);
            if (filters.isEmpty()) {
                return Optional.empty();
            }
            List<RoaringBitmap> kept = filters.get();
            long total = count(kept);
            int start = 0;
            if (after.isPresent()) {
                Optional<Cursor.Position> position = after.get().position();
                if (position.isEmpty() || position.get().dataVersion() != version || position.get().rank() >= size()
                        || ids.at(position.get().rank()) != after.get().id()) {
                    return Optional.empty();
                }
                start = position.get().rank() + 1;
            }
            Walk walk = new Walk(kept);
            // The walk examines programs in proportion to how few of them the other filters keep: leave sparse
            // intersections to SQL's indexes.
            if (total > 0 && (double) count * walk.drivingCount / total > MOST_WALKED) {
                return Optional.empty();
            }
            long[] found = new long[count];
            int[] ranks = new int[count];
            int taken = 0;
            for (int rank = total == 0 ? -1 : walk.next(start); rank >= 0 && taken < count; rank = walk.next(rank + 1)) {
                if (walk.examined > MOST_WALKED) {
                    return Optional.empty();
                }
                found[taken] = ids.at(rank);
                ranks[taken++] = rank;
            }
            return Optional.of(new OrderedPage(version, Arrays.copyOf(found, taken), Arrays.copyOf(ranks, taken), total));
        }

        /**
         * The ranks every filter keeps, in order: those of the filter that keeps fewest, each tested against the
         * other filters.
         */
        private final class Walk {
            /** The filter that keeps fewest; null when there is no filter. */
            private final RoaringBitmap driving;
            /** How many programs {@link #driving} keeps: every program when there is no filter. */
            private final long drivingCount;
            private final List<RoaringBitmap> others;
            private long examined;

            Walk(List<RoaringBitmap> kept) {
                RoaringBitmap fewest = null;
                long fewestCount = size();
                for (RoaringBitmap filter : kept) {
                    long count = filter.getLongCardinality();
                    if (fewest == null || count < fewestCount) {
                        fewest = filter;
                        fewestCount = count;
                    }
                }
                driving = fewest;
                drivingCount = fewestCount;
                RoaringBitmap chosen = fewest;
                others = kept.stream().filter(filter -> filter != chosen).toList();
            }

            /** The first rank from {@code from} on that every filter keeps, or -1. */
            int next(int from) {
                int rank = from;
                while (true) {
                    if (driving == null) {
                        return rank < size() ? rank : -1;
                    }
                    long candidate = rank < size() ? driving.nextValue(rank) : -1;
                    if (candidate < 0) {
                        return -1;
                    }
                    examined++;
                    if (keptByAll(others, (int) candidate)) {
                        return (int) candidate;
                    }
                    rank = (int) candidate + 1;
                }
            }
        }

        private static boolean keptByAll(List<RoaringBitmap> kept, int position) {
            for (RoaringBitmap filter : kept) {
                if (!filter.contains(position)) {
                    return false;
                }
            }
            return true;
        }

        /** The programs with any of these keys; the index's own bitmap for one key, which callers only read. */
        RoaringBitmap anyOf(ProgramFilter.Column facet, Collection<?> keys) {
            Map<Object, RoaringBitmap> index = byValue.getOrDefault(facet, Map.of());
            if (keys.size() == 1) {
                return index.getOrDefault(keys.iterator().next(), EMPTY);
            }
            return RoaringBitmap.or(keys.stream().map(index::get).filter(Objects::nonNull).iterator());
        }

        RoaringBitmap atLeast(ProgramFilter.Column facet, long bound) {
            return ranges.get(facet).atLeast(bound);
        }

        RoaringBitmap atMost(ProgramFilter.Column facet, long bound) {
            return ranges.get(facet).atMost(bound);
        }

        RoaringBitmap flag(ProgramFilter.Column facet, boolean wanted) {
            return (wanted ? trues : falses).get(facet);
        }
    }
}
