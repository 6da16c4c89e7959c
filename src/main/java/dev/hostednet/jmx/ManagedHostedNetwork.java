package dev.hostednet.jmx;

import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.NotificationBroadcasterSupport;
import javax.management.ObjectName;

/**
 * The Hosted Network published as {@value HostedNetworkSecurityMXBean#OBJECT_NAME}: wires the backend, the native
 * gate, the snapshot, notifications and the background poll, and takes them all down again on {@link #close()}.
 */
public final class ManagedHostedNetwork implements AutoCloseable {

    /** The longest the first client waits for the backend's first answer (it opens then: JNA, wlanapi, WinRT). */
    private static final java.time.Duration FIRST_SNAPSHOT = java.time.Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(ManagedHostedNetwork.class.getName());

    private final MBeanServer server;
    private final ObjectName name;
    private final HostedNetwork network;
    private final NativeGate gate;
    private final ScheduledExecutorService poller;
    private volatile AutoCloseable subscription;
    private final java.util.concurrent.CountDownLatch firstPoll = new java.util.concurrent.CountDownLatch(1);

    private ManagedHostedNetwork(MBeanServer server, HostedNetwork network, MBeanSettings settings,
                                 CallerContext callers) throws JMException {
        this.server = server;
        this.network = network;
        this.name = new ObjectName(HostedNetworkSecurityMXBean.OBJECT_NAME);
        this.gate = new NativeGate(settings.nativeTimeout());
        NotificationBroadcasterSupport emitter = new NotificationBroadcasterSupport(Notifier.INFO);
        Notifier notifier = new Notifier(emitter, name);
        SnapshotStore store = new SnapshotStore(Snapshot.initial(HostedNetworkState.UNAVAILABLE), notifier);
        NativeWork work = new NativeWork(network, store, notifier, settings.historySize(), gate::callersWaiting);
        Operations ops = new Operations(gate, work, callers, new RefreshLimit(settings.minRefreshInterval()),
            new UserKeys(settings.userKey()));
        HostedNetworkSecurity mbean = new HostedNetworkSecurity(store, ops,
            new KeyHandOver(ops, settings.reveal()));
        gate.background(() -> subscribe(work, store, notifier));
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hostednet-poll");
            t.setDaemon(true);
            return t;
        });
        long every = settings.pollInterval().toMillis();
        if (every > 0) {
            poller.scheduleWithFixedDelay(() -> gate.background(work::poll), every, every, TimeUnit.MILLISECONDS);
        }
        // Registered once the backend has answered (or the wait is over): published when its first client
        // arrives, the MBean would otherwise tell that client, or a scraper, "unavailable" while the backend opens.
        awaitFirstSnapshot(settings.nativeTimeout().compareTo(FIRST_SNAPSHOT) < 0 ? settings.nativeTimeout()
            : FIRST_SNAPSHOT);
        try {
            server.registerMBean(new DescribedMXBean<>(mbean, HostedNetworkSecurityMXBean.class, emitter), name);
        } catch (JMException | RuntimeException e) {
            poller.shutdownNow();
            gate.closeWith(network::close);
            throw e;
        }
    }

    /**
     * Registers the MBean. Nothing native happens on the caller's thread: the backend is first touched on the
     * native thread, which subscribes to notifications and reads the first snapshot.
     *
     * @param server where to register
     * @param network the backend (closed by {@link #close()})
     * @param settings timeouts and sizes
     * @param callers tells who calls
     * @return the running publication
     * @throws JMException when registration fails (for example, the name is taken)
     */
    public static ManagedHostedNetwork register(MBeanServer server, HostedNetwork network, MBeanSettings settings,
                                                CallerContext callers) throws JMException {
        return new ManagedHostedNetwork(server, network, settings, callers);
    }

    /** Runs on the native thread: subscribe (never from a notification thread), then the first poll. */
    private void subscribe(NativeWork work, SnapshotStore store, Notifier notifier) {
        try {
            subscription = network.subscribe(event -> {
                // On the backend's notification thread: no native call from here, only snapshot updates.
                if (event instanceof HostedNetworkEvent.StateChanged c) {
                    store.update(s -> s.withState(c.newState()));
                } else if (event instanceof HostedNetworkEvent.PeerChanged p) {
                    notifier.peer(p);
                }
                gate.background(work::poll);
            });
        } catch (HostedNetworkException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "hosted network notifications unavailable: " + e.getMessage());
        }
        try {
            work.poll();
        } finally {
            firstPoll.countDown();
        }
    }

    /** Waits, a bounded time (a hanging backend must not hold the first client longer), for the first snapshot. */
    private void awaitFirstSnapshot(java.time.Duration max) {
        try {
            firstPoll.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return the ObjectName */
    public ObjectName objectName() {
        return name;
    }

    /** Unregisters the MBean, stops the threads and closes the backend. Never throws. */
    @Override
    public void close() {
        poller.shutdownNow();
        try {
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.log(System.Logger.Level.WARNING, "could not unregister " + name, e);
        }
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "unsubscribe failed", e);
        }
        gate.closeWith(network::close); // on the native thread, where a backend may have initialised WinRT
    }
}
