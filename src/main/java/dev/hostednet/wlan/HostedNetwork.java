package dev.hostednet.wlan;

import java.util.function.Consumer;

/**
 * The port: a Windows soft access point as plain Java, whatever answers it (the Hosted Network through wlanapi,
 * Mobile Hotspot through WinRT, or the simulation). The methods are named for what they do on either network (the
 * system key, the user key, start, stop), not after one API's functions; each one's documentation names the call it
 * makes on each. On Mobile Hotspot there is one passphrase: it is both the system key and the user key. (The MBean's
 * operations keep the Hosted Network's names, such as refreshSecuritySettings, which clients already invoke.)
 *
 * <p>Operations that change the network return a {@link CallResult} and never throw for a Win32 failure: a
 * failure is a result to record. Queries throw {@link HostedNetworkException} when the native call fails. Key
 * material crosses this interface only through {@link #revealUserKey()} and {@link #queryStationProfile()},
 * for the one audited hand-over, in arrays the caller wipes. Implementations are thread-safe, but callers should serialise native
 * calls (see {@code dev.hostednet.jmx}); notifications arrive on a thread of the implementation's.
 */
public interface HostedNetwork extends AutoCloseable {

    /** @return which backend answers: "hostednetwork", "mobilehotspot", "simulated" or "unavailable" */
    String backendName();

    /**
     * @return what operators call the network this backend drives, for messages such as "Could not start
     *     Mobile Hotspot": "the Hosted Network" unless the backend says otherwise
     */
    default String displayName() {
        return "the Hosted Network";
    }

    /**
     * @return what an operator should check when Windows does not answer a call in time, as the end of a sentence
     *     ("check the WLAN AutoConfig service and the wireless driver")
     */
    default String timeoutAdvice() {
        return "check the WLAN AutoConfig service and the wireless driver";
    }

    /**
     * @return why no backend can reach Windows here (advice for an operator), or null when one can; calls then fail
     *     without Windows being asked, and the agent reports them as its own decision, not as a Win32 answer
     */
    default String unavailableReason() {
        return null;
    }

    /**
     * A new system key; an active network becomes idle. Hosted Network: WlanHostedNetworkRefreshSecuritySettings
     * (a new primary key). Mobile Hotspot: a new random passphrase, put on while the hotspot is off.
     *
     * @return the codes
     */
    CallResult rotateSystemKey();

    /**
     * Sets the user key. Hosted Network: WlanHostedNetworkSetSecondaryKey with a passphrase; the state and connected
     * clients stay (they need the new key only to reconnect). Mobile Hotspot: the one passphrase, so a hotspot that
     * was on is stopped, configured and started again, and its clients must rejoin. The bytes are the caller's to wipe; the backend keeps no copy
     * beyond the call, and its native copy is wiped before it is released.
     *
     * @param passphrase 8 to 63 printable ASCII characters, without a terminating NUL (Windows checks the length
     *     and answers 87 outside it)
     * @param persistent whether the key outlives the current run of the network
     * @return the codes
     */
    CallResult setUserKey(byte[] passphrase, boolean persistent);

    /** Starts the network until stopped, beyond this process's life (WlanHostedNetworkForceStart, never the
     * StartUsing that ends with this process; StartTetheringAsync on Mobile Hotspot).
     * @return the codes */
    CallResult start();

    /** Stops it for every client (WlanHostedNetworkForceStop; StopTetheringAsync on Mobile Hotspot).
     * @return the codes */
    CallResult stop();

    /** @return the current status
     * @throws HostedNetworkException when the query fails */
    HostedNetworkStatus queryStatus() throws HostedNetworkException;

    /** @return the SSID and maximum peers
     * @throws HostedNetworkException when the query fails (1610 until an SSID is set) */
    ConnectionSettings queryConnectionSettings() throws HostedNetworkException;

    /** @return the algorithms
     * @throws HostedNetworkException when the query fails */
    SecuritySettings querySecuritySettings() throws HostedNetworkException;

    /** @return whether a user (secondary) key is set, never the key itself (it is wiped and freed at once;
     *     WlanHostedNetworkQuerySecondaryKey); on Mobile Hotspot always the same answer, a persistent passphrase,
     *     read from nothing
     * @throws HostedNetworkException when the query fails */
    SecondaryKeyInfo userKeyInfo() throws HostedNetworkException;

    /**
     * WlanHostedNetworkQuerySecondaryKey for the audited hand-over: the user key itself. The native buffer is wiped
     * before it is freed.
     *
     * @return the passphrase's characters (a raw 32-byte key as 64 hex digits), for the caller to wipe; null when
     *     no user key is set
     * @throws HostedNetworkException when the query fails
     */
    char[] revealUserKey() throws HostedNetworkException;

    /**
     * WlanHostedNetworkQueryProperty, opcode station_profile: the profile a station could join with, which may
     * hold the system key (see {@link StationProfile}). The native buffer is wiped before it is freed.
     *
     * @return its bytes, UTF-16LE with the terminating NUL counted, for the caller to wipe
     * @throws HostedNetworkException when the query fails (1610 until an SSID is set)
     */
    byte[] queryStationProfile() throws HostedNetworkException;

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
