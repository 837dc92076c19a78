package org.certpath.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CursorTest {

    private record Item(long id, String name, BigDecimal cost, OffsetDateTime updatedAt) {
    }

    private static final Sorting<Item> SORTING = Sorting.<Item>byId("i.id", Item::id)
            .field("name", "i.name", String.class, Item::name)
            .field("cost", "i.cost", BigDecimal.class, Item::cost)
            .field("updatedAt", "i.updated_at", OffsetDateTime.class, Item::updatedAt)
            .defaultSort("name");

    private static List<Sorting.Order<Item>> orders(String... names) {
        return Arrays.stream(names).map(name -> name.startsWith("-")
                ? new Sorting.Order<>(SORTING.get(name.substring(1)), true)
                : new Sorting.Order<>(SORTING.get(name), false)).toList();
    }

    @Test
    void shouldReadBackWhatItEncodesWithTheValuesTyped() {
        OffsetDateTime time = OffsetDateTime.parse("2026-01-31T10:15:30.123456Z");
        Cursor cursor = new Cursor("-cost,updatedAt", Arrays.asList(new BigDecimal("1499.99"), time), 42);
        Optional<Cursor> decoded = Cursor.decode(cursor.encode(), "-cost,updatedAt", orders("-cost", "updatedAt"));
        assertEquals(Optional.of(cursor), decoded);
    }

    @Test
    void shouldKeepAnUnknownValue() {
        Cursor cursor = new Cursor("cost", Arrays.asList((Object) null), 7);
        assertEquals(Optional.of(cursor), Cursor.decode(cursor.encode(), "cost", orders("cost")));
    }

    @Test
    void shouldReadBackThePositionOfAnOrderKeptInMemory() {
        Cursor cursor = new Cursor("name", List.of("Acme"), 3, Optional.of(new Cursor.Position(81, 20_479)));
        assertEquals(Optional.of(cursor), Cursor.decode(cursor.encode(), "name", orders("name")));
        assertEquals(Optional.of(new Cursor("name", List.of("Acme"), 3)),
                Cursor.decode(new Cursor("name", List.of("Acme"), 3).encode(), "name", orders("name")));
    }

    @Test
    void shouldRefuseAForgedPosition() {
        for (String position : List.of("81", "81:", ":5", "81:-5", "-1:5", "81:5:6", "81:99999999999", "x:y", "")) {
            String forged = base64("[\"name\",\"Acme\",\"3\",\"" + position + "\"]");
            assertTrue(Cursor.decode(forged, "name", orders("name")).isEmpty(), position);
        }
    }

    @Test
    void shouldRefuseACursorMadeForAnotherSort() {
        String encoded = new Cursor("name", List.of("Acme"), 3).encode();
        assertTrue(Cursor.decode(encoded, "cost", orders("cost")).isEmpty());
        assertTrue(Cursor.decode(encoded, "-name", orders("-name")).isEmpty());
    }

    @Test
    void shouldRefuseTamperedOrMalformedCursors() {
        String encoded = new Cursor("cost", List.of(new BigDecimal("10")), 3).encode();
        for (String forged : List.of(encoded.substring(1), "not-a-cursor", "", "%%%",
                base64("[\"cost\",\"ten\",\"3\"]"), base64("[\"cost\",\"10\",\"three\"]"),
                base64("[\"cost\",\"10\"]"), base64("[\"cost\",\"10\",\"3\",\"4\"]"),
                base64("{\"sort\":\"cost\"}"))) {
            assertTrue(Cursor.decode(forged, "cost", orders("cost")).isEmpty(), forged);
        }
        assertTrue(Cursor.decode(base64("[\"updatedAt\",\"yesterday\",\"3\"]"), "updatedAt", orders("updatedAt"))
                .isEmpty());
    }

    @Test
    void shouldRefuseValuesBeyondWhatTheDataCanHold() {
        for (String huge : List.of("1e64000000", "9".repeat(25), "1E+5", "NaN", "0x10")) {
            String forged = base64("[\"cost\",\"" + huge + "\",\"3\"]");
            assertTrue(Cursor.decode(forged, "cost", orders("cost")).isEmpty(), huge);
        }
        for (String time : List.of("+10000-01-01T00:00:00Z", "0000-12-31T00:00:00Z", "-0001-01-01T00:00:00Z")) {
            String forged = base64("[\"updatedAt\",\"" + time + "\",\"3\"]");
            assertTrue(Cursor.decode(forged, "updatedAt", orders("updatedAt")).isEmpty(), time);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
