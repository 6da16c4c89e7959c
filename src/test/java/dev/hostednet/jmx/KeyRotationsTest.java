package dev.hostednet.jmx;

import static dev.hostednet.jmx.Operation.REFRESH;
import static dev.hostednet.jmx.Operation.REFRESH_AND_RESTART;
import static dev.hostednet.jmx.Operation.ROTATE_USER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rotations are told apart by the operation an outcome was recorded for: the user key's figures move as soon as
 * outcomes of rotateUserKey are recorded, whichever branch adds that operation, and the two keys never mix.
 */
class KeyRotationsTest {

    private static OutcomeData outcome(Operation op, boolean ok, long timeMillis) {
        return new OutcomeData(new OutcomeItems(op.label(), ok, ok ? 0 : 5023,
            ok ? "ERROR_SUCCESS" : "ERROR_INVALID_STATE", 0, "success", "test", "active", "idle",
            java.time.Instant.ofEpochMilli(timeMillis).toString(), timeMillis, 5, "test", "host", "windows", ""));
    }

    @Test
    void beforeAnyRotationTheTimeIsUnknownAndNothingIsCounted() {
        RotationTally t = KeyRotations.NONE.user();
        assertEquals(-1, t.lastSuccessEpochSeconds());
        assertEquals(0, t.attempts());
        assertEquals(0, t.failures());
        assertFalse(t.lastFailed());
    }

    @Test
    void userKeyOutcomesCountOnlyAgainstTheUserKey() {
        KeyRotations k = KeyRotations.NONE.with(ROTATE_USER_KEY, outcome(ROTATE_USER_KEY, true, 1_700_000_000_999L));
        assertEquals(new RotationTally(1, 0, 0, 1_700_000_000_999L, false), k.user());
        assertEquals(1_700_000_000L, k.user().lastSuccessEpochSeconds(), "whole seconds, rounded down");
        assertEquals(RotationTally.NONE, k.system());
    }

    @Test
    void bothRefreshOperationsRotateTheSystemKeyAndOtherOperationsNothing() {
        KeyRotations k = KeyRotations.NONE.with(REFRESH, outcome(REFRESH, true, 1000))
            .with(REFRESH_AND_RESTART, outcome(REFRESH_AND_RESTART, false, 2000));
        assertEquals(new RotationTally(2, 1, 0, 1000, true), k.system());
        assertEquals(RotationTally.NONE, k.user());
        for (Operation other : new Operation[] {Operation.START, Operation.STOP, Operation.RESTART,
            Operation.QUERY_STATUS, Operation.JOIN_INFO}) {
            assertSame(k, k.with(other, outcome(other, false, 3000)), other.label());
        }
    }

    @Test
    void aFailureCountsAndIsFlaggedButKeepsTheTimeOfTheLastSuccess() {
        KeyRotations k = KeyRotations.NONE.with(ROTATE_USER_KEY, outcome(ROTATE_USER_KEY, true, 5000))
            .with(ROTATE_USER_KEY, outcome(ROTATE_USER_KEY, false, 9000));
        assertEquals(new RotationTally(2, 1, 0, 5000, true), k.user());
        assertFalse(k.with(ROTATE_USER_KEY, outcome(ROTATE_USER_KEY, true, 10_000)).user().lastFailed(),
            "a success clears it");
    }

    @Test
    void aLateOutcomeOfAnOlderCallNeverMovesTheTimeBack() {
        // A call that timed out for its caller is recorded when Windows finally answers, after newer ones.
        KeyRotations k = KeyRotations.NONE.with(REFRESH, outcome(REFRESH, true, 20_000))
            .with(REFRESH, outcome(REFRESH, true, 10_000));
        assertEquals(20_000, k.system().lastSuccessMillis());
        assertEquals(2, k.system().attempts());
        assertTrue(k.system().attempts() >= k.system().failures());
    }

    @Test
    void aRefusalByTheRateLimitIsNoTryAndNoFailure() {
        KeyRotations k = KeyRotations.NONE.with(REFRESH, outcome(REFRESH, true, 1000));
        for (int i = 0; i < 25; i++) {
            k = k.with(REFRESH, OutcomeData.refused(REFRESH.label(), "rate-limit", "idle",
                new Caller("anonymous", "jolokia", Role.OPERATE), "too soon"));
        }
        assertEquals(new RotationTally(1, 0, 25, 1000, false), k.system());
        KeyRotations timedOut = k.with(REFRESH, OutcomeData.refused(REFRESH.label(), "timeout", "idle",
            new Caller("anonymous", "jolokia", Role.OPERATE), "never started"));
        assertEquals(new RotationTally(2, 1, 25, 1000, true), timedOut.system(), "a call never started failed");
    }
}
