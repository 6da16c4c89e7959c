package dev.hostednet.wlan;

import dev.hostednet.testing.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects events and the names of the threads that delivered them. */
public final class RecordingListener implements Consumer<HostedNetworkEvent> {

    public final List<HostedNetworkEvent> events = new CopyOnWriteArrayList<>();
    public final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void accept(HostedNetworkEvent e) {
        events.add(e);
        threads.add(Thread.currentThread().getName());
    }

    /** Waits up to the timeout for an event that matches. */
    public boolean await(Predicate<HostedNetworkEvent> match, Duration timeout) throws InterruptedException {
        return Eventually.within(timeout, () -> events.stream().anyMatch(match));
    }
}
