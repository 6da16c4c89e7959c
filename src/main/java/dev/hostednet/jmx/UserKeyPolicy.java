package dev.hostednet.jmx;

/**
 * How {@code rotateUserKey} makes the user (secondary) key, and whether {@code joinInfo} may hand a key over.
 *
 * @param length the passphrase's length, 8 to 63 characters (what WPA2-PSK and Windows accept)
 * @param persistent whether the new key outlives the current run of the network
 * @param reveal whether joinInfo hands keys to authorised callers at all (off by default)
 */
public record UserKeyPolicy(int length, boolean persistent, boolean reveal) {

    /** Checks the length. */
    public UserKeyPolicy {
        if (length < 8 || length > 63) {
            throw new IllegalArgumentException("the user key must have 8 to 63 characters, not " + length);
        }
    }

    /** @return 20 characters, persistent, no hand-over */
    public static UserKeyPolicy defaults() {
        return new UserKeyPolicy(20, true, false);
    }
}
