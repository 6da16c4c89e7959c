package dev.hostednet.wlan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The listeners of a backend's notifications, shared by every backend. Delivery runs under a lock so that removing
 * a listener can promise what an unsubscribe must: once it returns, no delivery to that listener runs or starts.
 * One listener's failure is logged and never stops delivery to the others (Windows ignores it too).
 */
public final class Listeners {

    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

    private final List<Consumer<HostedNetworkEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock delivering = new ReentrantLock();

    /** @param listener to be told of every event from now on */
    public void add(Consumer<HostedNetworkEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener and waits for a delivery in progress, unless called from within one (a listener that
     * unsubscribes itself would wait for itself).
     *
     * @param listener the listener
     */
    public void remove(Consumer<HostedNetworkEvent> listener) {
        listeners.remove(listener);
        if (!delivering.isHeldByCurrentThread()) {
            delivering.lock();
            delivering.unlock();
        }
    }

    /** @return whether anyone listens */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Forgets every listener, without waiting. */
    public void clear() {
        listeners.clear();
    }

    /** @param event told to every listener, in the order they came */
    public void deliver(HostedNetworkEvent event) {
        delivering.lock();
        try {
            for (Consumer<HostedNetworkEvent> l : listeners) {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a hosted network notification listener failed", e);
                }
            }
        } finally {
            delivering.unlock();
        }
    }
}
