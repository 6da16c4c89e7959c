package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.HotspotBackstage.HotspotFault;
import dev.hostednet.wlan.ProfileWriter;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import dev.hostednet.wlan.winrt.HotspotOutcomes;
import dev.hostednet.wlan.Passphrases;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pure-Java Mobile Hotspot behind the port, doing what the mobilehotspot backend does over WinRT: the contract
 * suite runs both, so the two cannot drift. Its answers are built by {@link HotspotOutcomes}, as the binding's are.
 */
public final class SimulatedMobileHotspot implements HostedNetwork {

    private final HotspotSimulation sim;
    private final BackendSettings settings;
    private final Passphrases passphrases = new Passphrases();
    private boolean keepAliveDone;

    /**
     * @param sim the simulated Windows
     * @param settings the operation timeout (how long a hanging operation takes to be cancelled) and keep-alive
     */
    public SimulatedMobileHotspot(HotspotSimulation sim, BackendSettings settings) {
        this.sim = sim;
        this.settings = settings;
    }

    @Override
    public String backendName() {
        return "mobilehotspot (simulated)";
    }

    @Override
    public String displayName() {
        return "Mobile Hotspot";
    }

    @Override
    public String timeoutAdvice() {
        return "check the Windows Mobile Hotspot service (icssvc) and the wireless driver";
    }

    /** @return null when the hotspot can be used, else the failure saying why not */
    private synchronized CallResult unavailable() {
        if (settings.hotspotKeepAlive() && !keepAliveDone) {
            keepAliveDone = true;
            sim.disableNoConnectionsTimeout();
        }
        if (sim.fault() == HotspotFault.NO_INTERNET) {
            return HotspotOutcomes.unavailable(HotspotOutcomes.noInternet(), false);
        }
        int c = sim.capability();
        return c == 0 ? null : HotspotOutcomes.unavailable(HotspotOutcomes.disabled(c), true);
    }

    @Override
    public CallResult rotateSystemKey() {
        return changePassphrase(passphrases.next(), false);
    }

    /**
     * As {@code MobileHotspot.changePassphrase}: stop if on, configure, start again if asked and it was on.
     *
     * @param passphrase 8 to 63 characters; wiped before this returns
     * @param restart whether to start it again when it was on
     * @return the outcome
     */
    public CallResult changePassphrase(char[] passphrase, boolean restart) {
        try {
            if (passphrase.length < 8 || passphrase.length > 63) {
                return HotspotOutcomes.badPassphrase(passphrase.length);
            }
            CallResult u = unavailable();
            if (u != null) {
                return u;
            }
            boolean wasOn = sim.state() == HotspotOutcomes.STATE_ON;
            if (wasOn) {
                CallResult stop = startOrStop(false);
                if (!stop.succeeded()) {
                    return stop;
                }
            }
            if (sim.fault() == HotspotFault.HANG) {
                return hang("ConfigureAccessPointAsync", wasOn);
            }
            int hr = sim.configure(sim.ssid(), passphrase);
            if (hr != 0) {
                return HotspotOutcomes.failure("ConfigureAccessPointAsync", hr, wasOn);
            }
            return wasOn && restart ? startOrStop(true) : CallResult.OK;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private CallResult startOrStop(boolean start) {
        String what = start ? "StartTetheringAsync" : "StopTetheringAsync";
        if (sim.fault() == HotspotFault.HANG) {
            return hang(what, false);
        }
        if (!start) {
            sim.stop();
            return CallResult.OK;
        }
        int status = sim.start();
        return status == 0 ? CallResult.OK : HotspotOutcomes.refused(what, status, sim.startMessage());
    }

    /** An operation that never completes: waited for as long as the binding waits, then cancelled. */
    private CallResult hang(String what, boolean stopped) {
        try {
            Thread.sleep(settings.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sim.cancelled();
        return HotspotOutcomes.timedOut(what, settings.timeout(), stopped);
    }
    @Override
    public CallResult start() {
        CallResult u = unavailable();
        return u != null ? u : startOrStop(true);
    }

    @Override
    public CallResult stop() {
        CallResult u = unavailable();
        return u != null ? u : startOrStop(false);
    }

    @Override
    public HostedNetworkStatus queryStatus() {
        if (unavailable() != null) {
            return HostedNetworkStatus.ofState(HostedNetworkState.UNAVAILABLE);
        }
        HostedNetworkState state = HotspotOutcomes.state(sim.state());
        List<String> macs = state == HostedNetworkState.ACTIVE ? sim.clients() : List.of();
        return new HostedNetworkStatus(state, "", "", 0, 0, HotspotOutcomes.peers(macs));
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        available("query the hotspot's SSID");
        return new ConnectionSettings(sim.ssid(), sim.maxClients());
    }

    @Override
    public SecuritySettings querySecuritySettings() {
        return HotspotOutcomes.SECURITY;
    }
    @Override
    public SecondaryKeyInfo userKeyInfo() {
        return HotspotOutcomes.PASSPHRASE;
    }

    @Override
    public AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) {
        return () -> { };
    }

    @Override
    public void close() {
        // nothing native
    }

    /**
     * The user key is Mobile Hotspot's one passphrase. Windows applies a configuration only while the hotspot is
     * off, so it is stopped, configured and started again if it was on: unlike the Hosted Network's user key,
     * connected clients drop and rejoin with the new key. Mobile Hotspot keeps its passphrase: persistent always.
     */
    @Override
    public CallResult setUserKey(byte[] passphrase, boolean persistent) {
        return changePassphrase(HotspotOutcomes.passphraseOf(passphrase), true);
    }

    /** As the binding: the one passphrase, for the audited hand-over. */
    @Override
    public char[] revealUserKey() throws HostedNetworkException {
        available("read the hotspot's passphrase");
        return sim.passphraseChars();
    }

    /** As the binding: WPA2-PSK with AES, the SSID and the one passphrase. */
    @Override
    public byte[] queryStationProfile() throws HostedNetworkException {
        available("read the hotspot's station profile");
        char[] passphrase = sim.passphraseChars();
        try {
            return ProfileWriter.wpa2Personal(sim.ssid(), passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private void available(String words) throws HostedNetworkException {
        CallResult u = unavailable();
        if (u != null) {
            throw new HostedNetworkException(words, u);
        }
    }
}
