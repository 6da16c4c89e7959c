package dev.hostednet.jmx;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most one refresh per interval: a script in a loop must not disconnect every client every second. The slot is
 * taken when a refresh is accepted, whatever its outcome, because even a failed refresh may have dropped clients.
 */
final class RefreshLimit {

    private final Duration interval;
    private final AtomicReference<Instant> next = new AtomicReference<>(Instant.MIN);

    RefreshLimit(Duration interval) {
        this.interval = interval;
    }

    Duration interval() {
        return interval;
    }

    /** @return null when the refresh may go ahead (the slot is now taken), else when the next one is allowed */
    Instant tryAcquire(Instant now) {
        if (interval.isZero()) {
            return null;
        }
        while (true) {
            Instant allowed = next.get();
            if (now.isBefore(allowed)) {
                return allowed;
            }
            if (next.compareAndSet(allowed, now.plus(interval))) {
                return null;
            }
        }
    }
}
