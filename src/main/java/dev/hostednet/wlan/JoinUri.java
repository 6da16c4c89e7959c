package dev.hostednet.wlan;

/**
 * The join URI phones read from a QR code: {@code WIFI:T:WPA;S:<ssid>;P:<key>;;}, with a backslash before each of
 * {@code \ ; , : "} in the SSID and the key (the escapes ZXing's Wi-Fi parser undoes).
 */
public final class JoinUri {

    private JoinUri() {
    }

    /**
     * @param ssid the network's name
     * @param key the passphrase (the caller wipes it; the URI is the one copy handed over)
     * @return the URI
     */
    public static String of(String ssid, char[] key) {
        StringBuilder b = new StringBuilder(24 + 2 * (ssid.length() + key.length)).append("WIFI:T:WPA;S:");
        escape(b, ssid.toCharArray());
        b.append(";P:");
        escape(b, key);
        return b.append(";;").toString();
    }

    private static void escape(StringBuilder b, char[] text) {
        for (char c : text) {
            if (c == '\\' || c == ';' || c == ',' || c == ':' || c == '"') {
                b.append('\\');
            }
            b.append(c);
        }
    }
}
