package dev.hostednet.wlan;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens its backend on first use, so that loading JNA and wlanapi costs the host nothing at start and happens on
 * the agent's native thread. A backend that cannot be opened (no wlanapi.dll) is replaced by one that answers
 * every call with ERROR_MOD_NOT_FOUND and says why; the host application is never affected.
 */
public final class LazyHostedNetwork implements HostedNetwork {

    private final String name;
    private final Supplier<AutoChoice.Chosen> opener;
    /** Volatile so that backendName() never waits for the lock held while JNA and wlanapi load. */
    private volatile HostedNetwork delegate;
    /** Why {@code auto} chose the delegate, or "". */
    private volatile String why = "";
    private boolean closed;

    private LazyHostedNetwork(Supplier<AutoChoice.Chosen> opener, String name) {
        this.name = name;
        this.opener = opener;
    }

    /**
     * @param kind which backend
     * @param settings what the backends need of the agent's options
     * @return it, opened (and for {@code auto} on Windows, chosen) on first use, on the caller's thread
     */
    public static HostedNetwork of(BackendKind kind, BackendSettings settings) {
        String name = switch (kind) {
            case SIMULATED -> "simulated";
            case HOSTEDNETWORK -> "hostednetwork";
            case MOBILEHOTSPOT -> "mobilehotspot";
            case AUTO -> BackendKind.onWindows() ? "auto (chosen on first use)" : "unavailable";
        };
        return choosing(name, () -> Backends.choose(kind, settings));
    }

    /**
     * @param name the name before the choice
     * @param chooser opens and chooses (may throw)
     * @return a backend whose name, once chosen, carries why
     */
    public static HostedNetwork choosing(String name, Supplier<AutoChoice.Chosen> chooser) {
        return new LazyHostedNetwork(chooser, name);
    }

    private synchronized HostedNetwork net() {
        if (delegate == null) {
            try {
                if (closed) {
                    delegate = new UnavailableHostedNetwork(name, new CallResult(Win32Code.INVALID_HANDLE,
                        ReasonCode.SUCCESS));
                } else {
                    AutoChoice.Chosen c = opener.get();
                    why = c.why();
                    delegate = c.network();
                }
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) { // an Error too: it would escape on the host's stderr
                // A logger asked for here, not held: this class loads at start, before the host chose its logging.
                System.getLogger(LazyHostedNetwork.class.getName()).log(System.Logger.Level.ERROR, "hostednet-agent: the " + name + " backend cannot be used: "
                    + e.getMessage());
                delegate = new UnavailableHostedNetwork(name.replace(" (chosen on first use)", "") + " (not loaded)",
                    new CallResult(e instanceof NativeAccessException ? Win32Code.DLL_INIT_FAILED
                        : Win32Code.MOD_NOT_FOUND, ReasonCode.UNSPECIFIED));
            }
        }
        return delegate;
    }

    @Override
    public String backendName() {
        HostedNetwork d = delegate;
        String w = why;
        return d == null ? name : w.isEmpty() ? d.backendName() : d.backendName() + " (" + w + ")";
    }

    /** Never opens the backend: before first use the name asked for says which network it will be. */
    @Override
    public String displayName() {
        HostedNetwork d = delegate;
        if (d != null) {
            return d.displayName();
        }
        return name.startsWith("mobilehotspot") ? "Mobile Hotspot"
            : name.startsWith("auto") ? "the Hosted Network or Mobile Hotspot" : "the Hosted Network";
    }

    /** Never opens the backend, as {@link #displayName()}. */
    @Override
    public String timeoutAdvice() {
        HostedNetwork d = delegate;
        if (d != null) {
            return d.timeoutAdvice();
        }
        return name.startsWith("mobilehotspot") ? "check the Windows Mobile Hotspot service (icssvc) and the"
            + " wireless driver" : name.startsWith("auto") ? "check the WLAN AutoConfig service, the Windows Mobile"
            + " Hotspot service (icssvc) and the wireless driver" : "check the WLAN AutoConfig service and the"
            + " wireless driver";
    }

    @Override
    public String unavailableReason() {
        return net().unavailableReason();
    }

    @Override
    public CallResult rotateSystemKey() {
        return net().rotateSystemKey();
    }

    @Override
    public CallResult setUserKey(byte[] passphrase, boolean persistent) {
        return net().setUserKey(passphrase, persistent);
    }
    @Override
    public CallResult start() {
        return net().start();
    }

    @Override
    public CallResult stop() {
        return net().stop();
    }

    @Override
    public HostedNetworkStatus queryStatus() throws HostedNetworkException {
        return net().queryStatus();
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        return net().queryConnectionSettings();
    }

    @Override
    public SecuritySettings querySecuritySettings() throws HostedNetworkException {
        return net().querySecuritySettings();
    }
    @Override
    public SecondaryKeyInfo userKeyInfo() throws HostedNetworkException {
        return net().userKeyInfo();
    }

    @Override
    public char[] revealUserKey() throws HostedNetworkException {
        return net().revealUserKey();
    }

    @Override
    public byte[] queryStationProfile() throws HostedNetworkException {
        return net().queryStationProfile();
    }

    @Override
    public AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) throws HostedNetworkException {
        return net().subscribe(listener);
    }

    @Override
    public void close() {
        HostedNetwork d;
        synchronized (this) {
            closed = true;
            d = delegate;
        }
        if (d != null) {
            d.close();
        }
    }
}
