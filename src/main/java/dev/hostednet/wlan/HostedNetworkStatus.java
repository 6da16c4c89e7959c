package dev.hostednet.wlan;

import java.util.List;
import java.util.Objects;

/**
 * WlanHostedNetworkQueryStatus in plain Java. Only {@code state} means anything when unavailable; the BSSID,
 * PHY, frequency and peers only when active (empty, 0 otherwise).
 *
 * @param state the state
 * @param deviceId the IP device GUID of the adapter, or "" when unknown
 * @param bssid the BSSID, colon separated, or "" when not active
 * @param phyType the DOT11_PHY_TYPE number (0 when not active)
 * @param channelFrequency the channel centre frequency in MHz (0 when not active)
 * @param peers the connected peers
 */
public record HostedNetworkStatus(HostedNetworkState state, String deviceId, String bssid, int phyType,
                                  int channelFrequency, List<Peer> peers) {

    private static final List<String> PHY_NAMES =
        List.of("any", "fhss", "dsss", "irbaseband", "ofdm", "hrdsss", "erp", "ht", "vht", "dmg", "he", "eht");

    /** Copies the peers and checks the components. */
    public HostedNetworkStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(bssid, "bssid");
        peers = List.copyOf(peers);
    }

    /**
     * @param state the state
     * @return a status that says only the state
     */
    public static HostedNetworkStatus ofState(HostedNetworkState state) {
        return new HostedNetworkStatus(state, "", "", 0, 0, List.of());
    }

    /** @return the PHY type's name (802.11n is "ht"), or "phy_N" when undocumented */
    public String phyTypeName() {
        return phyType >= 0 && phyType < PHY_NAMES.size() ? PHY_NAMES.get(phyType) : "phy_" + phyType;
    }

    /** @return the channel number derived from the frequency, or 0 when unknown */
    public int channel() {
        if (channelFrequency == 2484) {
            return 14;
        }
        if (channelFrequency >= 2412 && channelFrequency < 2484) {
            return (channelFrequency - 2407) / 5;
        }
        if (channelFrequency >= 5000 && channelFrequency < 5925) {
            return (channelFrequency - 5000) / 5;
        }
        return 0;
    }
}
