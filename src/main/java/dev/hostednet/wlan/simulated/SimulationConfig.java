package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.HostedNetworkState;
import java.util.List;
import java.util.Objects;

/**
 * How a simulated Hosted Network starts.
 *
 * @param ssid the SSID, or null for a network that has no settings yet (queries then fail with 1610)
 * @param maxPeers the maximum number of peers
 * @param initialState the state at start (an active network needs an SSID)
 * @param peers MAC addresses of the peers connected at start (only when active)
 * @param seed the seed of the key generator, so that runs are repeatable
 */
public record SimulationConfig(String ssid, int maxPeers, HostedNetworkState initialState, List<String> peers,
                               long seed) {

    /** Checks the combination. */
    public SimulationConfig {
        Objects.requireNonNull(initialState, "initialState");
        peers = List.copyOf(peers);
        if (initialState == HostedNetworkState.ACTIVE && ssid == null) {
            throw new IllegalArgumentException("an active network needs an SSID");
        }
        if (initialState != HostedNetworkState.ACTIVE && !peers.isEmpty()) {
            throw new IllegalArgumentException("only an active network has peers");
        }
    }

    /** @return what the demo shows: an active network named HOSTEDNET-DEMO with three peers */
    public static SimulationConfig demo() {
        return new SimulationConfig("HOSTEDNET-DEMO", 100, HostedNetworkState.ACTIVE,
            List.of("02:00:5e:10:00:01", "02:00:5e:10:00:02", "02:00:5e:10:00:03"), 42L);
    }

    /** @return what a fresh Windows machine has: idle, no settings, no peers (like the native stand-in) */
    public static SimulationConfig fresh() {
        return new SimulationConfig(null, 100, HostedNetworkState.IDLE, List.of(), 42L);
    }
}
