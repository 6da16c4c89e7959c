package dev.hostednet.agent.jolokia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle's rule on a clock the test moves: free tries, then waits that double to a cap, never a lock-out. */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final LoginThrottle t = new LoginThrottle(now::get);

    private void advanceMillis(long ms) {
        now.addAndGet(ms * 1_000_000);
    }

    @Test
    void afterThreeFailuresEachTryWaitsLongerUpToTheCapAndASuccessForgets() {
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertEquals(0, t.waitMillis("10.0.0.1"));
            t.failed("10.0.0.1");
        }
        assertEquals(250, t.waitMillis("10.0.0.1"));
        assertEquals(0, t.waitMillis("10.0.0.2"), "another address is not slowed");
        long waited = 0;
        for (int i = 0; i < 10; i++) {
            long w = t.waitMillis("10.0.0.1");
            waited += w;
            advanceMillis(w);
            t.failed("10.0.0.1");
        }
        assertEquals(LoginThrottle.MAX_WAIT_MILLIS, t.waitMillis("10.0.0.1"), "capped: never locked out for good");
        assertTrue(waited / 10 > 1000, "well under 10 guesses a second: " + waited + " ms for 10");
        advanceMillis(LoginThrottle.MAX_WAIT_MILLIS);
        assertEquals(0, t.waitMillis("10.0.0.1"));
        t.succeeded("10.0.0.1");
        t.failed("10.0.0.1");
        assertEquals(0, t.waitMillis("10.0.0.1"), "a success forgot the failures");
    }

    @Test
    void aSourceQuietForTenMinutesIsForgotten() {
        for (int i = 0; i < 8; i++) {
            t.failed("10.0.0.1");
        }
        advanceMillis(LoginThrottle.FORGET_MINUTES * 60_000 + 1);
        assertEquals(0, t.waitMillis("10.0.0.1"));
        t.failed("10.0.0.1");
        assertEquals(0, t.waitMillis("10.0.0.1"), "counting starts again");
    }
}
