package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Listeners;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A deterministic, pure-Java Hosted Network with the documented behaviour. Notifications are delivered from a
 * thread of its own, in order, as Windows delivers them. The tests drive it like the native stand-in's fault
 * switches, through package-private seams.
 */
public final class SimulatedHostedNetwork implements HostedNetwork {

    /** The adapter GUID the simulation (and the native stand-in) reports. */
    static final String DEVICE_ID = "6f3c1d2e-4b5a-4c3d-0102-030405060708";

    private final Listeners listeners = new Listeners();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hostednet-simulated-notifications");
        t.setDaemon(true);
        return t;
    });
    private final SimulationModel model;
    /** The fault it was started with by option ("none"), so that its name never hides that it is simulated. */
    private final String startFault;
    /** How long every call sleeps before acting, like a hanging native call (0: none); set by tests. */
    private volatile long hangMillis;

    private SimulatedHostedNetwork(SimulationConfig config, String startFault) {
        this.model = new SimulationModel(config, this::emit);
        this.startFault = startFault;
    }

    /** @return the demo network: active, with three peers (what {@code backend=simulated} uses) */
    public static SimulatedHostedNetwork open() {
        return create(SimulationConfig.demo());
    }

    /**
     * @param settings the agent's options; {@code simulated.fault} makes every call meet that Windows failure
     * @return the demo network, with the fault the options name
     */
    public static SimulatedHostedNetwork open(BackendSettings settings) {
        SimulatedHostedNetwork n = new SimulatedHostedNetwork(SimulationConfig.demo(), settings.simulatedFault());
        n.model.setFault(ServiceFault.named(settings.simulatedFault()));
        return n;
    }

    /**
     * @param config how it starts
     * @return a new simulated network
     */
    public static SimulatedHostedNetwork create(SimulationConfig config) {
        return new SimulatedHostedNetwork(config, "none");
    }

    /** @return the model, for the tests' switches (faults, peers, the keys they compare) in this package */
    SimulationModel model() {
        return model;
    }

    /** @param millis how long every call sleeps before acting (0: none) */
    void setHangMillis(long millis) {
        hangMillis = millis;
    }

    private void pause() {
        long millis = hangMillis;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String backendName() {
        return startFault.equals("none") ? "simulated" : "simulated (simulated.fault=" + startFault + ")";
    }

    @Override
    public CallResult rotateSystemKey() {
        pause();
        return model.refresh();
    }

    @Override
    public CallResult setUserKey(byte[] passphrase, boolean persistent) {
        pause();
        return model.setSecondaryPassphrase(passphrase, persistent);
    }
    @Override
    public CallResult start() {
        pause();
        return model.start();
    }

    @Override
    public CallResult stop() {
        pause();
        return model.stop();
    }

    @Override
    public HostedNetworkStatus queryStatus() throws HostedNetworkException {
        pause();
        return model.status();
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        pause();
        return model.connectionSettings();
    }

    @Override
    public SecuritySettings querySecuritySettings() throws HostedNetworkException {
        pause();
        model.check("query the security settings", false);
        return new SecuritySettings(7, 4);
    }
    @Override
    public SecondaryKeyInfo userKeyInfo() throws HostedNetworkException {
        pause();
        model.check("query the secondary key", false);
        return model.secondaryKeyInfo();
    }

    @Override
    public char[] revealUserKey() throws HostedNetworkException {
        pause();
        model.check("query the secondary key", false);
        return model.secondaryKeyChars();
    }

    @Override
    public byte[] queryStationProfile() throws HostedNetworkException {
        pause();
        return model.stationProfile();
    }

    @Override
    public AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) throws HostedNetworkException {
        model.check("register for notifications", false);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void emit(HostedNetworkEvent event) {
        notifier.execute(() -> listeners.deliver(event));
    }

    /** Waits until every queued notification has been delivered. */
    boolean awaitNotificationsIdle(long millis) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        notifier.execute(done::countDown);
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        listeners.clear();
        notifier.shutdown();
    }
}
