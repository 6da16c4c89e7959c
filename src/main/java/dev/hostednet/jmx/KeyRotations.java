package dev.hostednet.jmx;

import java.util.Set;

/**
 * Rotations of the Hosted Network's two keys, told apart by the name of the operation an outcome records, not by
 * how it was counted elsewhere: the system (primary) key is rotated by {@code refreshSecuritySettings} (also as
 * the first step of {@code refreshSecuritySettingsAndRestart}, which records it under that name) and the user
 * (secondary) key by {@value #USER_KEY_OPERATION}. So a new operation is tallied as soon as its outcomes are
 * recorded under its name, and never leaks into the other key's figures.
 *
 * @param system rotations of the system key
 * @param user rotations of the user key
 */
record KeyRotations(RotationTally system, RotationTally user) {

    /**
     * Outcomes that rotate the system key. A refused {@code refreshSecuritySettingsAndRestart} (too soon, or never
     * started) is recorded under its own name; a performed one records its refresh step as
     * {@code refreshSecuritySettings} and no combined outcome, so nothing is counted twice.
     */
    static final Set<String> SYSTEM_KEY_OPERATIONS = Set.of("refreshSecuritySettings",
        "refreshSecuritySettingsAndRestart");

    /** The operation that sets the user key. */
    static final String USER_KEY_OPERATION = "rotateUserKey";

    /** Nothing rotated yet. */
    static final KeyRotations NONE = new KeyRotations(RotationTally.NONE, RotationTally.NONE);

    /** @return these rotations with the outcome counted against its key; any other outcome changes nothing */
    KeyRotations with(OutcomeData o) {
        if (SYSTEM_KEY_OPERATIONS.contains(o.getOperation())) {
            return new KeyRotations(system.plus(o), user);
        }
        if (USER_KEY_OPERATION.equals(o.getOperation())) {
            return new KeyRotations(system, user.plus(o));
        }
        return this;
    }
}
