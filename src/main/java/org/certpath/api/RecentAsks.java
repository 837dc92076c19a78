package org.certpath.api;

/**
 * The hashes of representations asked for lately, in a table of fixed size: a hash takes the slot its bits name,
 * pushing out the one there. A representation is remembered until another's hash lands in its slot, which over
 * the next {@code slots} distinct asks happens with a chance of about two thirds.
 * <p>
 * Its 65,536 slots take 256 KiB, where a Caffeine cache of as many entries held several megabytes (a node, a map
 * entry and a boxed key for each), which a 128 MiB heap serving a million programs has no room for. The table is
 * read and written without locks: an int is never torn, and a write another thread sees late only costs a
 * response it does not capture.
 */
final class RecentAsks {

    private final int[] hashes;
    private final int mask;

    RecentAsks(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two, not " + slots);
        }
        hashes = new int[slots];
        mask = slots - 1;
    }

    /** Whether the hash was asked lately; remembers it from now on either way. */
    boolean askedBefore(int hash) {
        // As HashMap does: hashes that differ only in their high bits would otherwise share a slot.
        int slot = (hash ^ (hash >>> 16)) & mask;
        if (hashes[slot] == hash) {
            return true;
        }
        hashes[slot] = hash;
        return false;
    }
}
