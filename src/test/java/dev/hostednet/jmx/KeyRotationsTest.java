package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Rotations are told apart by the operation an outcome names: the user key's figures move as soon as outcomes of
 * rotateUserKey are recorded, whichever branch adds that operation, and the two keys never mix.
 */
class KeyRotationsTest {

    private static OutcomeData outcome(String operation, boolean ok, long timeMillis) {
        return new OutcomeData(operation, ok, ok ? 0 : 5023, ok ? "ERROR_SUCCESS" : "ERROR_INVALID_STATE", 0,
            "success", "test", "active", "idle", java.time.Instant.ofEpochMilli(timeMillis).toString(), timeMillis, 5,
            "test", "host", "windows", "");
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
        KeyRotations k = KeyRotations.NONE.with(outcome("rotateUserKey", true, 1_700_000_000_999L));
        assertEquals(new RotationTally(1, 0, 0, 1_700_000_000_999L, false), k.user());
        assertEquals(1_700_000_000L, k.user().lastSuccessEpochSeconds(), "whole seconds, rounded down");
        assertEquals(RotationTally.NONE, k.system());
    }

    @Test
    void bothRefreshOperationsRotateTheSystemKeyAndOtherOperationsNothing() {
        KeyRotations k = KeyRotations.NONE.with(outcome("refreshSecuritySettings", true, 1000))
            .with(outcome("refreshSecuritySettingsAndRestart", false, 2000));
        assertEquals(new RotationTally(2, 1, 0, 1000, true), k.system());
        assertEquals(RotationTally.NONE, k.user());
        for (String other : new String[] {"start", "stop", "queryStatus", "RotateUserKey"}) {
            assertSame(k, k.with(outcome(other, false, 3000)), other);
        }
    }

    @Test
    void aFailureCountsAndIsFlaggedButKeepsTheTimeOfTheLastSuccess() {
        KeyRotations k = KeyRotations.NONE.with(outcome("rotateUserKey", true, 5000))
            .with(outcome("rotateUserKey", false, 9000));
        assertEquals(new RotationTally(2, 1, 0, 5000, true), k.user());
        assertFalse(k.with(outcome("rotateUserKey", true, 10_000)).user().lastFailed(), "a success clears it");
    }

    @Test
    void aLateOutcomeOfAnOlderCallNeverMovesTheTimeBack() {
        // A call that timed out for its caller is recorded when Windows finally answers, after newer ones.
        KeyRotations k = KeyRotations.NONE.with(outcome("refreshSecuritySettings", true, 20_000))
            .with(outcome("refreshSecuritySettings", true, 10_000));
        assertEquals(20_000, k.system().lastSuccessMillis());
        assertEquals(2, k.system().attempts());
        assertTrue(k.system().attempts() >= k.system().failures());
    }

    @Test
    void aRefusalByTheRateLimitIsNoTryAndNoFailure() {
        KeyRotations k = KeyRotations.NONE.with(outcome("refreshSecuritySettings", true, 1000));
        for (int i = 0; i < 25; i++) {
            k = k.with(OutcomeData.refused("refreshSecuritySettings", "rate-limit", "idle",
                new Caller("anonymous", "jolokia", Role.OPERATE), "too soon"));
        }
        assertEquals(new RotationTally(1, 0, 25, 1000, false), k.system());
        KeyRotations timedOut = k.with(OutcomeData.refused("refreshSecuritySettings", "timeout", "idle",
            new Caller("anonymous", "jolokia", Role.OPERATE), "never started"));
        assertEquals(new RotationTally(2, 1, 25, 1000, true), timedOut.system(), "a call never started failed");
    }
}
