package dev.hostednet.wlan;

import java.time.Duration;

/**
 * What a Mobile Hotspot contract test can do behind a backend's back: the fault switches and observations that the
 * combase stand-in and the Java simulation both offer. One implementation per backend.
 */
public interface HotspotBackstage {

    /** The fault switches, numbered as the stand-in's. */
    enum Fault { NONE, NO_INTERNET, START_FAILS, HANG, CONFIG_REFUSED }

    /**
     * @param settings the timeout and keep-alive option
     * @return a new backend over a fresh hotspot: off, SSID "standin-hotspot", 8 clients at most, no faults
     */
    HostedNetwork freshHotspot(BackendSettings settings);

    void setFault(Fault fault);

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
