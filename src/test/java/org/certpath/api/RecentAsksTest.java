package org.certpath.api;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentAsksTest {

    @Test
    void shouldKnowARepresentationFromItsSecondAskOn() {
        RecentAsks asks = new RecentAsks(1 << 4);
        int hash = "/v1/programs?state=NJ".hashCode();

        assertFalse(asks.askedBefore(hash), "a first ask");
        assertTrue(asks.askedBefore(hash), "a second ask");
        assertTrue(asks.askedBefore(hash), "a third ask");
    }

    @Test
    void shouldForgetAnAskWhenAnotherTakesItsSlot() {
        RecentAsks asks = new RecentAsks(1 << 4);
        int first = 5;
        int sameSlot = first + (1 << 20);

        assertFalse(asks.askedBefore(first));
        assertFalse(asks.askedBefore(sameSlot), "another hash in the same slot is not taken for the first");
        assertFalse(asks.askedBefore(first), "the first was pushed out");
    }

    /** Over as many distinct asks as it has slots, about 1/e of the first asks are still remembered. */
    @Test
    void shouldRememberAsAStoreOfItsSizeRemembersRandomKeys() {
        int slots = 1 << 16;
        RecentAsks asks = new RecentAsks(slots);
        int[] hashes = new SplittableRandom(20).ints(slots).toArray();
        for (int hash : hashes) {
            asks.askedBefore(hash);
        }
        int remembered = 0;
        for (int hash : hashes) {
            remembered += asks.askedBefore(hash) ? 1 : 0;
        }
        // Asked again in the same order, a hash is found only where no other hash shares its slot: (1 - 1/n)^(n-1).
        assertEquals(1 / Math.E, remembered / (double) slots, 0.02);
    }

    @Test
    void shouldSpreadHashesThatDifferOnlyInTheirHighBits() {
        int slots = 1 << 10;
        RecentAsks asks = new RecentAsks(slots);
        for (int i = 0; i < slots; i++) {
            asks.askedBefore(i << 16);
        }
        int remembered = 0;
        for (int i = 0; i < slots; i++) {
            remembered += asks.askedBefore(i << 16) ? 1 : 0;
        }
        assertEquals(slots, remembered, "each took a slot of its own");
    }

    @Test
    void shouldTakeOnlyAPowerOfTwoOfSlots() {
        assertThrows(IllegalArgumentException.class, () -> new RecentAsks(1000));
    }
}
