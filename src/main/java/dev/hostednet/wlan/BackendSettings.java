package dev.hostednet.wlan;

import java.time.Duration;
import java.util.Objects;

/**
 * What a backend needs to know of the agent's options.
 *
 * @param timeout how long an operation may wait (Mobile Hotspot bounds its asynchronous operations with it)
 * @param hotspotKeepAlive whether Mobile Hotspot's no-connections timeout is turned off on first use, so that an
 *     unattended hotspot stays on without clients (option {@code hotspot.keepalive}, off by default)
 */
public record BackendSettings(Duration timeout, boolean hotspotKeepAlive) {

    /** The defaults: 10 s, Windows' own no-connections timeout left alone. */
    public static final BackendSettings DEFAULT = new BackendSettings(Duration.ofSeconds(10), false);

    /** Checks the components. */
    public BackendSettings {
        Objects.requireNonNull(timeout, "timeout");
    }
}
