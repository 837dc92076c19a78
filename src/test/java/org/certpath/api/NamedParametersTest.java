package org.certpath.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Named parameters of our queries made positional for JDBC, as Hibernate would bind them. */
class NamedParametersTest {

    @Test
    void shouldReplaceEachNameByAPlaceholderInTheOrderTheyAppear() {
        NamedParameters.Positional query = NamedParameters.positional(
                "select * from program p where p.cost <= :maxCost and r.code = :state and p.cost >= :maxCost",
                Map.of("maxCost", new BigDecimal("5000"), "state", "NJ"));
        assertEquals("select * from program p where p.cost <= ? and r.code = ? and p.cost >= ?", query.sql());
        assertEquals(List.of(new BigDecimal("5000"), "NJ", new BigDecimal("5000")), query.values());
    }

    @Test
    void shouldExpandAListIntoOnePlaceholderPerValue() {
        NamedParameters.Positional query = NamedParameters.positional("r.code in (:states) and p.id > :kid",
                Map.of("states", List.of("NJ", "NY", "PA"), "kid", 7L));
        assertEquals("r.code in (?, ?, ?) and p.id > ?", query.sql());
        assertEquals(List.of("NJ", "NY", "PA", 7L), query.values());
    }

    @Test
    void shouldLeaveCastsAndQuotedColonsAlone() {
        NamedParameters.Positional query = NamedParameters.positional(
                "select c.code || ':' || coalesce(pc.reason, '') , x::text, 'a :b' from t where y = :y",
                Map.of("y", 1));
        assertEquals("select c.code || ':' || coalesce(pc.reason, '') , x::text, 'a :b' from t where y = ?", query.sql());
        assertEquals(List.of(1), query.values());
    }

    @Test
    void shouldRefuseANameWithoutAValueAndAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.positional("a = :missing", Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> NamedParameters.positional("a in (:none)", Map.of("none", List.of())));
        assertThrows(IllegalArgumentException.class, () -> NamedParameters.positional("a = 'open", Map.of()));
    }

    @Test
    void shouldBindEveryValueOnceInTextOrderForRandomQueries() {
        Random random = new Random(20261130);
        for (int run = 0; run < 300; run++) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            StringBuilder named = new StringBuilder("select 1 from t where true");
            StringBuilder expected = new StringBuilder(named);
            List<Object> expectedValues = new java.util.ArrayList<>();
            for (int clause = 0; clause < random.nextInt(8); clause++) {
                String name = "p" + random.nextInt(4);
                if (random.nextBoolean()) {
                    int size = 1 + random.nextInt(4);
                    List<Integer> values = random.ints(size, 0, 100).boxed().toList();
                    Object earlier = parameters.putIfAbsent(name, values);
                    List<?> bound = earlier instanceof List<?> list ? list : null;
                    if (earlier != null && bound == null) {
                        continue;
                    }
                    List<?> used = bound == null ? values : bound;
                    named.append(" and a in (:").append(name).append(")");
                    expected.append(" and a in (").append(String.join(", ", java.util.Collections.nCopies(used.size(), "?"))).append(")");
                    expectedValues.addAll(used);
                } else {
                    Object value = random.nextInt(100);
                    Object earlier = parameters.putIfAbsent(name, value);
                    if (earlier instanceof List<?>) {
                        continue;
                    }
                    named.append(" and b = :").append(name).append("::int");
                    expected.append(" and b = ?::int");
                    expectedValues.add(earlier == null ? value : earlier);
                }
            }
            NamedParameters.Positional query = NamedParameters.positional(named.toString(), parameters);
            assertEquals(expected.toString(), query.sql());
            assertEquals(expectedValues, query.values());
        }
    }
}
