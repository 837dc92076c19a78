package org.certpath.api;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cache's own logic: results that read other results (a page of pathways counts programs), its bound. */
class VersionedCacheTest {

    private static final DataVersion FIXED = new DataVersion(null, Duration.ZERO) {
        @Override
        public Current current() {
            return new Current(7, OffsetDateTime.now());
        }
    };

    @Test
    void shouldComputeAnEntryThatReadsOtherEntries() {
        VersionedCache cache = new VersionedCache(FIXED, new MemorySize(BigInteger.valueOf(32L << 20)));
        for (int i = 0; i < 2_000; i++) {
            int outer = i;
            int value = cache.get("outer " + outer, () -> cache.get("inner " + outer, () -> outer) + 1);
            assertEquals(outer + 1, value);
        }
        assertEquals(8, (int) cache.get("outer 7", () -> -1));
    }

    @Test
    void shouldTakeWhatIsConfiguredWithinAnEighthOfTheHeap() {
        long configured = 32L << 20;
        assertEquals(16L << 20, VersionedCache.capacity(configured, 128L << 20), "the benchmark's heap of 128 MiB");
        assertEquals(configured, VersionedCache.capacity(configured, 1L << 30), "a heap of 1 GiB");
        assertEquals(configured, VersionedCache.capacity(configured, Long.MAX_VALUE), "a JVM without a heap limit");
        assertEquals(4L << 20, VersionedCache.capacity(4L << 20, 1L << 30), "less configured than the heap allows");
    }
}
