package org.certpath.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The codes a list filter names that name nothing in this API. A misspelt code is a mistake to
 * report (400 naming the parameter and the value), not a filter that matches nothing: an empty 200
 * would read as "no such programs" when the caller asked about something else.
 */
public final class UnknownCodes {

    private final List<Problems.InvalidParam> unknown = new ArrayList<>();

    /**
     * Reports every given code that {@code existing} does not return; {@code existing} reads, in one
     * query, which of the given codes exist, in the form they were given.
     */
    public UnknownCodes check(String parameter, Collection<String> given, Function<Collection<String>, Set<String>> existing,
                              String what, String listing) {
        if (given.isEmpty()) {
            return this;
        }
        Set<String> distinct = new LinkedHashSet<>(given);
        Set<String> found = existing.apply(distinct);
        for (String code : distinct) {
            if (!found.contains(code)) {
                unknown.add(new Problems.InvalidParam(parameter, "'" + code + "' is not " + what
                        + " of this API. List " + listing + " to see the codes."));
            }
        }
        return this;
    }

    /** These problems followed by another check's. */
    public UnknownCodes and(UnknownCodes other) {
        unknown.addAll(other.unknown);
        return this;
    }

    /** Throws the 400 when any code was unknown. */
    public void orFail() {
        if (!unknown.isEmpty()) {
            throw Problems.invalidParameters(unknown);
        }
    }
}
