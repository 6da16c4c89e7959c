package dev.hostednet.wlan;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens its backend on first use, so that loading JNA and wlanapi costs the host nothing at start and happens on
 * the agent's native thread. A backend that cannot be opened (no wlanapi.dll) is replaced by one that answers
 * every call with ERROR_MOD_NOT_FOUND and says why; the host application is never affected.
 */
public final class LazyHostedNetwork implements HostedNetwork {

    private static final System.Logger LOG = System.getLogger(LazyHostedNetwork.class.getName());

    private final String name;
    private final Supplier<HostedNetwork> opener;
    /** Volatile so that backendName() never waits for the lock held while JNA and wlanapi load. */
    private volatile HostedNetwork delegate;
    private boolean closed;

    /**
     * @param name the backend's name, known before it is opened
     * @param opener opens it (may throw)
     */
    public LazyHostedNetwork(String name, Supplier<HostedNetwork> opener) {
        this.name = name;
        this.opener = opener;
    }

    /**
     * @param kind which backend
     * @return it, opened on first use
     */
    public static HostedNetwork of(BackendKind kind) {
        String name = switch (kind) {
            case SIMULATED -> "simulated";
            case WINDOWS -> "windows";
            case AUTO -> BackendKind.onWindows() ? "windows" : "unavailable";
        };
        return new LazyHostedNetwork(name, () -> Backends.open(kind));
    }

    private synchronized HostedNetwork net() {
        if (delegate == null) {
            try {
                delegate = closed ? new UnavailableHostedNetwork(name, new CallResult(Win32Code.INVALID_HANDLE, ReasonCode.SUCCESS)) : opener.get();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) { // an Error too: it would escape on the host's stderr
                LOG.log(System.Logger.Level.ERROR, "hostednet-agent: the " + name + " backend cannot be used: "
                    + e.getMessage());
                delegate = new UnavailableHostedNetwork(name + " (not loaded)", new CallResult(
                    e instanceof NativeAccessException ? Win32Code.DLL_INIT_FAILED : Win32Code.MOD_NOT_FOUND,
                    ReasonCode.UNSPECIFIED));
            }
        }
        return delegate;
    }

    @Override
    public String backendName() {
        HostedNetwork d = delegate;
        return d == null ? name : d.backendName();
    }

    @Override
    public String unavailableReason() {
        return net().unavailableReason();
    }

    @Override
    public CallResult refreshSecuritySettings() {
        return net().refreshSecuritySettings();
    }

    @Override
    public CallResult setSecondaryKey(byte[] passphrase, boolean persistent) {
        return net().setSecondaryKey(passphrase, persistent);
    }

    @Override
    public CallResult initSettings() {
        return net().initSettings();
    }

    @Override
    public CallResult forceStart() {
        return net().forceStart();
    }

    @Override
    public CallResult forceStop() {
        return net().forceStop();
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
    public boolean queryEnabled() throws HostedNetworkException {
        return net().queryEnabled();
    }

    @Override
    public SecondaryKeyInfo querySecondaryKey() throws HostedNetworkException {
        return net().querySecondaryKey();
    }

    @Override
    public char[] revealSecondaryKey() throws HostedNetworkException {
        return net().revealSecondaryKey();
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
