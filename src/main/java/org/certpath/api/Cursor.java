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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opaque keyset position: the sort it was made for, the sort values of the last item served
 * and its id. Paging from it costs the same at any depth and skips or repeats nothing when rows
 * are inserted meanwhile. A list that keeps its order in memory adds where that item stood in it
 * ({@link Position}); the values and id alone still say where the next page starts.
 */
public record Cursor(String sort, List<Object> values, long id, Optional<Position> position) {

    /** Where the last item served stood in a list's order as of one data version: its rank, counted from 0. */
    public record Position(long dataVersion, int rank) {

        private static final Pattern TEXT = Pattern.compile("(\\d{1,18}):(\\d{1,9})");

        String encode() {
            return dataVersion + ":" + rank;
        }

        static Position decode(String text) {
            Matcher parts = TEXT.matcher(text);
            if (!parts.matches()) {
                throw new IllegalArgumentException("Not a position");
            }
            return new Position(Long.parseLong(parts.group(1)), Integer.parseInt(parts.group(2)));
        }
    }

    public Cursor(String sort, List<Object> values, long id) {
        this(sort, values, id, Optional.empty());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any sort value the data holds (a cost to the cent): longer ones are forged. */
    private static final int MAX_DECIMAL_LENGTH = 24;
    private static final int MAX_YEAR = 9999;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    public String encode() {
        List<String> parts = new ArrayList<>();
        parts.add(sort);
        values.forEach(value -> parts.add(value == null ? null : value.toString()));
        parts.add(Long.toString(id));
        position.ifPresent(at -> parts.add(at.encode()));
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
            int keyed = orders.size() + 2;
            if (parts.size() != keyed && parts.size() != keyed + 1 || !sort.equals(parts.get(0))) {
                return Optional.empty();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                values.add(parse(parts.get(i + 1), orders.get(i).field().type()));
            }
            Optional<Position> position = parts.size() > keyed ? Optional.of(Position.decode(parts.get(keyed)))
                    : Optional.empty();
            return Optional.of(new Cursor(sort, values, Long.parseLong(parts.get(keyed - 1)), position));
        } catch (RuntimeException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Object parse(String value, Class<?> type) {
        if (value == null) {
            return null;
        }
        if (type == BigDecimal.class) {
            // Read as an amount is, bounded, so that a forged value costs nothing to parse or bind.
            if (value.length() > MAX_DECIMAL_LENGTH || !value.matches("-?\\d+(\\.\\d+)?")) {
                throw new IllegalArgumentException("Not a plain decimal of at most " + MAX_DECIMAL_LENGTH + " characters");
            }
            return new BigDecimal(value);
        }
        if (type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == OffsetDateTime.class) {
            OffsetDateTime time = OffsetDateTime.parse(value);
            // PostgreSQL refuses most years outside 1 to 9999: a forged one must be a 400, not a 500.
            if (time.getYear() < 1 || time.getYear() > MAX_YEAR) {
                throw new IllegalArgumentException("Year out of range");
            }
            return time;
        }
        return value;
    }
}
