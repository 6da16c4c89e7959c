package dev.hostednet.jmx;

import java.time.Duration;
import java.util.Objects;

/**
 * How the MBean treats the native layer.
 *
 * @param nativeTimeout how long an operation waits for its native call
 * @param pollInterval how often the snapshot is refreshed in the background (zero: never)
 * @param historySize how many outcomes the History attribute keeps
 */
public record JmxSettings(Duration nativeTimeout, Duration pollInterval, int historySize) {

    /** Checks the values. */
    public JmxSettings {
        Objects.requireNonNull(nativeTimeout, "nativeTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (nativeTimeout.isNegative() || nativeTimeout.isZero()) {
            throw new IllegalArgumentException("the native timeout must be positive");
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("the poll interval must not be negative");
        }
        if (historySize < 1) {
            throw new IllegalArgumentException("the history must keep at least one outcome");
        }
    }

    /** @return 10 s timeout, 5 s poll, 20 outcomes */
    public static JmxSettings defaults() {
        return new JmxSettings(Duration.ofSeconds(10), Duration.ofSeconds(5), 20);
    }
}
