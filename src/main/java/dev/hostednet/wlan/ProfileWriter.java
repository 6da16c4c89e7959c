package dev.hostednet.wlan;

import java.nio.charset.StandardCharsets;

/**
 * Writes the station profile of a WPA2-Personal network (authentication WPA2PSK, encryption AES, a clear-text
 * passphrase) in the shape {@link StationProfile} reads: a WLAN profile as UTF-16LE XML with its terminating NUL
 * counted, as {@code WlanHostedNetworkQueryProperty} gives it. For a backend that knows its passphrase but has no
 * profile of its own to give (Mobile Hotspot). The passphrase goes straight from its char array into the returned
 * bytes, never through a String or a builder that could not be wiped.
 */
public final class ProfileWriter {

    private ProfileWriter() {
    }

    /**
     * @param ssid the network's name
     * @param passphrase the key (not kept; the caller wipes it)
     * @return the profile's bytes, for the caller to wipe
     */
    public static byte[] wpa2Personal(String ssid, char[] passphrase) {
        String name = escape(ssid);
        String head = "<?xml version=\"1.0\"?>\r\n<WLANProfile"
            + " xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\"><name>" + name + "</name>"
            + "<SSIDConfig><SSID><name>" + name + "</name></SSID></SSIDConfig>"
            + "<connectionType>ESS</connectionType><connectionMode>manual</connectionMode><MSM><security>"
            + "<authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption>"
            + "<useOneX>false</useOneX></authEncryption><sharedKey><keyType>passPhrase</keyType>"
            + "<protected>false</protected><keyMaterial>";
        String tail = "</keyMaterial></sharedKey></security></MSM></WLANProfile>\r\n\0";
        int keyLength = 0;
        for (char c : passphrase) {
            keyLength += entity(c) == null ? 1 : entity(c).length();
        }
        byte[] out = new byte[2 * (head.length() + keyLength + tail.length())];
        int at = put(out, 0, head);
        for (char c : passphrase) {
            String e = entity(c);
            at = e == null ? put(out, at, c) : put(out, at, e);
        }
        put(out, at, tail);
        return out;
    }

    /** @return the entity that stands for {@code c} in XML text, or null when it stands for itself */
    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> null;
        };
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String e = entity(c);
            b.append(e == null ? String.valueOf(c) : e);
        }
        return b.toString();
    }

    private static int put(byte[] out, int at, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(b, 0, out, at, b.length);
        return at + b.length;
    }

    private static int put(byte[] out, int at, char c) {
        out[at] = (byte) c; // UTF-16LE: low byte first
        out[at + 1] = (byte) (c >>> 8);
        return at + 2;
    }
}
