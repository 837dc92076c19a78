package org.certpath.curation;

import org.certpath.api.Problems;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency: a write to an existing item names, in {@code If-Match}, the ETag it read
 * ({@code "r3-…"}, see {@link org.certpath.api.HttpCaching}); the row version in the tag must be
 * the stored one.
 */
public final class Preconditions {

    private static final Pattern ROW_VERSION = Pattern.compile("^(?:W/)?\"?r(\\d+)-");

    private Preconditions() {
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw Problems.preconditionRequired();
        }
        for (String candidate : ifMatch.split(",")) {
            Matcher matcher = ROW_VERSION.matcher(candidate.trim());
            if (matcher.find() && matcher.group(1).equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw Problems.preconditionFailed();
    }
}
