package org.certpath.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The states of a metropolitan area as its OEWS title names them: the USPS codes after the last comma,
 * joined by hyphens ("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD"), in the title's order.
 */
final class MetroTitles {

    private MetroTitles() {
    }

    /** The states the title names; empty when it names none in that form. */
    static List<String> states(String title) {
        int comma = title == null ? -1 : title.lastIndexOf(',');
        if (comma < 0) {
            return List.of();
        }
        List<String> states = Arrays.stream(title.substring(comma + 1).split("-", -1))
                .map(state -> state.trim().toUpperCase(Locale.ROOT)).toList();
        boolean wellFormed = states.stream().allMatch(state -> state.matches("[A-Z]{2}"))
                && states.stream().distinct().count() == states.size();
        return wellFormed ? states : List.of();
    }
}
