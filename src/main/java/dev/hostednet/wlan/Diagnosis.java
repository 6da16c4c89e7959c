package dev.hostednet.wlan;

/**
 * Turns a Win32 code and a Hosted Network reason into a sentence an operator can act on. The common Windows
 * failures (no driver support, a stopped service, group policy, missing elevation) each get advice, not a number.
 */
public final class Diagnosis {

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
        if (reason.code() == ReasonCode.INTERFACE_UNAVAILABLE.code()) {
            return "No wireless adapter can host the network: the adapter is off or missing, or its driver does not"
                + " support the Hosted Network, which Windows deprecated after 8.1 (most Windows 10/11 drivers lack"
                + " it; Mobile Hotspot is the successor). Check with: netsh wlan show drivers.";
        }
        if (reason.code() == 23) {
            return "Group policy forbids the Hosted Network on this machine; ask the domain administrator.";
        }
        if (reason.code() == 5 || code.equals(Win32Code.ACCESS_DENIED)) {
            return "Run the host application as an administrator (elevated); this operation needs it.";
        }
        return switch (code.code()) {
            case 1062, 1058 -> "The WLAN AutoConfig service (WlanSvc) is not running; start it with"
                + " 'net start WlanSvc' (or from services.msc) and try again.";
            case 6 -> "The WLAN client handle was lost, usually because the WLAN service restarted; the agent"
                + " reopens it on the next call.";
            case 120 -> "The Windows Hosted Network API exists only on Windows; start the agent with"
                + " backend=simulated to run the simulation instead.";
            case 126 -> "The Wireless LAN API (wlanapi.dll) could not be loaded: on Windows Server, add the"
                + " 'Wireless LAN Service' feature; elsewhere start the agent with backend=simulated.";
            case 1114 -> "The agent's native access (JNA) could not load its own library, so wlanapi.dll was"
                + " never tried. " + NativeAccessException.advice() + " The agent's log line says what it found.";
            case 1460 -> "The native call did not return in time; its result is recorded when it arrives."
                + " Check the WLAN service and the wireless driver.";
            case 1610 -> "The Hosted Network has no SSID yet; set one with"
                + " 'netsh wlan set hostednetwork mode=allow ssid=NAME key=...' first.";
            case 5023 -> "The Hosted Network cannot do this in its current state; check 'netsh wlan show"
                + " hostednetwork' and the wireless adapter.";
            case 87 -> "The call was given an invalid parameter: report this as a bug of the agent.";
            default -> code.isRpcFailure()
                ? "The WLAN service could not be reached over RPC; it may be restarting. Try again shortly."
                : code.meaning();
        };
    }
}
