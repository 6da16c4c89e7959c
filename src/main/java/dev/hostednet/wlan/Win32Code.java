package dev.hostednet.wlan;

import java.util.Map;

/**
 * A Win32 return code as wlanapi returns it. Unknown numbers are kept, never lost.
 *
 * @param code the native DWORD, as a Java int
 */
public record Win32Code(int code) {

    /** ERROR_SUCCESS. */
    public static final Win32Code SUCCESS = new Win32Code(0);
    /** ERROR_ACCESS_DENIED. */
    public static final Win32Code ACCESS_DENIED = new Win32Code(5);
    /** ERROR_INVALID_HANDLE. */
    public static final Win32Code INVALID_HANDLE = new Win32Code(6);
    /** ERROR_NOT_SUPPORTED: Mobile Hotspot's capability is disabled on this machine. */
    public static final Win32Code NOT_SUPPORTED = new Win32Code(50);
    /** ERROR_INVALID_PARAMETER. */
    public static final Win32Code INVALID_PARAMETER = new Win32Code(87);
    /** ERROR_CALL_NOT_IMPLEMENTED: what a system without the Hosted Network API answers. */
    public static final Win32Code CALL_NOT_IMPLEMENTED = new Win32Code(120);
    /** ERROR_MOD_NOT_FOUND: wlanapi could not be loaded. */
    public static final Win32Code MOD_NOT_FOUND = new Win32Code(126);
    /** ERROR_DLL_INIT_FAILED: wlanapi was not even tried, JNA's own native library failed to load. */
    public static final Win32Code DLL_INIT_FAILED = new Win32Code(1114);
    /** ERROR_INTERNAL_ERROR: the backend itself failed (a bug, not a Windows answer). */
    public static final Win32Code INTERNAL_ERROR = new Win32Code(1359);
    /** ERROR_SERVICE_DISABLED: the WLAN AutoConfig service is disabled. */
    public static final Win32Code SERVICE_DISABLED = new Win32Code(1058);
    /** ERROR_SERVICE_NOT_ACTIVE: the WLAN AutoConfig service is stopped. */
    public static final Win32Code SERVICE_NOT_ACTIVE = new Win32Code(1062);
    /** ERROR_TIMEOUT: a call the agent gave up waiting for (Mobile Hotspot cancels it). */
    public static final Win32Code TIMEOUT = new Win32Code(1460);
    /** ERROR_BAD_CONFIGURATION: no SSID has been set yet. */
    public static final Win32Code BAD_CONFIGURATION = new Win32Code(1610);
    /** RPC_S_SERVER_UNAVAILABLE. */
    public static final Win32Code RPC_SERVER_UNAVAILABLE = new Win32Code(1722);
    /** ERROR_INVALID_STATE. */
    public static final Win32Code INVALID_STATE = new Win32Code(5023);

    private static final int RPC_FIRST = 1700;
    private static final int RPC_LAST = 1799;

    private record Entry(String name, String meaning) { }

    private static final Map<Integer, Entry> TABLE = Map.ofEntries(
        Map.entry(0, new Entry("ERROR_SUCCESS", "The operation succeeded.")),
        Map.entry(5, new Entry("ERROR_ACCESS_DENIED", "Access is denied: the operation needs administrator rights.")),
        Map.entry(6, new Entry("ERROR_INVALID_HANDLE", "The WLAN client handle is not valid.")),
        Map.entry(8, new Entry("ERROR_NOT_ENOUGH_MEMORY", "Not enough memory to complete the operation.")),
        Map.entry(50, new Entry("ERROR_NOT_SUPPORTED", "The request is not supported.")),
        Map.entry(87, new Entry("ERROR_INVALID_PARAMETER", "A parameter is not valid.")),
        Map.entry(120, new Entry("ERROR_CALL_NOT_IMPLEMENTED", "The Hosted Network API is not implemented here.")),
        Map.entry(170, new Entry("ERROR_BUSY", "The requested resource is in use.")),
        Map.entry(126, new Entry("ERROR_MOD_NOT_FOUND", "wlanapi.dll could not be loaded.")),
        Map.entry(1058, new Entry("ERROR_SERVICE_DISABLED", "The WLAN AutoConfig service is disabled.")),
        Map.entry(1062, new Entry("ERROR_SERVICE_NOT_ACTIVE", "The WLAN AutoConfig service is not running.")),
        Map.entry(1114, new Entry("ERROR_DLL_INIT_FAILED", "JNA's native library could not be loaded.")),
        Map.entry(1206, new Entry("ERROR_BAD_PROFILE", "The network profile is malformed.")),
        Map.entry(1220, new Entry("ERROR_TOO_MANY_SESSIONS", "Too many WLAN client handles are open.")),
        Map.entry(1359, new Entry("ERROR_INTERNAL_ERROR", "The agent's backend failed.")),
        Map.entry(1460, new Entry("ERROR_TIMEOUT", "This operation returned because the timeout period expired.")),
        Map.entry(1610, new Entry("ERROR_BAD_CONFIGURATION", "The Hosted Network has no settings (no SSID) yet.")),
        Map.entry(1702, new Entry("RPC_S_INVALID_BINDING", "The RPC binding to the WLAN service is not valid.")),
        Map.entry(1717, new Entry("RPC_S_UNKNOWN_IF", "The WLAN service interface is unknown to RPC.")),
        Map.entry(1722, new Entry("RPC_S_SERVER_UNAVAILABLE", "The WLAN service cannot be reached over RPC.")),
        Map.entry(1723, new Entry("RPC_S_SERVER_TOO_BUSY", "The WLAN service is too busy.")),
        Map.entry(1726, new Entry("RPC_S_CALL_FAILED", "The RPC call to the WLAN service failed.")),
        Map.entry(1727, new Entry("RPC_S_CALL_FAILED_DNE", "The RPC call to the WLAN service failed and did not"
            + " execute.")),
        Map.entry(5023, new Entry("ERROR_INVALID_STATE", "The Hosted Network is not in a state that allows this"
            + " operation.")));

    /** @return whether the call succeeded */
    public boolean isSuccess() {
        return code == 0;
    }

    /** @return whether this is an RPC failure, RPC_S_* 1700-1799 (the service went away under the handle) */
    public boolean isRpcFailure() {
        return code >= RPC_FIRST && code <= RPC_LAST;
    }

    /**
     * @return whether the WLAN service no longer honours a client handle after this answer (a lost handle, a
     *     stopped service or an RPC failure), so that the handle must be discarded
     */
    public boolean losesHandle() {
        return code == INVALID_HANDLE.code || code == SERVICE_NOT_ACTIVE.code || isRpcFailure();
    }

    /**
     * @return the symbolic name, such as {@code ERROR_INVALID_STATE}; {@code HRESULT_0x80070005} for an HRESULT
     *     (the Mobile Hotspot backend's failures, whose words are in the call's detail), {@code WIN32_N} otherwise
     */
    public String name() {
        Entry e = TABLE.get(code);
        if (e != null) {
            return e.name();
        }
        return code < 0 ? String.format("HRESULT_0x%08X", code) : "WIN32_" + Integer.toUnsignedString(code);
    }

    /** @return whether the agent has words of its own for this code */
    public boolean known() {
        return TABLE.containsKey(code);
    }

    /** @return what the code means in plain words */
    public String meaning() {
        Entry e = TABLE.get(code);
        return e != null ? e.meaning() : "An unrecognised Win32 error code.";
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(code) + " (" + name() + ")";
    }
}
