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

    /**
     * Exactly the shape of the tags {@link org.certpath.api.HttpCaching} gives items: strong, quoted,
     * the row version without leading zeros, then the representation hash. If-Match compares strongly
     * (RFC 9110, 13.1.1), so a weak tag never matches, and no other spelling of a version does.
     */
    private static final Pattern ROW_VERSION = Pattern.compile("\"r(0|[1-9][0-9]{0,18})-[0-9a-f]{24}\"");

    private Preconditions() {
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw Problems.preconditionRequired();
        }
        for (String candidate : ifMatch.split(",")) {
            Matcher matcher = ROW_VERSION.matcher(candidate.trim());
            if (matcher.matches() && matcher.group(1).equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw Problems.preconditionFailed();
    }
}
