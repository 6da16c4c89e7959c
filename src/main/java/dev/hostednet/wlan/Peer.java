package dev.hostednet.wlan;

import java.util.Objects;

/**
 * A station connected to the Hosted Network.
 *
 * @param mac the MAC address, lower-case, colon separated
 * @param authenticated whether the peer has completed authentication
 */
public record Peer(String mac, boolean authenticated) {

    /** Checks the components. */
    public Peer {
        Objects.requireNonNull(mac, "mac");
    }

    /**
     * @param bytes six bytes of a MAC address
     * @return the usual "aa:bb:cc:dd:ee:ff" form
     */
    public static String formatMac(byte[] bytes) {
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /**
     * @param text a MAC address as a system spells it: "AA-BB-CC-DD-EE-FF", "aa:bb:cc:dd:ee:ff", "aabbccddeeff"
     * @return the usual lower-case "aa:bb:cc:dd:ee:ff" form; text that is not 12 hex digits is only lower-cased
     */
    public static String normalizeMac(String text) {
        String hex = text.replaceAll("[^0-9A-Fa-f]", "");
        if (hex.length() != 12 || text.replaceAll("[-:. ]", "").length() != 12) {
            return text.trim().toLowerCase(java.util.Locale.ROOT);
        }
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return formatMac(b);
    }
}
