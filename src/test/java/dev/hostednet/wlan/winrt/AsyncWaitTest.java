package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The polling policy of {@link AsyncWait}, on a clock the test moves: how many looks an operation costs and how late
 * its completion is seen, whatever the load on the machine.
 */
class AsyncWaitTest {

    /** A clock that moves only by the pauses taken, and an operation that completes at a set time on it. */
    private static final class Operation implements Pacer, AsyncWait.Status {
        private final long completesAt;
        private long now = 1_000_000_000_000L; // any origin: the policy must not depend on it
        private final long origin = now;
        private int polls;

        Operation(Duration completesAfter) {
            this.completesAt = now + completesAfter.toNanos();
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void pause(long nanos) {
            assertTrue(nanos > 0, "a pause of " + nanos + " ns would spin");
            now += nanos;
        }

        @Override
        public int read() {
            polls++;
            return now >= completesAt ? AsyncWait.COMPLETED : AsyncWait.STARTED;
        }

        long elapsed() {
            return now - origin;
        }
    }

    @Test
    void thePauseIsFineAtFirstThenAnEighthOfTheTimeWaitedAtMostAMillisecond() {
        assertEquals(AsyncWait.FINE_PAUSE_NANOS, AsyncWait.pause(0));
        assertEquals(AsyncWait.FINE_PAUSE_NANOS, AsyncWait.pause(AsyncWait.FINE_NANOS - 1));
        assertEquals(500_000, AsyncWait.pause(4_000_000), "an eighth of the time waited");
        assertEquals(AsyncWait.MAX_PAUSE_NANOS, AsyncWait.pause(60_000_000_000L));
    }

    @Test
    void aFastCompletionIsSeenWithinOneFinePause() throws Exception {
        Operation op = new Operation(Duration.ofNanos(55_000));
        assertEquals(AsyncWait.COMPLETED, AsyncWait.waitWhileStarted(op, Duration.ofSeconds(60), op));
        assertEquals(60_000, op.elapsed(), "seen at the first look after 55 us");
        assertEquals(7, op.polls, "a look every 10 us from the start");
    }

    @Test
    void aSlowCompletionCostsFewLooksAndIsSeenLateByAtMostAMillisecond() throws Exception {
        Operation op = new Operation(Duration.ofMillis(300));
        assertEquals(AsyncWait.COMPLETED, AsyncWait.waitWhileStarted(op, Duration.ofSeconds(60), op));
        long late = op.elapsed() - 300_000_000L;
        assertTrue(late >= 0 && late <= AsyncWait.MAX_PAUSE_NANOS, late + " ns late");
        // 200 fine looks in the first 2 ms, 12 growing pauses to 8 ms, then one a millisecond: 505. A look every
        // 100 us, as a fixed pause would take, costs 3,000.
        assertEquals(505, op.polls);
    }

    @Test
    void anOperationThatNeverCompletesIsGivenUpExactlyAtTheBound() throws Exception {
        Operation op = new Operation(Duration.ofDays(1));
        assertEquals(AsyncWait.STARTED, AsyncWait.waitWhileStarted(op, Duration.ofSeconds(1), op));
        assertEquals(1_000_000_000L, op.elapsed(), "the last pause ends at the bound, not after it");
        assertEquals(1205, op.polls);
    }
}
