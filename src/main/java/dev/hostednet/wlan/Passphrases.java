package dev.hostednet.wlan;

import java.security.SecureRandom;

/**
 * New random WPA2-PSK passphrases, for the user key and for Mobile Hotspot's refresh: letters and digits without
 * the look-alikes I, O, l, o, 0 and 1, so a passphrase can be read aloud or typed from another screen. Lower-case
 * {@code o} goes with {@code O} and {@code 0}: in most fonts the three differ only in size or width. 56 symbols, so
 * 20 characters carry about 116 bits, well inside the 8 to 63 characters WPA2-PSK allows. Returned as arrays the
 * caller wipes, never as a String.
 */
public final class Passphrases {

    /** The symbols every passphrase is drawn from. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    /** The length of a passphrase Mobile Hotspot's refresh makes. */
    public static final int LENGTH = 20;

    private final SecureRandom random = new SecureRandom();

    /**
     * @param length how many characters (8 to 63 for WPA2-PSK; not checked here)
     * @return a new passphrase as ASCII bytes; wipe it after use
     */
    public byte[] nextBytes(int length) {
        byte[] p = new byte[length];
        for (int i = 0; i < length; i++) {
            p[i] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return p;
    }

    /** @return a new passphrase of {@link #LENGTH} characters; wipe it after use */
    public char[] next() {
        char[] p = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            p[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return p;
    }
}
