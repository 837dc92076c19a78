package org.certpath.program;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A six-digit CIP code ({@code 51.0707}) as this API stores and compares it. IPEDS files write it with the
 * dot ({@code 51.0707}); a spreadsheet that took the column for a number drops the dot's zeros
 * ({@code 51.071} for 51.0710, {@code 1.0101} for 01.0101), and some exports drop the dot ({@code 510707}).
 */
public final class CipCode {

    /** What the {@code cipCode} filter accepts: with or without the dot. */
    public static final String PARAMETER = "\\d{2}\\.?\\d{4}";

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,4})");
    private static final Pattern UNDOTTED = Pattern.compile("\\d{5,6}");

    private CipCode() {
    }

    /** The code as {@code 51.0707}, or empty when the text is no six-digit CIP code. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        Matcher dotted = DOTTED.matcher(value);
        if (dotted.matches()) {
            return Optional.of("0".repeat(2 - dotted.group(1).length()) + dotted.group(1) + "."
                    + dotted.group(2) + "0".repeat(4 - dotted.group(2).length()));
        }
        if (UNDOTTED.matcher(value).matches()) {
            String six = value.length() == 5 ? "0" + value : value;
            return Optional.of(six.substring(0, 2) + "." + six.substring(2));
        }
        return Optional.empty();
    }
}
