package dev.hostednet.jmx;

/**
 * How {@code rotateUserKey} makes the user (secondary) key. Whether a key is handed over at all is not the user
 * key's business (joinInfo hands over the system key too): that is {@link MBeanSettings#reveal()}.
 *
 * @param length the passphrase's length, 8 to 63 characters (what WPA2-PSK and Windows accept)
 * @param persistent whether the new key outlives the current run of the network
 */
public record UserKeyPolicy(int length, boolean persistent) {

    /** Checks the length. */
    public UserKeyPolicy {
        if (length < 8 || length > 63) {
            throw new IllegalArgumentException("the user key must have 8 to 63 characters, not " + length);
        }
    }

    /** @return 20 characters, persistent */
    public static UserKeyPolicy defaults() {
        return new UserKeyPolicy(20, true);
    }
}
