package dev.hostednet.wlan;

import java.util.Map;

/**
 * Turns a Win32 code and a Hosted Network reason into a sentence an operator can act on. The common Windows
 * failures (no driver support, a stopped service, group policy, missing elevation) each get advice, not a number.
 */
public final class Diagnosis {

    private static final String SERVICE_STOPPED = "The WLAN AutoConfig service (WlanSvc) is not running; start it"
        + " with 'net start WlanSvc' (or from services.msc) and try again.";

    private static final Map<Win32Code, String> ADVICE = Map.of(
        Win32Code.SERVICE_NOT_ACTIVE, SERVICE_STOPPED,
        Win32Code.SERVICE_DISABLED, SERVICE_STOPPED,
        Win32Code.INVALID_HANDLE, "The WLAN client handle was lost, usually because the WLAN service restarted;"
            + " the agent reopens it on the next call.",
        Win32Code.CALL_NOT_IMPLEMENTED, "The Windows Hosted Network API exists only on Windows; start the agent"
            + " with backend=simulated to run the simulation instead.",
        Win32Code.MOD_NOT_FOUND, "The Wireless LAN API (wlanapi.dll) could not be loaded: on Windows Server, add"
            + " the 'Wireless LAN Service' feature; elsewhere start the agent with backend=simulated.",
        Win32Code.DLL_INIT_FAILED, "The agent's native access (JNA) could not load its own library, so Windows'"
            + " libraries (wlanapi.dll, combase.dll) were never tried. " + NativeAccessException.advice() + " The agent's log line says what it found.",
        Win32Code.TIMEOUT, "The native call did not return in time; its result is recorded when it arrives."
            + " Check the WLAN service and the wireless driver.",
        Win32Code.BAD_CONFIGURATION, "The Hosted Network has no SSID yet; set one with"
            + " 'netsh wlan set hostednetwork mode=allow ssid=NAME key=...' first.",
        Win32Code.INVALID_STATE, "The Hosted Network cannot do this in its current state; check 'netsh wlan show"
            + " hostednetwork' and the wireless adapter.",
        Win32Code.INVALID_PARAMETER, "The call was given an invalid parameter: report this as a bug of the agent.");

    private Diagnosis() {
    }

    /**
     * @param operation what was attempted, in words
     * @param code the Win32 code
     * @param reason the reason
     * @return "Could not OPERATION: CODE (NAME), reason N (NAME): ADVICE"
     */
    public static String describe(String operation, Win32Code code, ReasonCode reason) {
        if (code.isSuccess()) {
            return "Done: " + operation + ".";
        }
        String because = reason.code() == 0 ? "" : ", reason " + reason;
        return "Could not " + operation + ": Win32 " + code + because + ". " + advice(code, reason);
    }

    /**
     * @param code the Win32 code
     * @param reason the reason
     * @return what the operator should do
     */
    public static String advice(Win32Code code, ReasonCode reason) {
        if (reason.equals(ReasonCode.INTERFACE_UNAVAILABLE)) {
            return "No wireless adapter can host the network: the adapter is off or missing, or its driver does not"
                + " support the Hosted Network, which Windows deprecated after 8.1 (most Windows 10/11 drivers lack"
                + " it; Mobile Hotspot is the successor). Check with: netsh wlan show drivers.";
        }
        if (reason.equals(ReasonCode.GP_DENIED)) {
            return "Group policy forbids the Hosted Network on this machine; ask the domain administrator.";
        }
        if (reason.equals(ReasonCode.ELEVATION_REQUIRED) || code.equals(Win32Code.ACCESS_DENIED)) {
            return "Run the host application as an administrator (elevated); this operation needs it.";
        }
        String words = ADVICE.get(code);
        if (words != null) {
            return words;
        }
        return code.isRpcFailure()
            ? "The WLAN service could not be reached over RPC; it may be restarting. Try again shortly."
            : code.meaning();
    }
}
