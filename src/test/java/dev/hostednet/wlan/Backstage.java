package dev.hostednet.wlan;

import dev.hostednet.wlan.simulated.ServiceFault;

/**
 * What a contract test can do behind a backend's back: the fault switches and observations that the native
 * stand-in and the simulation both offer. One implementation per backend.
 */
public interface Backstage {

    /** @return a new backend over a fresh Hosted Network (idle, no settings, no keys, no faults) */
    HostedNetwork freshNetwork();

    /**
     * Gives the network settings (an SSID and a system key) behind the backend's back, as
     * WlanHostedNetworkInitSettings does; a no-op when it has them.
     */
    void initSettings();

    void setFault(ServiceFault fault);

    void setHangMillis(long millis);

    /** Invalidates every open handle, as a restart of the WLAN service does (a no-op where there are none). */
    void restartService();

    void setElevated(boolean elevated);

    /** Sets a passphrase secondary key behind the backend's back. */
    void setSecondaryPassphrase(String passphrase, boolean persistent);

    byte[] primaryKey();

    /** Whether the station profile carries the primary key in clear-text keyMaterial (UNCONFIRMED on Windows). */
    void setProfileKey(boolean on);

    /** @return the secondary passphrase's characters as the backend holds them (no NUL), or null when none */
    byte[] secondaryKey();

    boolean peerArrive(String mac);

    boolean peerDepart(String mac);

    boolean awaitNotificationsIdle(long millis) throws InterruptedException;
}
