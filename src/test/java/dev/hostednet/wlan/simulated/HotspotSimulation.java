package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.HotspotBackstage.HotspotFault;
import dev.hostednet.wlan.winrt.HotspotOutcomes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mobile Hotspot as Windows shows it to {@code NetworkOperatorTetheringManager}, in plain Java: the operational
 * state, the configuration, the capability, the clients, and the same fault switches as the combase stand-in.
 * {@link #log()} records what changed the hotspot, as the stand-in's log does. For demos and tests only;
 * {@link #passphrase()} exists so tests can prove a rotation changed it.
 */
public final class HotspotSimulation {

    private int state = HotspotOutcomes.STATE_OFF;
    private String ssid = "standin-hotspot";
    private char[] passphrase = "initial-passphrase".toCharArray();
    private int capability;
    private HotspotFault fault = HotspotFault.NONE;
    private final List<String> clients = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private boolean noConnectionsTimeout = true;
    private int startStatus;
    private String startMessage = "";
    private final int maxClients = 8;

    /** @param f the failure from now on */
    public synchronized void setFault(HotspotFault f) {
        fault = f;
    }

    synchronized HotspotFault fault() {
        return fault;
    }

    /** @param c a TetheringCapability number (0 Enabled) */
    public synchronized void setCapability(int c) {
        capability = c;
    }

    synchronized int capability() {
        return capability;
    }

    /** @param s a TetheringOperationalState number */
    public synchronized void setState(int s) {
        state = s;
    }

    synchronized int state() {
        return state;
    }

    /**
     * @param status the TetheringOperationStatus a failing start gives
     * @param message its AdditionalErrorMessage
     */
    public synchronized void setStartFailure(int status, String message) {
        startStatus = status;
        startMessage = message;
    }

    /** @param text the SSID */
    public synchronized void setSsid(String text) {
        ssid = text;
    }

    synchronized String ssid() {
        return ssid;
    }

    synchronized int maxClients() {
        return maxClients;
    }

    /** @param mac a client's MAC as Windows might spell it */
    public synchronized void addClient(String mac) {
        clients.add(mac);
    }

    synchronized List<String> clients() {
        return List.copyOf(clients);
    }

    /** @return the passphrase (tests only) */
    public synchronized String passphrase() {
        return new String(passphrase);
    }

    /** @return a copy of the passphrase, for the hand-over (the caller wipes it) */
    synchronized char[] passphraseChars() {
        return passphrase.clone();
    }

    /** @param text the passphrase, as if set in Windows' Settings */
    public synchronized void setPassphrase(String text) {
        Arrays.fill(passphrase, '\0');
        passphrase = text.toCharArray();
    }

    /** @return what changed the hotspot, such as "stop;configure;start" */
    public synchronized String log() {
        return String.join(";", log);
    }

    /** @return whether Windows would turn an idle hotspot off */
    public synchronized boolean noConnectionsTimeout() {
        return noConnectionsTimeout;
    }

    synchronized void disableNoConnectionsTimeout() {
        noConnectionsTimeout = false;
        log.add("timeout-disabled");
    }

    synchronized void cancelled() {
        log.add("cancel");
    }

    /** @return the start's status: 0 and On, or the failure switched on (the state unchanged) */
    synchronized int start() {
        if (fault == HotspotFault.START_FAILS) {
            log.add("start-failed");
            return startStatus;
        }
        state = HotspotOutcomes.STATE_ON;
        log.add("start");
        return 0;
    }

    synchronized String startMessage() {
        return fault == HotspotFault.START_FAILS ? startMessage : "";
    }

    synchronized void stop() {
        state = HotspotOutcomes.STATE_OFF;
        log.add("stop");
    }

    /** @return 0, or the HRESULT a refused configuration fails with */
    synchronized int configure(String newSsid, char[] newPassphrase) {
        if (fault == HotspotFault.CONFIG_REFUSED) {
            return HotspotOutcomes.E_ACCESSDENIED;
        }
        Arrays.fill(passphrase, '\0');
        ssid = newSsid;
        passphrase = newPassphrase.clone();
        log.add("configure");
        return 0;
    }
}
