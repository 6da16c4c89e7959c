package dev.hostednet.wlan;

/**
 * WLAN_HOSTED_NETWORK_SECURITY_SETTINGS: the authentication and cipher algorithms (never the key).
 *
 * @param authAlgorithm the DOT11_AUTH_ALGORITHM number (7 = WPA2-PSK on every real system)
 * @param cipherAlgorithm the DOT11_CIPHER_ALGORITHM number (4 = CCMP)
 */
public record SecuritySettings(int authAlgorithm, int cipherAlgorithm) {

    /** @return "WPA2-PSK" for 7, otherwise "auth_N" */
    public String authName() {
        return switch (authAlgorithm) {
            case 1 -> "open";
            case 2 -> "shared-key";
            case 6 -> "WPA2";
            case 7 -> "WPA2-PSK";
            default -> "auth_" + authAlgorithm;
        };
    }

    /** @return "CCMP" for 4, otherwise "cipher_N" */
    public String cipherName() {
        return switch (cipherAlgorithm) {
            case 0 -> "none";
            case 2 -> "TKIP";
            case 4 -> "CCMP";
            default -> "cipher_" + cipherAlgorithm;
        };
    }
}
