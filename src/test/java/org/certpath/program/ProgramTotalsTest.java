package org.certpath.program;

import org.certpath.api.Cursor;
import org.certpath.api.Filter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The totals the facets give, against a count of generated programs that states what each filter
 * means; and, filter by filter, the SQL and the bitmap apply to the same criteria.
 */
class ProgramTotalsTest {

    private static final List<String> STATES = List.of("NJ", "NY", "TX", "CA");
    private static final List<String> MODES = List.of("online", "in_person", "hybrid");
    private static final List<String> AWARDS = List.of("certificate", "diploma", "associate", "bachelor", "non_credit");
    private static final List<String> CIP_CODES = List.of("51.0706", "51.0707", "51.0713");
    private static final List<Long> CREDENTIALS = List.of(1L, 2L, 3L, 4L);
    private static final List<ProgramFilter.Column> COLUMNS = Arrays.stream(ProgramFilter.Column.values())
            .filter(facet -> facet.kind != ProgramFilter.Column.Kind.LINKED).toList();
    private static final long EPOCH_MICROS = 1_700_000_000_000_000L;
    private static final long VERSION = 12;

    private record Row(long id, String state, String mode, String award, Long months, Long cents, Boolean accredited,
                       long updatedMicros, Set<Long> credentials, List<String> restrictedTo, String cip,
                       Boolean examFeeIncluded) {
    }

    @Test
    void shouldCountWhatABruteForceCountOfTheRowsCounts() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            List<Row> rows = rows(random, random.nextInt(300));
            ProgramFacets.Indexes indexes = index(rows);
            for (int query = 0; query < 100; query++) {
                ProgramCriteria criteria = criteria(random, false);
                long expected = rows.stream().filter(row -> matches(row, criteria)).count();
                assertEquals(OptionalLong.of(expected), indexes.count(criteria), "round " + round + ": " + criteria);
            }
        }
    }

    @Test
    void shouldReadTheKeptValuesOfEveryProgramTheFiltersKeepInTheDefaultOrder() {
        queryShuffledOrders(13, 20, (random, order, indexes, criteria, label) -> {
            List<List<Object>> expected = order.stream().filter(row -> matches(row, criteria))
                    .map(row -> Arrays.<Object>asList(row.id(), row.months(), row.cents(), row.examFeeIncluded()))
                    .toList();
            List<List<Object>> read = indexes.read(criteria, program -> Arrays.<Object>asList(program.id(),
                    program.value(ProgramFilter.Column.MONTHS), program.value(ProgramFilter.Column.COST_CENTS),
                    program.flag(ProgramFilter.Column.EXAM_FEE_INCLUDED))).orElseThrow().toList();
            assertEquals(expected, read, label);
        });
    }

    @Test
    void shouldReadOnlyTheValuesItKeeps() {
        ProgramFacets.Indexes indexes = index(rows(new Random(3), 5));
        assertThrows(IllegalStateException.class, () -> indexes.read(criteria(Optional.empty()),
                program -> program.value(ProgramFilter.Column.UPDATED_MICROS)).orElseThrow().toList());
    }

    @Test
    void shouldKeepValuesWhoseRangeIsWiderThanAnInt() {
        List<Row> rows = rows(new Random(4), 3);
        List<Row> wide = List.of(withCents(rows.get(0), 0L), withCents(rows.get(1), 5_000_000_000L),
                withCents(rows.get(2), null));
        List<Long> read = index(wide).read(criteria(Optional.empty()),
                program -> program.value(ProgramFilter.Column.COST_CENTS)).orElseThrow().toList();
        assertEquals(Arrays.asList(0L, 5_000_000_000L, null), read);
    }

    private static Row withCents(Row row, Long cents) {
        return new Row(row.id(), row.state(), row.mode(), row.award(), row.months(), cents, row.accredited(),
                row.updatedMicros(), row.credentials(), row.restrictedTo(), row.cip(), row.examFeeIncluded());
    }

    @Test
    void shouldLeaveTheTotalPageAndExportOfAKeywordSearchToSql() {
        ProgramFacets.Indexes indexes = index(rows(new Random(1), 10));
        ProgramCriteria keyword = new ProgramCriteria(Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("coding"), Optional.empty(), List.of());
        assertEquals(OptionalLong.empty(), indexes.count(keyword));
        assertTrue(indexes.page(keyword, VERSION, Optional.empty(), 21).isEmpty());
        assertTrue(indexes.inDefaultOrder(keyword).isEmpty());
        assertTrue(indexes.read(keyword, ProgramFacets.Kept::id).isEmpty());
    }

    @Test
    void shouldApplyEveryFilterInSqlExactlyWhenItAppliesInTheBitmaps() {
        Random random = new Random(11);
        ProgramFacets.Indexes indexes = index(rows(random, 50));
        Set<ProgramFilter> seenApplying = new java.util.HashSet<>();
        for (int query = 0; query < 500; query++) {
            ProgramCriteria criteria = criteria(random, true);
            for (ProgramFilter filter : ProgramFilter.values()) {
                Filter sql = new Filter();
                filter.where(criteria, sql);
                boolean inSql = !sql.whereClause().isEmpty();
                assertEquals(inSql, filter.matching(criteria, indexes).isPresent(), filter + " for " + criteria);
                if (inSql) {
                    seenApplying.add(filter);
                }
            }
        }
        assertEquals(Set.of(ProgramFilter.values()), seenApplying, "every filter was tried");
    }

    private static List<Row> rows(Random random, int count) {
        List<Row> rows = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            rows.add(new Row(id * 3, maybe(random, STATES), maybe(random, MODES), maybe(random, AWARDS),
                    random.nextInt(5) == 0 ? null : (long) random.nextInt(37),
                    random.nextInt(5) == 0 ? null : (long) random.nextInt(4_000_000),
                    random.nextInt(4) == 0 ? null : random.nextBoolean(),
                    EPOCH_MICROS + random.nextInt(1_000_000) * 1_000_000L,
                    CREDENTIALS.stream().filter(c -> random.nextInt(3) == 0).collect(Collectors.toSet()),
                    random.nextInt(3) == 0 ? some(random, STATES) : null, maybe(random, CIP_CODES),
                    random.nextInt(4) == 0 ? null : random.nextBoolean()));
        }
        return rows;
    }

    @Test
    void shouldPageTheDefaultOrderAsAFilterOfThatOrderWouldPageIt() {
        queryShuffledOrders(5, 40, (random, order, indexes, criteria, label) -> {
            List<Long> expected = order.stream().filter(row -> matches(row, criteria)).map(Row::id).toList();
            int size = 1 + random.nextInt(10);
            List<Long> paged = new ArrayList<>();
            Optional<Cursor> after = Optional.empty();
            while (true) {
                ProgramFacets.OrderedPage page = indexes.page(criteria, VERSION, after, size + 1).orElseThrow();
                assertEquals(expected.size(), page.total(), criteria.toString());
                Arrays.stream(page.ids()).limit(size).forEach(paged::add);
                if (page.ids().length <= size) {
                    break;
                }
                after = Optional.of(cursor(page.ids()[size - 1], VERSION, page.ranks()[size - 1]));
            }
            assertEquals(expected, paged, label);
            ProgramFacets.Matching matching = indexes.inDefaultOrder(criteria).orElseThrow();
            List<Long> exported = new ArrayList<>();
            matching.ids().forEachRemaining((long id) -> exported.add(id));
            assertEquals(expected, exported, "export, " + label);
            assertEquals(expected.size(), matching.total());
        });
    }

    /** A check of the facets of random programs in a shuffled default order, against one query of random criteria. */
    private interface OrderQuery {
        void check(Random random, List<Row> order, ProgramFacets.Indexes indexes, ProgramCriteria criteria,
                   String label);
    }

    /** {@code rounds} sets of up to 300 random programs, each in a shuffled default order and queried 50 times. */
    private static void queryShuffledOrders(long seed, int rounds, OrderQuery each) {
        Random random = new Random(seed);
        for (int round = 0; round < rounds; round++) {
            List<Row> rows = rows(random, random.nextInt(300));
            List<Row> order = new ArrayList<>(rows);
            Collections.shuffle(order, random);
            ProgramFacets.Indexes indexes = index(rows, order);
            for (int query = 0; query < 50; query++) {
                ProgramCriteria criteria = criteria(random, false);
                each.check(random, order, indexes, criteria, "round " + round + ": " + criteria);
            }
        }
    }

    @Test
    void shouldLeaveToSqlACursorOfOtherDataOrOneWhoseProgramMoved() {
        List<Row> rows = rows(new Random(3), 30);
        ProgramFacets.Indexes indexes = index(rows, rows);
        ProgramCriteria all = criteria(Optional.empty());
        ProgramFacets.OrderedPage first = indexes.page(all, VERSION, Optional.empty(), 5).orElseThrow();
        long id = first.ids()[4];
        int rank = first.ranks()[4];
        assertEquals(List.of(rows.get(5).id()), Arrays.stream(indexes.page(all, VERSION,
                Optional.of(cursor(id, VERSION, rank)), 1).orElseThrow().ids()).boxed().toList());
        assertTrue(indexes.page(all, VERSION, Optional.of(cursor(id, VERSION + 1, rank)), 1).isEmpty());
        assertTrue(indexes.page(all, VERSION, Optional.of(cursor(id, VERSION, rank + 1)), 1).isEmpty());
        assertTrue(indexes.page(all, VERSION, Optional.of(cursor(id, VERSION, rows.size())), 1).isEmpty());
        assertTrue(indexes.page(all, VERSION, Optional.of(new Cursor("institution", List.of("x"), id)), 1).isEmpty());
    }

    @Test
    void shouldSayWhereEachProgramStandsInTheDefaultOrder() {
        List<Row> rows = rows(new Random(4), 200);
        List<Row> order = new ArrayList<>(rows);
        Collections.shuffle(order, new Random(8));
        ProgramFacets.Indexes indexes = index(rows, order);
        for (int rank = 0; rank < order.size(); rank++) {
            assertEquals(OptionalInt.of(rank), indexes.rankOf(order.get(rank).id()));
        }
        assertEquals(OptionalInt.empty(), indexes.rankOf(1));
    }

    @Test
    void shouldWalkToTheFewProgramsOneFilterKeepsButLeaveASparseIntersectionToSql() {
        List<Row> rows = new ArrayList<>();
        for (Row row : rows(new Random(9), 6_000)) {
            boolean even = rows.size() % 2 == 0;
            // Half the programs online, the other half in NJ, and one online program in NJ.
            rows.add(new Row(row.id(), even && rows.size() != 1_234 ? "NY" : "NJ", even ? "online" : "in_person",
                    row.award(), row.months(), row.cents(), row.accredited(), row.updatedMicros(),
                    rows.size() == 4_321 ? Set.of(99L) : Set.of(), List.of(), row.cip(), row.examFeeIncluded()));
        }
        ProgramFacets.Indexes indexes = index(rows, rows);
        ProgramFacets.OrderedPage one = indexes.page(criteria(Optional.of(List.of(99L))), VERSION, Optional.empty(), 21)
                .orElseThrow();
        assertEquals(List.of(rows.get(4_321).id()), Arrays.stream(one.ids()).boxed().toList());
        assertEquals(1, one.total());
        ProgramCriteria onlineInNewJersey = new ProgramCriteria(Optional.empty(), List.of("NJ"), List.of(),
                List.of("online"), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        assertEquals(OptionalLong.of(1), indexes.count(onlineInNewJersey));
        assertTrue(indexes.page(onlineInNewJersey, VERSION, Optional.empty(), 21).isEmpty());
        ProgramFacets.OrderedPage none = indexes.page(criteria(Optional.of(List.of(98L))), VERSION, Optional.empty(), 21)
                .orElseThrow();
        assertEquals(0, none.total());
        assertEquals(0, none.ids().length);
    }

    @Test
    void shouldRefuseIdsTooFarApartToKeepAsOffsetsAndAProgramGivenTwice() {
        Object[] unknown = new Object[COLUMNS.size()];
        ProgramFacets.Builder farApart = new ProgramFacets.Builder();
        farApart.program(5, COLUMNS, unknown);
        farApart.program(5 + (long) Integer.MAX_VALUE + 1, COLUMNS, unknown);
        assertThrows(IllegalStateException.class, farApart::build);
        ProgramFacets.Builder twice = new ProgramFacets.Builder();
        twice.program(5, COLUMNS, unknown);
        twice.program(6, COLUMNS, unknown);
        twice.program(5, COLUMNS, unknown);
        assertThrows(IllegalStateException.class, twice::build);
        ProgramFacets.Builder justFarEnough = new ProgramFacets.Builder();
        justFarEnough.program(5 + (long) Integer.MAX_VALUE, COLUMNS, unknown);
        justFarEnough.program(5, COLUMNS, unknown);
        ProgramFacets.Indexes indexes = justFarEnough.build();
        assertEquals(OptionalInt.of(0), indexes.rankOf(5 + (long) Integer.MAX_VALUE));
        assertEquals(OptionalInt.of(1), indexes.rankOf(5));
    }

    private static ProgramCriteria criteria(Optional<List<Long>> certificationIds) {
        return new ProgramCriteria(certificationIds, List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private static Cursor cursor(long id, long version, int rank) {
        return new Cursor("institution", List.of("x"), id, Optional.of(new Cursor.Position(version, rank)));
    }

    private static ProgramFacets.Indexes index(List<Row> rows) {
        return index(rows, rows);
    }

    /** The facets of {@code rows}, whose default order is {@code order}. */
    private static ProgramFacets.Indexes index(List<Row> rows, List<Row> order) {
        ProgramFacets.Builder builder = new ProgramFacets.Builder();
        for (Row row : order) {
            Object[] values = COLUMNS.stream().map(facet -> switch (facet) {
                case STATE -> row.state();
                case MODE -> row.mode();
                case AWARD -> row.award();
                case CIP -> row.cip();
                case MONTHS -> row.months();
                case COST_CENTS -> row.cents();
                case ACCREDITED -> row.accredited();
                case UPDATED_MICROS -> (Object) row.updatedMicros();
                case EXAM_FEE_INCLUDED -> row.examFeeIncluded();
                case CERTIFICATION, SERVING_STATE -> throw new IllegalStateException();
            }).toArray();
            builder.program(row.id(), COLUMNS, values);
        }
        rows.forEach(row -> row.credentials().forEach(credential ->
                builder.link(ProgramFilter.Column.CERTIFICATION, row.id(), credential)));
        // As the column's SQL pairs them: the own state, then an online program's restriction or "every state".
        for (Row row : rows) {
            if (row.state() != null) {
                builder.link(ProgramFilter.Column.SERVING_STATE, row.id(), row.state());
            }
            if ("online".equals(row.mode())) {
                if (row.restrictedTo() == null) {
                    builder.link(ProgramFilter.Column.SERVING_STATE, row.id(), ProgramFilter.ONLINE_TO_ALL);
                } else {
                    row.restrictedTo().forEach(state ->
                            builder.link(ProgramFilter.Column.SERVING_STATE, row.id(), ProgramFilter.ONLINE_TO + state));
                }
            }
        }
        return builder.build();
    }

    /** What each filter means, written out plainly. */
    private static boolean matches(Row row, ProgramCriteria c) {
        return c.certificationIds().map(ids -> ids.stream().anyMatch(row.credentials()::contains)).orElse(true)
                && (c.states().isEmpty() || row.state() != null && c.states().contains(row.state()))
                && (c.servingStates().isEmpty() || row.state() != null && c.servingStates().contains(row.state())
                        || "online".equals(row.mode()) && (row.restrictedTo() == null
                        || row.restrictedTo().stream().anyMatch(c.servingStates()::contains)))
                && (c.modes().isEmpty() || row.mode() != null && c.modes().contains(row.mode()))
                && (c.awards().isEmpty() || row.award() != null && c.awards().contains(row.award()))
                && (c.cipCodes().isEmpty() || row.cip() != null && c.cipCodes().contains(row.cip()))
                && c.minMonths().map(min -> row.months() != null && row.months() >= min).orElse(true)
                && c.maxMonths().map(max -> row.months() != null && row.months() <= max).orElse(true)
                && c.maxCost().map(max -> row.cents() != null
                        && BigDecimal.valueOf(row.cents()).compareTo(max.movePointRight(2)) <= 0).orElse(true)
                && c.accredited().map(wanted -> wanted.equals(row.accredited())).orElse(true)
                && c.updatedSince().map(since -> row.updatedMicros() >= ProgramFilter.micros(since)).orElse(true);
    }

    private static ProgramCriteria criteria(Random random, boolean withKeyword) {
        return new ProgramCriteria(
                random.nextInt(3) == 0 ? Optional.of(some(random, CREDENTIALS)) : Optional.empty(),
                random.nextInt(3) == 0 ? some(random, STATES) : List.of(),
                random.nextInt(3) == 0 ? some(random, STATES) : List.of(),
                random.nextInt(3) == 0 ? some(random, MODES) : List.of(),
                random.nextInt(3) == 0 ? some(random, AWARDS) : List.of(),
                optional(random, r -> r.nextInt(40)), optional(random, r -> r.nextInt(40)),
                optional(random, r -> BigDecimal.valueOf(r.nextInt(4_100_000), 2)),
                optional(random, Random::nextBoolean),
                withKeyword ? optional(random, r -> "word") : Optional.empty(),
                optional(random, r -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(
                        EPOCH_MICROS / 1_000_000 + r.nextInt(1_000_000), r.nextInt(1000) * 1000), ZoneOffset.UTC)),
                random.nextInt(3) == 0 ? some(random, CIP_CODES) : List.of());
    }

    private static <T> List<T> some(Random random, List<T> values) {
        List<T> chosen = values.stream().filter(value -> random.nextBoolean()).toList();
        return chosen.isEmpty() ? List.of(values.get(random.nextInt(values.size()))) : chosen;
    }

    private static <T> Optional<T> optional(Random random, Function<Random, T> value) {
        return random.nextInt(3) == 0 ? Optional.of(value.apply(random)) : Optional.empty();
    }

    private static <T> T maybe(Random random, List<T> values) {
        return random.nextInt(6) == 0 ? null : values.get(random.nextInt(values.size()));
    }
}
