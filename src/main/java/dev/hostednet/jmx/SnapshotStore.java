package dev.hostednet.jmx;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** Holds the current {@link Snapshot}; every change of its state is announced as an attribute change. */
final class SnapshotStore {

    private final AtomicReference<Snapshot> current;
    private final Notifier notifier;

    SnapshotStore(Snapshot initial, Notifier notifier) {
        this.current = new AtomicReference<>(initial);
        this.notifier = notifier;
    }

    Snapshot get() {
        return current.get();
    }

    Snapshot update(UnaryOperator<Snapshot> change) {
        Snapshot old;
        Snapshot next;
        do {
            old = current.get();
            next = change.apply(old);
        } while (!current.compareAndSet(old, next));
        if (old.status().state() != next.status().state()) {
            notifier.stateChanged(old.status().state().label(), next.status().state().label());
        }
        return next;
    }
}
