package dev.hostednet.jmx;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of the MBean: how it treats the native layer, how it makes the user key and whether it hands keys
 * over. (The connector clients reach it through is {@code dev.hostednet.agent}'s business, not this.)
 *
 * @param nativeTimeout how long an operation waits for its native call
 * @param pollInterval how often the snapshot is refreshed in the background (zero: never)
 * @param historySize how many outcomes the History attribute keeps
 * @param minRefreshInterval the least time between two refreshes, so that a looping script cannot disconnect
 *     every client every second (zero: no limit)
 * @param userKey how rotateUserKey makes the user key
 * @param reveal whether joinInfo hands keys (the user key and the system key) to authorised callers at all (off by
 *     default)
 */
public record MBeanSettings(Duration nativeTimeout, Duration pollInterval, int historySize, Duration minRefreshInterval,
                            UserKeyPolicy userKey, boolean reveal) {

    /**
     * With the default user-key policy and no hand-over.
     *
     * @param nativeTimeout how long an operation waits for its native call
     * @param pollInterval how often the snapshot is refreshed in the background (zero: never)
     * @param historySize how many outcomes the History attribute keeps
     * @param minRefreshInterval the least time between two key rotations (zero: no limit)
     */
    public MBeanSettings(Duration nativeTimeout, Duration pollInterval, int historySize, Duration minRefreshInterval) {
        this(nativeTimeout, pollInterval, historySize, minRefreshInterval, UserKeyPolicy.defaults(), false);
    }

    /** Checks the values. */
    public MBeanSettings {
        Objects.requireNonNull(nativeTimeout, "nativeTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
        Objects.requireNonNull(userKey, "userKey");
        if (nativeTimeout.isNegative() || nativeTimeout.isZero()) {
            throw new IllegalArgumentException("the native timeout must be positive");
        }
        if (pollInterval.isNegative()) {
            throw new IllegalArgumentException("the poll interval must not be negative");
        }
        if (minRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("the refresh interval must not be negative");
        }
        if (historySize < 1) {
            throw new IllegalArgumentException("the history must keep at least one outcome");
        }
    }

    /** @return 10 s timeout, 5 s poll, 20 outcomes, 30 s between refreshes */
    public static MBeanSettings defaults() {
        return new MBeanSettings(Duration.ofSeconds(10), Duration.ofSeconds(5), 20, Duration.ofSeconds(30));
    }
}
