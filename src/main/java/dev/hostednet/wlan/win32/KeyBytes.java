package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;

/** Turns a key in native memory into characters without a byte[] or String copy on the Java heap. */
final class KeyBytes {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private KeyBytes() {
    }

    /**
     * @param key where Windows put it
     * @param length its byte count (a passphrase's counts the terminating NUL)
     * @param passphrase whether it is a passphrase (ASCII) rather than 32 raw bytes
     * @return the passphrase's characters, or the raw key as hex digits (what a PSK field accepts)
     */
    static char[] chars(Pointer key, int length, boolean passphrase) {
        if (!passphrase) {
            char[] hex = new char[2 * length];
            for (int i = 0; i < length; i++) {
                int b = key.getByte(i) & 0xff;
                hex[2 * i] = HEX[b >>> 4];
                hex[2 * i + 1] = HEX[b & 15];
            }
            return hex;
        }
        int n = length > 0 && key.getByte(length - 1) == 0 ? length - 1 : length;
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) (key.getByte(i) & 0xff);
        }
        return c;
    }
}
