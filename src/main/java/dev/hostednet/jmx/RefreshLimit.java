package dev.hostednet.jmx;

import java.time.Duration;
import java.time.Instant;

/**
 * At most one key rotation per interval: a script in a loop must not disconnect every client every second. The
 * refresh (system key) and the user-key rotation share it. Fair: only a rotation that changed something (it
 * succeeded, or the network's state moved, so clients may have dropped) starts the interval; a call that Windows
 * refused without effect, or one the agent refused, leaves the next caller free to try.
 *
 * <p>Both methods are called on the native thread (the check is also made before queueing, to refuse early), so
 * a check and the mark that follows it are never interleaved with another rotation's.
 */
final class RefreshLimit {

    private final Duration interval;
    private volatile Instant next = Instant.MIN;

    RefreshLimit(Duration interval) {
        this.interval = interval;
    }

    Duration interval() {
        return interval;
    }

    /** @return null when a rotation may go ahead now, else when the next one is allowed */
    Instant nextAllowed(Instant now) {
        Instant allowed = next;
        return interval.isZero() || !now.isBefore(allowed) ? null : allowed;
    }

    /** A rotation changed something at {@code at}: the interval starts there. */
    void changed(Instant at) {
        next = at.plus(interval);
    }
}
