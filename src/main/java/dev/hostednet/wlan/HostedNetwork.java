package dev.hostednet.wlan;

import java.util.function.Consumer;

/**
 * The port: the Hosted Network as plain Java, whatever answers it (wlanapi through JNA, or the simulation).
 *
 * <p>Operations that change the network return a {@link CallResult} and never throw for a Win32 failure: a
 * failure is a result to record. Queries throw {@link HostedNetworkException} when the native call fails. Key
 * material never crosses this interface. Implementations are thread-safe, but callers should serialise native
 * calls (see {@code dev.hostednet.jmx}); notifications arrive on a thread of the implementation's.
 */
public interface HostedNetwork extends AutoCloseable {

    /** @return which backend answers: "hostednetwork", "mobilehotspot", "simulated" or "unavailable" */
    String backendName();

    /** WlanHostedNetworkRefreshSecuritySettings: a new primary key; an active network becomes idle.
     * @return the codes */
    CallResult refreshSecuritySettings();

    /** WlanHostedNetworkInitSettings: a no-op when settings exist.
     * @return the codes */
    CallResult initSettings();

    /** WlanHostedNetworkForceStart: starts the network until stopped, beyond this process's life.
     * @return the codes */
    CallResult forceStart();

    /** WlanHostedNetworkForceStop: stops it for every client.
     * @return the codes */
    CallResult forceStop();

    /** @return the current status
     * @throws HostedNetworkException when the query fails */
    HostedNetworkStatus queryStatus() throws HostedNetworkException;

    /** @return the SSID and maximum peers
     * @throws HostedNetworkException when the query fails (1610 until an SSID is set) */
    ConnectionSettings queryConnectionSettings() throws HostedNetworkException;

    /** @return the algorithms
     * @throws HostedNetworkException when the query fails */
    SecuritySettings querySecuritySettings() throws HostedNetworkException;

    /** @return whether the Hosted Network is allowed on this machine
     * @throws HostedNetworkException when the query fails */
    boolean queryEnabled() throws HostedNetworkException;

    /** @return whether a secondary key is set, never the key itself (it is wiped and freed at once)
     * @throws HostedNetworkException when the query fails */
    SecondaryKeyInfo querySecondaryKey() throws HostedNetworkException;

    /**
     * Subscribes to hosted-network notifications. Listeners must return quickly and must not call back into
     * this network from the notification thread (on Windows that deadlocks).
     *
     * @param listener receives events on the backend's notification thread
     * @return closing it unsubscribes; no event starts after close returns
     * @throws HostedNetworkException when registration fails
     */
    AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) throws HostedNetworkException;

    /** Releases native resources. Idempotent; never throws. */
    @Override
    void close();
}
