package org.certpath.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An opaque keyset position: the sort it was made for, the sort values of the last item served
 * and its id. Paging from it costs the same at any depth and skips or repeats nothing when rows
 * are inserted meanwhile.
 */
public record Cursor(String sort, List<Object> values, long id) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    public String encode() {
        List<String> parts = new ArrayList<>();
        parts.add(sort);
        values.forEach(value -> parts.add(value == null ? null : value.toString()));
        parts.add(Long.toString(id));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(parts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a cursor made for this sort; empty when it is malformed or was made for another sort. */
    public static <T> Optional<Cursor> decode(String encoded, String sort, List<Sorting.Order<T>> orders) {
        try {
            List<String> parts = JSON.readValue(Base64.getUrlDecoder().decode(encoded), STRINGS);
            if (parts.size() != orders.size() + 2 || !sort.equals(parts.get(0))) {
                return Optional.empty();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                values.add(parse(parts.get(i + 1), orders.get(i).field().type()));
            }
            return Optional.of(new Cursor(sort, values, Long.parseLong(parts.get(parts.size() - 1))));
        } catch (RuntimeException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Object parse(String value, Class<?> type) {
        if (value == null) {
            return null;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(value);
        }
        if (type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(value);
        }
        return value;
    }
}
