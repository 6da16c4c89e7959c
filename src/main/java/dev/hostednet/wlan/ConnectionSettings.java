package dev.hostednet.wlan;

import java.util.Objects;

/**
 * WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS: the SSID and the maximum number of peers.
 *
 * @param ssid the network name (decoded as UTF-8, which is what netsh writes)
 * @param maxPeers the maximum number of peers
 */
public record ConnectionSettings(String ssid, int maxPeers) {
    /** Checks the components. */
    public ConnectionSettings {
        Objects.requireNonNull(ssid, "ssid");
    }
}
