package org.certpath.operations;

import org.certpath.operations.StoreOutage.Attempt;
import org.certpath.operations.StoreOutage.Transition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the Redis store is asked, skipped and tried again, on a clock the test moves. */
class StoreOutageTest {

    private static final int FAILURES_TO_START = 3;
    private static final Duration RETRY = Duration.ofSeconds(1);

    /** Starts near the end of the range of nanoTime, which may wrap during an outage. */
    private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - RETRY.toNanos() / 2);
    private final StoreOutage outage = new StoreOutage(FAILURES_TO_START, RETRY, now::get);

    @Test
    void shouldAskTheStoreWhileItAnswers() {
        assertEquals(Attempt.ASK, outage.attempt());
        assertEquals(Transition.NONE, outage.succeeded(Attempt.ASK));
        assertEquals(Attempt.ASK, outage.attempt());
        assertFalse(outage.isDown());
    }

    @Test
    void shouldKeepAskingAfterFailuresThatASuccessInterrupts() {
        for (int round = 0; round < 3; round++) {
            for (int failure = 1; failure < FAILURES_TO_START; failure++) {
                assertEquals(Transition.NONE, outage.failed());
            }
            outage.succeeded(Attempt.ASK);
        }
        assertFalse(outage.isDown());
        assertEquals(Attempt.ASK, outage.attempt());
    }

    @Test
    void shouldStartOneOutageOnFailuresInARowHoweverManyFollow() {
        assertEquals(Transition.NONE, outage.failed());
        assertEquals(Transition.NONE, outage.failed());
        assertEquals(Transition.STARTED, outage.failed());
        assertEquals(Transition.NONE, outage.failed());
        assertTrue(outage.isDown());
        assertEquals(Attempt.SKIP, outage.attempt());
    }

    @Test
    void shouldAnswerLocallyAndProbeAtMostOnceAnIntervalWhileDown() {
        startOutage();
        assertEquals(Attempt.SKIP, outage.attempt());
        advance(RETRY.minusMillis(1));
        assertEquals(Attempt.SKIP, outage.attempt());
        advance(Duration.ofMillis(1));
        assertEquals(Attempt.PROBE, outage.attempt());
        assertEquals(Attempt.SKIP, outage.attempt(), "a second request in the same interval");
        assertEquals(Transition.NONE, outage.failed(), "a failed probe continues the outage");
        advance(RETRY);
        assertEquals(Attempt.PROBE, outage.attempt());
    }

    @Test
    void shouldEndTheOutageOnlyWhenAProbeSucceeds() {
        Attempt beforeOutage = outage.attempt();
        startOutage();
        assertEquals(Transition.NONE, outage.succeeded(beforeOutage), "a late answer to a request sent before the outage");
        assertTrue(outage.isDown());
        advance(RETRY);
        Attempt probe = outage.attempt();
        assertEquals(Attempt.PROBE, probe);
        assertEquals(Transition.ENDED, outage.succeeded(probe));
        assertFalse(outage.isDown());
        assertEquals(Attempt.ASK, outage.attempt());
    }

    @Test
    void shouldStartANewOutageAfterARecoveryOnFailuresInARowAgain() {
        startOutage();
        advance(RETRY);
        outage.succeeded(outage.attempt());
        assertEquals(Transition.NONE, outage.failed(), "the failures before the recovery do not count");
        assertEquals(Transition.NONE, outage.failed());
        assertEquals(Transition.STARTED, outage.failed());
        assertEquals(Attempt.SKIP, outage.attempt(), "the next probe waits a whole interval again");
    }

    private void startOutage() {
        for (int failure = 1; failure < FAILURES_TO_START; failure++) {
            outage.failed();
        }
        assertEquals(Transition.STARTED, outage.failed());
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
