package dev.hostednet.wlan.winrt;

import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Passphrases;
import dev.hostednet.wlan.ProfileWriter;
import java.util.List;

/**
 * What each operation of {@link MobileHotspot} does in WinRT calls; every method runs inside {@link Apartment#run}. The
 * rotation is the one scripts use (windows-binary-contract.md in the manual, "Behaviour"): stop if on, configure a
 * new passphrase on the current SSID, start again only if asked and it was on.
 */
final class HotspotCalls {

    private static final System.Logger LOG = System.getLogger(MobileHotspot.class.getName());

    /** What hotspot.keepalive=on meets on a Windows without Statics4. */
    static final String TOO_OLD = "hostednet-agent: hotspot.keepalive=on, but this Windows is older than Windows 10"
        + " 2004: its tethering manager has no INetworkOperatorTetheringManagerStatics4 (QueryInterface answered"
        + " E_NOINTERFACE), so the no-connections timeout cannot be turned off; an unattended hotspot turns itself"
        + " off after some minutes without clients.";

    /** A task that may fail as WinRT fails. */
    interface Call<T> {
        T run() throws Exception;
    }

    private final Tethering tethering;
    private final BackendSettings settings;
    private final Passphrases passphrases = new Passphrases();
    private boolean keepAliveDone;

    HotspotCalls(Tethering tethering, BackendSettings settings) {
        this.tethering = tethering;
        this.settings = settings;
    }

    /** Releases what is kept across calls (the activation factories); inside {@link Apartment#close(Runnable)}. */
    void close() {
        tethering.close();
    }

    char[] newPassphrase() {
        return passphrases.next();
    }

    /** Opens the manager; the first time, turns the no-connections timeout off when the option asks for it. */
    private Tethering.Manager open() throws WinRtException, Unavailable {
        if (settings.hotspotKeepAlive() && !keepAliveDone) {
            keepAliveDone = true;
            try {
                if (tethering.disableNoConnectionsTimeout()) {
                    LOG.log(System.Logger.Level.INFO, "hostednet-agent: Mobile Hotspot's no-connections timeout is"
                        + " off (hotspot.keepalive=on): an unattended hotspot stays on without clients");
                } else {
                    LOG.log(System.Logger.Level.WARNING, TOO_OLD);
                }
            } catch (WinRtException e) {
                LOG.log(System.Logger.Level.WARNING, "hostednet-agent: hotspot.keepalive=on, but Windows refused to"
                    + " turn the no-connections timeout off: " + e.getMessage());
            }
        }
        return tethering.open();
    }
    HostedNetworkStatus status() throws WinRtException {
        try (Tethering.Manager m = open()) {
            HostedNetworkState state = HotspotOutcomes.state(tethering.operationalState(m.manager()));
            List<String> macs = state == HostedNetworkState.ACTIVE ? tethering.clientMacs(m.manager()) : List.of();
            return new HostedNetworkStatus(state, "", "", 0, 0, HotspotOutcomes.peers(macs));
        } catch (Unavailable e) {
            // Why it is unavailable is said by the next property read and by every operation.
            return HostedNetworkStatus.ofState(HostedNetworkState.UNAVAILABLE);
        }
    }

    ConnectionSettings connectionSettings() throws WinRtException, Unavailable {
        try (Tethering.Manager m = open()) {
            return new ConnectionSettings(tethering.ssid(m.manager()), tethering.maxClientCount(m.manager()));
        }
    }

    /** @return the one passphrase (the user key), for the caller to wipe */
    char[] passphrase() throws WinRtException, Unavailable {
        try (Tethering.Manager m = open()) {
            return tethering.passphrase(m.manager());
        }
    }

    /**
     * Mobile Hotspot has no station profile of its own: this is the one a client joins with, WPA2-Personal (the
     * only kind before Windows 11 24H2) with the one passphrase (the system key and the user key are the same).
     *
     * @return the profile's bytes, for the caller to wipe
     */
    byte[] stationProfile() throws WinRtException, Unavailable {
        try (Tethering.Manager m = open()) {
            String ssid = tethering.ssid(m.manager());
            char[] passphrase = tethering.passphrase(m.manager());
            try {
                return ProfileWriter.wpa2Personal(ssid, passphrase);
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }
    CallResult startOrStop(boolean start) throws Exception {
        try (Tethering.Manager m = open()) {
            return startOrStop(m, start);
        }
    }

    private CallResult startOrStop(Tethering.Manager m, boolean start) throws Exception {
        String what = start ? "StartTetheringAsync" : "StopTetheringAsync";
        try (ComRef op = tethering.startOrStop(m.manager(), start)) {
            Tethering.OperationResult r = AsyncWait.await(op, what, settings.timeout(), tethering::result);
            return r.succeeded() ? CallResult.OK : HotspotOutcomes.refused(what, r.status(), r.message());
        }
    }

    CallResult changePassphrase(char[] passphrase, boolean restart) throws Exception {
        if (passphrase.length < 8 || passphrase.length > 63) {
            return HotspotOutcomes.badPassphrase(passphrase.length);
        }
        try (Tethering.Manager m = open()) {
            boolean wasOn = tethering.operationalState(m.manager()) == HotspotOutcomes.STATE_ON;
            if (wasOn) {
                CallResult stop = startOrStop(m, false);
                if (!stop.succeeded()) {
                    return stop;
                }
            }
            String ssid = tethering.ssid(m.manager());
            try (ComRef action = tethering.configure(m.manager(), ssid, java.nio.CharBuffer.wrap(passphrase))) {
                AsyncWait.await(action, "ConfigureAccessPointAsync", settings.timeout(), a -> {
                    WinRtException.check("ConfigureAccessPointAsync GetResults", a.call(Abi.ASYNC_GET_RESULTS));
                    return null;
                });
            } catch (WinRtException e) {
                return HotspotOutcomes.failure(e.what(), e.hresult(), wasOn);
            } catch (AsyncWait.TimedOut e) {
                return e.result(wasOn);
            }
            return wasOn && restart ? startOrStop(m, true) : CallResult.OK;
        }
    }
}
