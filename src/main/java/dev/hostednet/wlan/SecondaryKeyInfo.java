package dev.hostednet.wlan;

/**
 * What may be said about the secondary (user) key without revealing it.
 *
 * @param set whether a secondary key is configured
 * @param passphrase whether it is a passphrase (rather than 32 raw bytes)
 * @param persistent whether it survives a restart of the Hosted Network
 */
public record SecondaryKeyInfo(boolean set, boolean passphrase, boolean persistent) {
    /** No secondary key. */
    public static final SecondaryKeyInfo NONE = new SecondaryKeyInfo(false, false, false);
}
