package org.certpath.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validated codes written into a statement as literals, and nothing else. */
class FilterTest {

    @Test
    void shouldWriteValidatedCodesAsQuotedLiteralsWithNoParameter() {
        Filter filter = new Filter().whereAmong("p.delivery_mode", List.of("online", "in_person"))
                .whereAmong("o.soc_code", List.of("29-2072")).whereAmong("p.cip_code", List.of("51.0707"));
        assertEquals(" where p.delivery_mode in ('online', 'in_person') and o.soc_code in ('29-2072')"
                + " and p.cip_code in ('51.0707')", filter.whereClause());
        assertTrue(filter.parameters().isEmpty());
    }

    @Test
    void shouldRefuseAnyTextThatIsNotACode() {
        for (String text : List.of("NJ') or ('1'='1", "a b", "x\\", "", "semi;colon", "o'brien", "a".repeat(33))) {
            assertThrows(IllegalArgumentException.class, () -> Filter.codes(List.of("NJ", text)), text);
        }
    }
}
