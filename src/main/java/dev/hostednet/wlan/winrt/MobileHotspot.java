package dev.hostednet.wlan.winrt;

import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import dev.hostednet.wlan.Win32Code;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Mobile Hotspot (WinRT's NetworkOperatorTetheringManager) behind the same port as the Hosted Network, for the
 * Windows 10/11 machines whose Wi-Fi drivers have no Hosted Network mode. The port's words map as the MBean's
 * users expect: the one passphrase is the key that refresh rotates, start and stop drive StartTetheringAsync and
 * StopTetheringAsync, and a refresh leaves an active hotspot idle (as WlanHostedNetworkRefreshSecuritySettings
 * does). There are no native notifications: state changes are seen by the agent's polls.
 */
public final class MobileHotspot implements HostedNetwork {

    private static final System.Logger LOG = System.getLogger(MobileHotspot.class.getName());

    private final Apartment apartment;
    private final HotspotCalls calls;

    private MobileHotspot(Combase combase, BackendSettings settings) {
        this.apartment = new Apartment(combase);
        this.calls = new HotspotCalls(new Tethering(combase), settings);
    }

    /**
     * Loads combase; WinRT is first called by the first operation, on the caller's thread (the agent's native
     * thread), which is then initialised multithreaded.
     *
     * @param settings the operation timeout and whether to keep an unattended hotspot on
     * @return the backend
     * @throws IllegalStateException when combase cannot be loaded, saying why
     */
    public static MobileHotspot open(BackendSettings settings) {
        try {
            return new MobileHotspot(Combase.load(), settings);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("The mobilehotspot backend could not load combase (" + e.getMessage()
                + "). It needs Windows 10 1607 or later, or a stand-in libcombase on jna.library.path; use"
                + " backend=simulated to run the simulation instead.", e);
        }
    }

    /** @return the apartment its calls run in: a seam for the tests of its close racing a call */
    Apartment apartment() {
        return apartment;
    }

    @Override
    public String backendName() {
        return "mobilehotspot";
    }

    @Override
    public String displayName() {
        return "Mobile Hotspot";
    }

    @Override
    public String timeoutAdvice() {
        return "check the Windows Mobile Hotspot service (icssvc) and the wireless driver";
    }

    /** A new random passphrase; an active hotspot is stopped first and left idle. */
    @Override
    public CallResult rotateSystemKey() {
        return changePassphrase(calls.newPassphrase(), false);
    }

    /**
     * Puts a passphrase on the hotspot, keeping its SSID: stop if on, configure, then start again only if it was on
     * and {@code restart} asks for it. The port's user-key rotation uses it too. The array is
     * wiped before this returns, whatever happens.
     *
     * @param passphrase 8 to 63 characters (WPA2-PSK)
     * @param restart whether to start it again when it was on
     * @return the outcome, with Windows' status and message in words on failure
     */
    public CallResult changePassphrase(char[] passphrase, boolean restart) {
        try {
            return attempt("change the passphrase", () -> calls.changePassphrase(passphrase, restart));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
    @Override
    public CallResult start() {
        return attempt("start the hotspot", () -> calls.startOrStop(true));
    }

    @Override
    public CallResult stop() {
        return attempt("stop the hotspot", () -> calls.startOrStop(false));
    }

    private CallResult attempt(String words, HotspotCalls.Call<CallResult> call) {
        try {
            return apartment.run(call::run);
        } catch (WinRtException e) {
            return HotspotOutcomes.failure(e.what(), e.hresult(), false);
        } catch (Unavailable e) {
            return HotspotOutcomes.unavailable(e.getMessage(), e.capability());
        } catch (AsyncWait.TimedOut e) {
            return e.result(false);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "hostednet-agent: mobilehotspot failed to " + words, e);
            return new CallResult(Win32Code.INTERNAL_ERROR, ReasonCode.UNSPECIFIED, "the mobilehotspot backend"
                + " failed: " + e.getClass().getSimpleName());
        }
    }

    private <T> T query(String words, HotspotCalls.Call<T> call) throws HostedNetworkException {
        try {
            return apartment.run(call::run);
        } catch (HostedNetworkException e) {
            throw e;
        } catch (Exception e) {
            CallResult failure = attempt(words, () -> {
                throw e;
            });
            throw new HostedNetworkException(words, failure);
        }
    }

    @Override
    public HostedNetworkStatus queryStatus() throws HostedNetworkException {
        return query("query the hotspot's state", calls::status);
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        return query("query the hotspot's SSID", calls::connectionSettings);
    }

    /** {@link HotspotOutcomes#SECURITY}: read from nothing, so it costs no WinRT call. */
    @Override
    public SecuritySettings querySecuritySettings() {
        return HotspotOutcomes.SECURITY;
    }
    /** {@link HotspotOutcomes#PASSPHRASE}. */
    @Override
    public SecondaryKeyInfo userKeyInfo() {
        return HotspotOutcomes.PASSPHRASE;
    }

    /** Mobile Hotspot has no notification the agent can use: the agent's polls see every change. */
    @Override
    public AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) {
        return () -> { };
    }

    /**
     * Releases the activation factories kept across calls, then balances WinRT's initialisation of the calling
     * thread (the agent closes it on its native thread).
     */
    @Override
    public void close() {
        apartment.close(calls::close);
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

    /**
     * The user key is the one passphrase: read with get_Passphrase, on the native thread, for the audited
     * hand-over only.
     */
    @Override
    public char[] revealUserKey() throws HostedNetworkException {
        return query("read the hotspot's passphrase", calls::passphrase);
    }

    /** The profile a client joins with: the SSID, WPA2-PSK with AES, and the one passphrase. */
    @Override
    public byte[] queryStationProfile() throws HostedNetworkException {
        return query("read the hotspot's station profile", calls::stationProfile);
    }
}
