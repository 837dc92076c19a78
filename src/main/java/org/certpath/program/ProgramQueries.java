package org.certpath.program;

import org.certpath.api.QueryParameters;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.math.BigDecimal.ZERO;

/** Reads the program filters, shared by the program list and a certification's programs. */
public final class ProgramQueries {

    public static final List<String> FILTERS = List.of("certification", "state", "mode", "award", "minMonths",
            "maxMonths", "maxCost", "accredited", "q");
    public static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z-]{1,15}");
    public static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");

    private ProgramQueries() {
    }

    public static ProgramRepository.Query read(QueryParameters query, List<String> fixedCertifications) {
        List<String> certifications = fixedCertifications.isEmpty()
                ? query.list("certification", CODE, "a certification code such as rhit").stream()
                        .map(code -> code.toLowerCase(Locale.ROOT)).toList()
                : fixedCertifications;
        List<String> states = query.list("state", STATE, "a two-letter USPS code such as NJ").stream()
                .map(code -> code.toUpperCase(Locale.ROOT)).toList();
        List<String> modes = query.enumList("mode", new HashSet<>(ProgramRepository.MODES));
        List<String> awards = query.enumList("award", new HashSet<>(ProgramRepository.AWARD_LEVELS));
        Optional<Integer> minMonths = query.integer("minMonths", 0, 240);
        Optional<Integer> maxMonths = query.integer("maxMonths", 0, 240);
        if (minMonths.isPresent() && maxMonths.isPresent() && minMonths.get() > maxMonths.get()) {
            query.invalid("minMonths", "Must not exceed maxMonths.");
        }
        return new ProgramRepository.Query(certifications, states, modes, awards, minMonths, maxMonths,
                query.decimal("maxCost", ZERO), query.bool("accredited"), query.string("q"));
    }
}
