package org.certpath.curation;

import org.certpath.api.Problems;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks on the URL keys of written items. */
public final class Keys {

    private static final Pattern CANONICAL_ID = Pattern.compile("[1-9][0-9]{0,18}");

    private Keys() {
    }

    /** The key of a stored item cannot change: a new key is a new item (create it, then delete the old one). */
    public static void unchanged(String field, String stored, String given, Violations violations) {
        if (stored != null && !stored.equals(given)) {
            violations.add(field, "Must stay '" + stored + "': the key of an item cannot change. Create a new item "
                    + "and delete this one instead.");
        }
    }

    /** A new item may not take a key in use. */
    public static void free(String resource, String key, boolean taken) {
        if (taken) {
            throw Problems.conflict("There is already a " + resource + " '" + key + "'. Change that one (PUT or "
                    + "PATCH) or choose another key.");
        }
    }

    /**
     * A numeric id from a URL, empty when the text is not one written the one way the API writes it:
     * {@code +1}, {@code 01} or {@code 1 } would otherwise name item 1 under another URL (and another
     * cache entry, and another key in the audit trail).
     */
    public static Optional<Long> id(String text) {
        if (!CANONICAL_ID.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
