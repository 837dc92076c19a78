package org.certpath.operations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Whether the shared store is down, and when to try it again. While it is up every request asks it;
 * a request it fails is answered locally, and {@code failuresToStart} failures in a row (no success
 * between them) start an outage: a single slow answer, a pause of the collector or of the CPU, is not
 * one. In an outage requests are answered locally without asking, and one request at most every
 * {@code retryInterval} asks the shared store again (a probe); the first probe that succeeds ends
 * the outage. Only the transitions are reported, so an outage is logged once however many requests
 * fail in it. Pure logic: the clock is given, in nanoseconds.
 */
final class StoreOutage {

    /** How a request may use the shared store. */
    enum Attempt {
        /** The store is up: ask it. */
        ASK,
        /** The store is down, and this request is the one that tries it again. */
        PROBE,
        /** The store is down: answer locally without asking. */
        SKIP
    }

    /** What a result changed. */
    enum Transition {
        NONE,
        STARTED,
        ENDED
    }

    private final int failuresToStart;
    private final long retryIntervalNanos;
    private final LongSupplier clock;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong nextProbe = new AtomicLong();

    StoreOutage(int failuresToStart, Duration retryInterval, LongSupplier clock) {
        this.failuresToStart = failuresToStart;
        this.retryIntervalNanos = retryInterval.toNanos();
        this.clock = clock;
    }

    Attempt attempt() {
        if (!down.get()) {
            return Attempt.ASK;
        }
        long now = clock.getAsLong();
        long next = nextProbe.get();
        // Compared by difference: nanoTime may be negative and may wrap.
        return now - next >= 0 && nextProbe.compareAndSet(next, now + retryIntervalNanos)
                ? Attempt.PROBE
                : Attempt.SKIP;
    }

    Transition succeeded(Attempt attempt) {
        failuresInARow.set(0);
        // A request sent before the outage may still succeed late: only a probe proves the store back.
        return attempt == Attempt.PROBE && down.compareAndSet(true, false) ? Transition.ENDED : Transition.NONE;
    }

    /** A failed probe has already moved the next probe on; other failures count towards an outage. */
    Transition failed() {
        if (down.get() || failuresInARow.incrementAndGet() < failuresToStart) {
            return Transition.NONE;
        }
        // Set before the outage shows, so that no request probes at once with a stale time.
        nextProbe.set(clock.getAsLong() + retryIntervalNanos);
        return down.compareAndSet(false, true) ? Transition.STARTED : Transition.NONE;
    }

    boolean isDown() {
        return down.get();
    }
}
