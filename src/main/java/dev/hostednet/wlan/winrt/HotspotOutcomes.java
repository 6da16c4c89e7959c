package dev.hostednet.wlan.winrt;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.Peer;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import dev.hostednet.wlan.Win32Code;
import java.time.Duration;
import java.util.List;

/**
 * Mobile Hotspot's answers as the port's values, in one place for the binding and the simulation of Mobile Hotspot
 * (dev.hostednet.wlan.simulated), so that the two say the same; the contract suite checks that they also do the
 * same. No JNA here: the simulation uses it without loading JNA.
 */
public final class HotspotOutcomes {

    /** TetheringOperationalState On. */
    public static final int STATE_ON = 1;
    /** TetheringOperationalState Off. */
    public static final int STATE_OFF = 2;
    /** TetheringOperationalState InTransition. */
    public static final int STATE_IN_TRANSITION = 3;
    /** HRESULT E_ACCESSDENIED. */
    public static final int E_ACCESSDENIED = HResult.E_ACCESSDENIED;

    /**
     * What Mobile Hotspot's security reads as: WPA2-Personal (WPA2-PSK, CCMP), the only kind before Windows 11 24H2;
     * the authentication kind 24H2 added (Configuration3) is not read yet, so a WPA3 hotspot there reads the same.
     */
    public static final SecuritySettings SECURITY = new SecuritySettings(7, 4);
    /** The hotspot's one passphrase is the key clients use: always set, a passphrase, and persistent. */
    public static final SecondaryKeyInfo PASSPHRASE = new SecondaryKeyInfo(true, true, true);

    private static final String STOPPED = " The hotspot was stopped for the change and is now off; the old"
        + " passphrase is still in place.";

    private HotspotOutcomes() {
    }

    /**
     * @param operationalState TetheringOperationalState
     * @return the port's state; Unknown is never reported as a working hotspot
     */
    public static HostedNetworkState state(int operationalState) {
        return switch (operationalState) {
            case STATE_ON -> HostedNetworkState.ACTIVE;
            case STATE_OFF -> HostedNetworkState.IDLE;
            case STATE_IN_TRANSITION -> HostedNetworkState.IN_TRANSITION;
            default -> HostedNetworkState.UNAVAILABLE;
        };
    }

    /**
     * @param macs the clients' MAC addresses as Windows spells them
     * @return the peers, MACs normalised
     */
    public static List<Peer> peers(List<String> macs) {
        return macs.stream().map(m -> new Peer(Peer.normalizeMac(m), true)).toList();
    }

    /** @return why a PC without an internet connection has no hotspot, in Windows' terms */
    public static String noInternet() {
        return "this PC has no internet connection to share (GetInternetConnectionProfile gave none); Windows needs"
            + " an Ethernet, Wi-Fi or cellular data connection for Mobile Hotspot.";
    }

    /**
     * @param capability a TetheringCapability other than Enabled
     * @return its name and meaning
     */
    public static String disabled(int capability) {
        return "Mobile Hotspot is disabled: " + TetheringWords.capability(capability);
    }

    /**
     * @param why {@link #noInternet()} or {@link #disabled(int)}
     * @param capability whether a capability is the reason
     * @return the failure of an operation that could not be attempted
     */
    public static CallResult unavailable(String why, boolean capability) {
        return new CallResult(capability ? Win32Code.NOT_SUPPORTED : Win32Code.INVALID_STATE,
            ReasonCode.UNSPECIFIED, why);
    }

    /**
     * @param what the WinRT method
     * @param hresult its failure
     * @param stopped whether the hotspot was stopped for a change that then failed
     * @return the failure, the HRESULT in Windows' words
     */
    public static CallResult failure(String what, int hresult, boolean stopped) {
        return new CallResult(new Win32Code(hresult), ReasonCode.UNSPECIFIED, what + " failed: "
            + HResult.words(hresult) + advice(hresult) + (stopped ? STOPPED : ""));
    }

    /**
     * @param what StartTetheringAsync or StopTetheringAsync
     * @param status its TetheringOperationStatus (not Success)
     * @param message Windows' AdditionalErrorMessage, or ""
     * @return the failure, by the status's name
     */
    public static CallResult refused(String what, int status, String message) {
        return new CallResult(Win32Code.INVALID_STATE, ReasonCode.UNSPECIFIED, what + " refused: "
            + TetheringWords.status(status) + (message.isEmpty() ? "" : " Windows says: " + message));
    }

    /**
     * @param what the asynchronous method
     * @param bound how long it was given
     * @param stopped whether the hotspot was stopped for a change that then timed out
     * @return the failure of an operation that was cancelled after its timeout
     */
    public static CallResult timedOut(String what, Duration bound, boolean stopped) {
        return new CallResult(Win32Code.TIMEOUT, ReasonCode.UNSPECIFIED, what + " did not complete within "
            + bound.toMillis() + " ms; the agent cancelled and closed it. Nothing is known to have changed yet:"
            + " State shows what Windows did." + (stopped ? STOPPED : ""));
    }

    /**
     * @param length the refused passphrase's length
     * @return the failure of a passphrase WPA2-PSK does not allow; nothing was changed
     */
    public static CallResult badPassphrase(int length) {
        return new CallResult(Win32Code.INVALID_PARAMETER, ReasonCode.UNSPECIFIED, "a WPA2-PSK passphrase has 8 to"
            + " 63 characters (this one has " + length + "); nothing was changed.");
    }

    private static String advice(int hresult) {
        return switch (hresult) {
            case HResult.REGDB_E_CLASSNOTREG -> " Mobile Hotspot's WinRT classes are not on this Windows: it needs"
                + " Windows 10 1607 or later (backend=hostednetwork for older drivers).";
            case HResult.E_ACCESSDENIED -> " Windows refused: the host application may need to run as an"
                + " administrator, or in the user's session rather than as a service.";
            default -> "";
        };
    }

    /**
     * Mobile Hotspot has one passphrase, so the user key is that passphrase: ASCII bytes as the port gives them, as
     * characters for the binding (which wipes them).
     *
     * @param passphrase the new key's bytes; not kept
     * @return its characters
     */
    public static char[] passphraseOf(byte[] passphrase) {
        char[] c = new char[passphrase.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (passphrase[i] & 0xff);
        }
        return c;
    }
}
