package dev.hostednet.jmx;

/**
 * Rotations of the network's two keys, told apart by the {@link Operation} an outcome was recorded for and the key
 * it names ({@link Operation#rotates()}): the system (primary) key by {@code refreshSecuritySettings} (also as the
 * first step of {@code refreshSecuritySettingsAndRestart}, which records it as a refresh) and the user (secondary)
 * key by {@code rotateUserKey}. A refused {@code refreshSecuritySettingsAndRestart} (too soon, or never started) is
 * recorded under its own operation; a performed one records its steps and no combined outcome, so nothing is
 * counted twice.
 *
 * @param system rotations of the system key
 * @param user rotations of the user key
 */
record KeyRotations(RotationTally system, RotationTally user) {

    /** Nothing rotated yet. */
    static final KeyRotations NONE = new KeyRotations(RotationTally.NONE, RotationTally.NONE);

    /**
     * @param op the operation the outcome was recorded for
     * @param o its outcome
     * @return these rotations with the outcome counted against the operation's key; any other changes nothing
     */
    KeyRotations with(Operation op, OutcomeData o) {
        return switch (op.rotates()) {
            case SYSTEM -> new KeyRotations(system.plus(o), user);
            case USER -> new KeyRotations(system, user.plus(o));
            case NONE -> this;
        };
    }
}
