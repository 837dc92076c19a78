package org.certpath.program;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.api.DataVersion;
import org.jboss.logging.Logger;
import org.roaringbitmap.RangeBitmap;
import org.roaringbitmap.RoaringBitmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the program list filters on, as bitmaps over all programs, built once per data version (in
 * the background: 2.6 s for a million programs). A total is then an intersection of a few bitmaps,
 * whatever the number of programs it counts, where SQL reads every matching row (1.25 s for the
 * 250,000 of a filter at ten times the benchmark's scale). A keyword search is not indexed here:
 * its total is counted in SQL, as every total is while the facets of the current data are built.
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

    public ProgramFacets(AgroalDataSource dataSource, DataVersion dataVersion) {
        this.dataSource = dataSource;
        this.dataVersion = dataVersion;
    }

    /**
     * How many programs match, or nothing when it has to be counted in SQL: the query has a filter
     * that is not indexed here, or the facets of the current data are still being built.
     */
    public OptionalLong count(ProgramRepository.Query query, List<Long> certificationIds,
                              Optional<OffsetDateTime> updatedSince) {
        if (query.keyword().isPresent()) {
            return OptionalLong.empty();
        }
        Facets facets = latest;
        if (facets != null && facets.version >= dataVersion.current().version()) {
            return OptionalLong.of(facets.count(query, certificationIds, updatedSince));
        }
        rebuild();
        return OptionalLong.empty();
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
            try {
                latest = build();
            } catch (RuntimeException e) {
                retryAt = System.nanoTime() + RETRY.toNanos();
                LOG.warnf("Could not index the programs, counting them in SQL for now: %s", e.getMessage());
            } finally {
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
                LOG.infof("Program facets of data version %d: %d programs indexed in %d ms", facets.version, facets.size,
                        (System.nanoTime() - started) / 1_000_000);
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
            FacetsBuilder builder;
            try (ResultSet summary = statement.executeQuery("""
                    select (select version from data_version), count(*), min(duration_months)::bigint, max(duration_months)::bigint,
                           min(cost * 100)::bigint, max(cost * 100)::bigint, min(updated_at), max(updated_at)
                    from program""")) {
                summary.next();
                builder = new FacetsBuilder(summary.getLong(1), summary.getInt(2),
                        Bounds.of(summary.getObject(3, Long.class), summary.getObject(4, Long.class)),
                        Bounds.of(summary.getObject(5, Long.class), summary.getObject(6, Long.class)),
                        Bounds.of(micros(summary.getObject(7, OffsetDateTime.class)),
                                micros(summary.getObject(8, OffsetDateTime.class))));
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet row = statement.executeQuery("""
                    select p.id, r.code, p.delivery_mode, p.award_level, p.accredited, p.duration_months::bigint,
                           (p.cost * 100)::bigint, p.updated_at
                    from program p left join region r on r.id = p.region_id order by p.id""")) {
                while (row.next()) {
                    builder.program(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getBoolean(5), row.getObject(6, Long.class), row.getObject(7, Long.class),
                            micros(row.getObject(8, OffsetDateTime.class)));
                }
            }
            try (ResultSet row = statement.executeQuery("select program_id, certification_id from program_certification")) {
                while (row.next()) {
                    builder.credential(row.getLong(1), row.getLong(2));
                }
            }
            return builder.build();
        }
    }

    /** The least and greatest value of a column; both 0 when it has none. */
    private record Bounds(long min, long max) {
        static Bounds of(Long min, Long max) {
            return min == null ? new Bounds(0, 0) : new Bounds(min, max);
        }
    }

    /** Microseconds since the epoch: the precision of PostgreSQL, and of a validated updatedSince. */
    private static Long micros(OffsetDateTime time) {
        return time == null ? null : time.toEpochSecond() * 1_000_000 + time.getNano() / 1000;
    }

    private static long centsAtMost(BigDecimal amount) {
        BigDecimal cents = amount.movePointRight(2).setScale(0, RoundingMode.FLOOR);
        return cents.max(BigDecimal.valueOf(Long.MIN_VALUE)).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
    }

    /** Values of one column, by position: an unknown value (null) is in no range. */
    private record Range(RangeBitmap values, long min, long max, RoaringBitmap known) {

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

    private static final class RangeBuilder {
        private final long min;
        private final long max;
        private final RangeBitmap.Appender values;
        private final RoaringBitmap known = new RoaringBitmap();

        RangeBuilder(Bounds bounds) {
            this.min = bounds.min();
            this.max = bounds.max();
            this.values = RangeBitmap.appender(Math.max(1, max - min));
        }

        void add(int position, Long value) {
            if (value == null) {
                values.add(0);
            } else {
                values.add(value - min);
                known.add(position);
            }
        }

        Range build() {
            known.runOptimize();
            return new Range(values.build(), min, max, known);
        }
    }

    private static final class FacetsBuilder {
        private final long version;
        private final long[] ids;
        private int size;
        private final Map<String, RoaringBitmap> byState = new HashMap<>();
        private final Map<String, RoaringBitmap> byMode = new HashMap<>();
        private final Map<String, RoaringBitmap> byAward = new HashMap<>();
        private final Map<Long, RoaringBitmap> byCertification = new HashMap<>();
        private final RoaringBitmap accredited = new RoaringBitmap();
        private final RangeBuilder months;
        private final RangeBuilder cents;
        private final RangeBuilder updatedMicros;

        FacetsBuilder(long version, int expected, Bounds months, Bounds cents, Bounds updatedMicros) {
            this.version = version;
            this.ids = new long[expected];
            this.months = new RangeBuilder(months);
            this.cents = new RangeBuilder(cents);
            this.updatedMicros = new RangeBuilder(updatedMicros);
        }

        void program(long id, String state, String mode, String award, boolean isAccredited, Long durationMonths,
                     Long costCents, long updatedAtMicros) {
            int position = size++;
            ids[position] = id;
            add(byState, state, position);
            add(byMode, mode, position);
            add(byAward, award, position);
            if (isAccredited) {
                accredited.add(position);
            }
            months.add(position, durationMonths);
            cents.add(position, costCents);
            updatedMicros.add(position, updatedAtMicros);
        }

        void credential(long programId, long certificationId) {
            int position = Arrays.binarySearch(ids, 0, size, programId);
            if (position >= 0) {
                byCertification.computeIfAbsent(certificationId, id -> new RoaringBitmap()).add(position);
            }
        }

        private static <K> void add(Map<K, RoaringBitmap> index, K key, int position) {
            if (key != null) {
                index.computeIfAbsent(key, k -> new RoaringBitmap()).add(position);
            }
        }

        Facets build() {
            for (Map<?, RoaringBitmap> index : List.of(byState, byMode, byAward, byCertification)) {
                index.values().forEach(RoaringBitmap::runOptimize);
            }
            accredited.runOptimize();
            return new Facets(version, size, Map.copyOf(byState), Map.copyOf(byMode), Map.copyOf(byAward),
                    Map.copyOf(byCertification), accredited, months.build(), cents.build(), updatedMicros.build());
        }
    }

    /** The facets of one data version; positions are the programs in the order of their ids. */
    private record Facets(long version, int size, Map<String, RoaringBitmap> byState, Map<String, RoaringBitmap> byMode,
                          Map<String, RoaringBitmap> byAward, Map<Long, RoaringBitmap> byCertification,
                          RoaringBitmap accredited, Range months, Range cents, Range updatedMicros) {

        /** Mirrors the SQL filter of {@link ProgramRepository}: any of the values of a parameter, all parameters. */
        long count(ProgramRepository.Query query, List<Long> certificationIds, Optional<OffsetDateTime> updatedSince) {
            RoaringBitmap matching = RoaringBitmap.bitmapOfRange(0, size);
            if (!query.certifications().isEmpty()) {
                matching.and(anyOf(byCertification, certificationIds));
            }
            if (!query.states().isEmpty()) {
                matching.and(anyOf(byState, query.states()));
            }
            if (!query.modes().isEmpty()) {
                matching.and(anyOf(byMode, query.modes()));
            }
            if (!query.awards().isEmpty()) {
                matching.and(anyOf(byAward, query.awards()));
            }
            query.minMonths().ifPresent(min -> matching.and(months.atLeast(min)));
            query.maxMonths().ifPresent(max -> matching.and(months.atMost(max)));
            query.maxCost().ifPresent(max -> matching.and(cents.atMost(centsAtMost(max))));
            query.accredited().ifPresent(wanted -> {
                if (wanted) {
                    matching.and(accredited);
                } else {
                    matching.andNot(accredited);
                }
            });
            updatedSince.ifPresent(since -> matching.and(updatedMicros.atLeast(micros(since))));
            return matching.getLongCardinality();
        }

        private static <K> RoaringBitmap anyOf(Map<K, RoaringBitmap> index, Collection<K> keys) {
            return RoaringBitmap.or(keys.stream().map(index::get).filter(bitmap -> bitmap != null).iterator());
        }
    }
}
