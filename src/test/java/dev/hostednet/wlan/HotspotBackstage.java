package dev.hostednet.wlan;

import java.time.Duration;

/**
 * What a Mobile Hotspot contract test can do behind a backend's back: the fault switches and observations that the
 * combase stand-in and the Java simulation both offer. One implementation per backend.
 */
public interface HotspotBackstage {

    /**
     * Mobile Hotspot's fault switches, numbered as the combase stand-in's (the Hosted Network's are
     * {@code simulated.ServiceFault}).
     */
    enum HotspotFault {
        /** Everything works. */
        NONE,
        /** GetInternetConnectionProfile gives none. */
        NO_INTERNET,
        /** StartTetheringAsync completes with the status and message of {@link #setStartFailure}. */
        START_FAILS,
        /** Asynchronous operations never complete, until cancelled. */
        HANG,
        /** ConfigureAccessPointAsync fails with E_ACCESSDENIED. */
        CONFIG_REFUSED
    }

    /**
     * @param settings the timeout and keep-alive option
     * @return a new backend over a fresh hotspot: off, SSID "standin-hotspot", 8 clients at most, no faults
     */
    HostedNetwork freshHotspot(BackendSettings settings);

    void setFault(HotspotFault fault);

    void setCapability(int capability);

    /** @param state 1 On, 2 Off, 3 InTransition */
    void setState(int state);

    void setStartFailure(int status, String message);

    void addClient(String mac);

    String passphrase();

    /** @param text a new passphrase, as if set in Windows' Settings */
    void setPassphrase(String text);

    String ssid();

    /** @return what changed the hotspot, such as "stop;configure;start" */
    String log();

    boolean noConnectionsTimeout();

    /** @return the default settings with this timeout */
    static BackendSettings timeout(Duration d) {
        return new BackendSettings(d, false);
    }
}
