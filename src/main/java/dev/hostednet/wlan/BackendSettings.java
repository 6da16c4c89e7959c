package dev.hostednet.wlan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a backend needs to know of the agent's options.
 *
 * @param timeout how long an operation may wait (Mobile Hotspot bounds its asynchronous operations with it)
 * @param hotspotKeepAlive whether Mobile Hotspot's no-connections timeout is turned off on first use, so that an
 *     unattended hotspot stays on without clients (option {@code hotspot.keepalive}, off by default)
 * @param simulatedFault the Windows failure {@code backend=simulated} starts with (option {@code simulated.fault}):
 *     one of {@link #SIMULATED_FAULTS}; "none" for a working network
 */
public record BackendSettings(Duration timeout, boolean hotspotKeepAlive, String simulatedFault) {

    /** The values of {@code simulated.fault}, "none" first (the default). */
    public static final List<String> SIMULATED_FAULTS = List.of("none", "service-stopped", "rpc", "unsupported");

    /** The defaults: 10 s, Windows' own no-connections timeout left alone, no simulated fault. */
    public static final BackendSettings DEFAULT = new BackendSettings(Duration.ofSeconds(10), false);

    /** Checks the components. */
    public BackendSettings {
        Objects.requireNonNull(timeout, "timeout");
        if (!SIMULATED_FAULTS.contains(simulatedFault)) {
            throw new IllegalArgumentException("simulated.fault=" + simulatedFault + " is not valid: use "
                + String.join(", ", SIMULATED_FAULTS));
        }
    }

    /**
     * @param timeout how long an operation may wait
     * @param hotspotKeepAlive whether Mobile Hotspot's no-connections timeout is turned off on first use
     */
    public BackendSettings(Duration timeout, boolean hotspotKeepAlive) {
        this(timeout, hotspotKeepAlive, "none");
    }
}
