package org.certpath.api.parameters;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a query parameter's raw text is read: trimmed; repeatable ones also split on commas. */
public final class Values {

    /** Longer than any value a parameter takes: refused before any parsing work is done on it. */
    public static final int MAX_LENGTH = 200;
    /** A keyword search: any text up to {@link #MAX_LENGTH} characters. */
    public static final String KEYWORD = ".{1,200}";
    public static final String KEYWORD_EXPECTED = "a keyword of at most 200 characters";

    private Values() {
    }

    /** {@code state=NJ&state=NY} and {@code state=NJ,NY} alike, without blanks or repeats. */
    public static List<String> items(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(item -> !item.isEmpty()).distinct().toList();
    }

    /** The codes of an enumeration's constants: their names in lower case, in declaration order. */
    public static List<String> codes(Class<? extends Enum<?>> enumeration) {
        return Arrays.stream(enumeration.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** A validated {@link Amount}. */
    public static Optional<BigDecimal> amount(String value) {
        return Optional.ofNullable(value).map(text -> parseAmount(text.trim()));
    }

    /** A validated {@link WholeNumber}. */
    public static Optional<Integer> integer(String value) {
        return Optional.ofNullable(value).map(text -> Integer.valueOf(text.trim()));
    }

    /** A validated {@link Bool}. */
    public static Optional<Boolean> bool(String value) {
        return Optional.ofNullable(value).map(text -> Boolean.valueOf(text.trim()));
    }

    /** A validated {@link Timestamp}. */
    public static Optional<OffsetDateTime> time(String value) {
        return Optional.ofNullable(value).map(Values::parseTime);
    }

    /** Validated text, trimmed. */
    public static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim);
    }

    /** The values of a validated list, lower-cased, as codes and enumerations are kept. */
    public static List<String> lower(List<String> raw) {
        return items(raw).stream().map(item -> item.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The values of a validated list, upper-cased, as state and region codes are kept. */
    public static List<String> upper(List<String> raw) {
        return items(raw).stream().map(item -> item.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    /** The values of a single or repeatable parameter; null when it was not given. */
    static List<String> given(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> raw) {
            return raw.isEmpty() ? null : items(raw.stream().map(String::valueOf).toList());
        }
        String text = value.toString().trim();
        return text.isEmpty() ? List.of() : List.of(text);
    }

    static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "'" + shown + "'";
    }

    /** The amount written in plain decimal digits, or null: no exponent, nothing longer than any valid amount. */
    static BigDecimal parseAmount(String text) {
        if (text.length() > Amount.MAX_DIGITS + 2 || !text.matches("[-+]?\\d*(\\.\\d*)?") || !text.matches(".*\\d.*")) {
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        return amount.scale() > 2 ? amount.stripTrailingZeros() : amount;
    }

    /**
     * The time, rounded up to the whole microsecond that PostgreSQL keeps, so that a comparison with a
     * stored time answers the same in SQL as in memory; null when it is not a valid date-time.
     */
    static OffsetDateTime parseTime(String value) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
        // RFC 3339 years have four digits, and PostgreSQL would refuse most of the others.
        if (time.getYear() < 1 || time.getYear() > 9999) {
            return null;
        }
        OffsetDateTime whole = time.truncatedTo(ChronoUnit.MICROS);
        return whole.equals(time) ? time : whole.plus(1, ChronoUnit.MICROS);
    }
}
