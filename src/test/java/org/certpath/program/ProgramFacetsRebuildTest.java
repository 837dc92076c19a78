package org.certpath.program;

import io.agroal.api.AgroalDataSource;
import org.certpath.api.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A build of the facets that fails waits before the next one, whatever it failed with. */
class ProgramFacetsRebuildTest {

    private static final DataVersion FIXED = new DataVersion(null, Duration.ZERO) {
        @Override
        public Current current() {
            return new Current(3, OffsetDateTime.now());
        }
    };

    private final AtomicInteger attempts = new AtomicInteger();
    private ProgramFacets facets;

    @AfterEach
    void stop() {
        facets.stop();
    }

    @Test
    void shouldWaitBeforeBuildingAgainAfterARuntimeException() throws InterruptedException {
        assertOneAttemptWhileRequestsKeepComing(() -> new IllegalStateException("the database is down"));
    }

    @Test
    void shouldWaitBeforeBuildingAgainAfterAnError() throws InterruptedException {
        assertOneAttemptWhileRequestsKeepComing(() -> new OutOfMemoryError("Java heap space"));
    }

    private void assertOneAttemptWhileRequestsKeepComing(Supplier<Throwable> failure)
            throws InterruptedException {
        // A database that fails whatever is asked of it; each build asks it for a connection first.
        AgroalDataSource failing = (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AgroalDataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        attempts.incrementAndGet();
                    }
                    throw failure.get();
                });
        facets = new ProgramFacets(failing, FIXED);
        long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
        while (System.nanoTime() < until) {
            assertEquals(Optional.empty(), facets.positionOf(1));
            Thread.sleep(5);
        }
        assertEquals(1, attempts.get(), "builds started within the retry delay");
    }
}
