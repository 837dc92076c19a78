package org.certpath.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads query parameters by hand so that every problem is collected and reported at once: JAX-RS
 * conversion would stop at the first bad value and answer 404 for it. Repeatable parameters accept
 * both {@code state=NJ&state=NY} and {@code state=NJ,NY}.
 */
public final class QueryParameters {

    private final MultivaluedMap<String, String> values;
    private final List<Problems.InvalidParam> problems = new ArrayList<>();

    public QueryParameters(MultivaluedMap<String, String> values, Collection<String> allowed) {
        this.values = values;
        String hint = allowed.isEmpty() ? "This endpoint takes no query parameters."
                : "Unknown parameter. Allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ".";
        values.keySet().stream().filter(name -> !allowed.contains(name)).sorted().forEach(name -> invalid(name, hint));
    }

    /**
     * The parameters of a list that may be nested under one item, such as an occupation's salaries:
     * nested, it does not take the filter its path already fixes.
     */
    public static QueryParameters forList(UriInfo uri, List<String> allowed, String filterFixedByPath, boolean nested) {
        return new QueryParameters(uri.getQueryParameters(), nested
                ? allowed.stream().filter(name -> !name.equals(filterFixedByPath)).toList() : allowed);
    }

    /** Rejects any query parameter on an endpoint that takes none. */
    public static void none(UriInfo uri) {
        new QueryParameters(uri.getQueryParameters(), List.of()).validate();
    }

    public void invalid(String name, String reason) {
        problems.add(new Problems.InvalidParam(name, reason));
    }

    /** Throws the 400 problem when any parameter was invalid. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw Problems.invalidParameters(problems);
        }
    }

    public Optional<String> string(String name) {
        List<String> all = values.get(name);
        if (all == null || all.isEmpty()) {
            return Optional.empty();
        }
        if (all.size() > 1) {
            invalid(name, "Give this parameter once.");
        }
        String value = all.get(0).trim();
        if (value.isEmpty()) {
            invalid(name, "Empty value.");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Every value of a repeatable parameter, split on commas, each checked against a pattern. */
    public List<String> list(String name, Pattern valid, String expected) {
        List<String> all = values.get(name);
        if (all == null) {
            return List.of();
        }
        List<String> items = all.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(item -> !item.isEmpty()).distinct().toList();
        if (items.isEmpty()) {
            invalid(name, "Empty value.");
        }
        for (String item : items) {
            if (!valid.matcher(item).matches()) {
                invalid(name, "'" + item + "' is not " + expected + ".");
            }
        }
        return items;
    }

    /** Like {@link #list} for a closed set of values, compared case-insensitively. */
    public List<String> enumList(String name, Set<String> allowed) {
        List<String> items = list(name, Pattern.compile(".+"), "").stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        for (String item : items) {
            if (!allowed.contains(item)) {
                invalid(name, "'" + item + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
        return items.stream().filter(allowed::contains).toList();
    }

    public Optional<String> enumValue(String name, Set<String> allowed) {
        Optional<String> value = string(name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isPresent() && !allowed.contains(value.get())) {
            invalid(name, "'" + value.get() + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            return Optional.empty();
        }
        return value;
    }

    public Optional<Integer> integer(String name, int min, int max) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                invalid(name, "Must be between " + min + " and " + max + ".");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            invalid(name, "'" + raw.get() + "' is not a whole number.");
            return Optional.empty();
        }
    }

    public Optional<BigDecimal> decimal(String name, BigDecimal min) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(raw.get());
            if (value.compareTo(min) < 0) {
                invalid(name, "Must be at least " + min.toPlainString() + ".");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            invalid(name, "'" + raw.get() + "' is not a number.");
            return Optional.empty();
        }
    }

    /**
     * An amount of money in USD, zero to {@code max}, to the cent at most: bounded so that arithmetic
     * on it stays cheap whatever the digits or exponent sent.
     */
    public Optional<BigDecimal> amount(String name, BigDecimal max) {
        Optional<BigDecimal> value = decimal(name, BigDecimal.ZERO);
        if (value.isPresent() && value.get().compareTo(max) > 0) {
            invalid(name, "Must be at most " + max.toPlainString() + ".");
            return Optional.empty();
        }
        if (value.isPresent() && value.get().stripTrailingZeros().scale() > 2) {
            invalid(name, "Give at most two decimal places (cents).");
            return Optional.empty();
        }
        return value;
    }

    public Optional<Boolean> bool(String name) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                invalid(name, "'" + raw.get() + "' is not true or false.");
                yield Optional.empty();
            }
        };
    }

    public Optional<OffsetDateTime> timestamp(String name) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(raw.get());
        } catch (DateTimeParseException e) {
            time = null;
        }
        // RFC 3339 years have four digits, and PostgreSQL would refuse most of the others.
        if (time == null || time.getYear() < 1 || time.getYear() > 9999) {
            invalid(name, "'" + raw.get() + "' is not an RFC 3339 date-time such as 2026-01-31T00:00:00Z.");
            return Optional.empty();
        }
        return Optional.of(upToMicroseconds(time));
    }

    /**
     * The first whole microsecond not before {@code time}: PostgreSQL keeps microseconds, so a
     * comparison with a stored time answers the same in SQL as in memory.
     */
    private static OffsetDateTime upToMicroseconds(OffsetDateTime time) {
        OffsetDateTime whole = time.truncatedTo(ChronoUnit.MICROS);
        return whole.equals(time) ? time : whole.plus(1, ChronoUnit.MICROS);
    }
}
