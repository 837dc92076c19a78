package org.certpath.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keyset paging: the SQL it writes after a cursor, and the same order and pages computed in memory. */
class ListingTest {

    private record Item(long id, String name, BigDecimal cost) {
    }

    private static final Sorting<Item> SORTING = Sorting.<Item>byId("i.id", Item::id)
            .field("name", "i.name", String.class, Item::name)
            .field("cost", "i.cost", BigDecimal.class, Item::cost)
            .notNull("name")
            .defaultSort("name");

    private static Sorting.Order<Item> order(String name, boolean descending) {
        return new Sorting.Order<>(SORTING.get(name), descending);
    }

    @Test
    void shouldUseOneRowComparisonForAscendingKeysThatAreNeverNull() {
        Filter filter = new Filter();
        Listing.keyset(filter, List.of(order("name", false)), new Cursor("name", List.of("Acme"), 7), SORTING);
        assertEquals(" where (i.name, i.id) > (:k0, :kid)", filter.whereClause());
        assertEquals(Map.of("k0", "Acme", "kid", 7L), filter.parameters());
    }

    @Test
    void shouldPutUnknownValuesLastInEitherDirection() {
        Filter descending = new Filter();
        Listing.keyset(descending, List.of(order("cost", true)), new Cursor("-cost", List.of(new BigDecimal("10")), 7),
                SORTING);
        assertEquals(" where (((i.cost < :k0 or i.cost is null)) or (i.cost = :k0 and i.id > :kid))",
                descending.whereClause());

        Filter afterUnknown = new Filter();
        Listing.keyset(afterUnknown, List.of(order("cost", false)), new Cursor("cost", java.util.Arrays.asList((Object) null), 7),
                SORTING);
        assertEquals(" where ((i.cost is null and i.id > :kid))", afterUnknown.whereClause());
        assertEquals(Map.of("kid", 7L), afterUnknown.parameters());
    }

    @Test
    void shouldPageInMemoryInTheOrderOfSqlWithoutSkippingOrRepeating() {
        Random random = new Random(20261130);
        for (int round = 0; round < 200; round++) {
            List<Item> items = new ArrayList<>();
            int size = random.nextInt(40);
            for (long id = 1; id <= size; id++) {
                items.add(new Item(id, "n" + random.nextInt(5),
                        random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(6))));
            }
            boolean descending = random.nextBoolean();
            List<Sorting.Order<Item>> sort = List.of(order("cost", descending), order("name", false));
            String token = (descending ? "-" : "") + "cost,name";
            int limit = 1 + random.nextInt(7);

            List<Item> served = new ArrayList<>();
            Optional<Cursor> after = Optional.empty();
            do {
                ListParams<Item> params = new ListParams<>(limit, sort, token, after, Set.of(), Optional.empty());
                Listing.Slice<Item> slice = Listing.page(items.stream(), params, SORTING);
                assertEquals(size, slice.total());
                served.addAll(slice.items());
                after = slice.next();
            } while (after.isPresent());

            Comparator<BigDecimal> byCost = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            List<Item> expected = items.stream().sorted(Comparator.comparing(Item::cost, Comparator.nullsLast(byCost))
                    .thenComparing(Item::name).thenComparingLong(Item::id)).toList();
            assertEquals(expected, served, "round " + round);
        }
    }

    @Test
    void shouldReadTheSortValuesOfTheLastItemIntoTheNextCursor() {
        List<Item> items = List.of(new Item(1, "a", BigDecimal.ONE), new Item(2, "b", null), new Item(3, "c", BigDecimal.TEN));
        ListParams<Item> params = new ListParams<>(2, List.of(order("cost", false)), "cost", Optional.empty(), Set.of(),
                Optional.empty());
        Listing.Slice<Item> slice = Listing.page(items.stream(), params, SORTING);
        assertEquals(List.of(1L, 3L), slice.items().stream().map(Item::id).toList());
        assertEquals(Optional.of(new Cursor("cost", List.of(BigDecimal.TEN), 3)), slice.next());
        Function<Item, Long> id = Item::id;
        assertEquals(List.of(2L), Listing.page(items.stream(), new ListParams<>(2, params.sort(), "cost", slice.next(),
                Set.of(), Optional.empty()), SORTING).items().stream().map(id).toList());
    }
}
