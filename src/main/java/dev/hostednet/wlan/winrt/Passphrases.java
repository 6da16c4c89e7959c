package dev.hostednet.wlan.winrt;

import java.security.SecureRandom;

/**
 * New random WPA2-PSK passphrases: 20 characters from 57 that are easy to read and type (no 0, O, 1, l or I),
 * about 116 bits, well inside the 8-63 characters WPA2-PSK allows. Returned as a char[] so the caller can wipe it.
 * No JNA: the simulation of Mobile Hotspot uses it too.
 */
public final class Passphrases {

    /** The length of every passphrase. */
    public static final int LENGTH = 20;
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    /** @return a new passphrase; wipe it after use */
    public char[] next() {
        char[] p = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            p[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return p;
    }
}
