package dev.hostednet.wlan.winrt;

import java.util.Map;

/**
 * HRESULTs met with Mobile Hotspot, in Windows' words (the system message FormatMessage gives for each, on an
 * English Windows). An unknown one keeps its number and, for HRESULT_FROM_WIN32, says which Win32 code it wraps.
 */
final class HResult {

    static final int S_OK = 0;
    static final int S_FALSE = 1;
    static final int E_NOINTERFACE = 0x80004002;
    static final int E_POINTER = 0x80004003;
    static final int E_ACCESSDENIED = 0x80070005;
    static final int E_ILLEGAL_METHOD_CALL = 0x8000000E;
    static final int RPC_E_CHANGED_MODE = 0x80010106;
    static final int REGDB_E_CLASSNOTREG = 0x80040154;

    private record Entry(String name, String message) { }

    private static final Map<Integer, Entry> TABLE = Map.ofEntries(
        Map.entry(0x80004001, new Entry("E_NOTIMPL", "Not implemented.")),
        Map.entry(E_NOINTERFACE, new Entry("E_NOINTERFACE", "No such interface supported.")),
        Map.entry(E_POINTER, new Entry("E_POINTER", "Invalid pointer.")),
        Map.entry(0x80004004, new Entry("E_ABORT", "Operation aborted.")),
        Map.entry(0x80004005, new Entry("E_FAIL", "Unspecified error.")),
        Map.entry(E_ACCESSDENIED, new Entry("E_ACCESSDENIED", "Access is denied.")),
        Map.entry(0x80070057, new Entry("E_INVALIDARG", "The parameter is incorrect.")),
        Map.entry(0x8000000B, new Entry("E_BOUNDS", "The operation attempted to access data outside the valid"
            + " range.")),
        Map.entry(0x8000000D, new Entry("E_ILLEGAL_STATE_CHANGE", "An illegal state change was requested.")),
        Map.entry(E_ILLEGAL_METHOD_CALL, new Entry("E_ILLEGAL_METHOD_CALL", "A method was called at an unexpected"
            + " time.")),
        Map.entry(REGDB_E_CLASSNOTREG, new Entry("REGDB_E_CLASSNOTREG", "Class not registered.")),
        Map.entry(0x800401F0, new Entry("CO_E_NOTINITIALIZED", "CoInitialize has not been called.")),
        Map.entry(RPC_E_CHANGED_MODE, new Entry("RPC_E_CHANGED_MODE", "Cannot change thread mode after it is"
            + " set.")),
        Map.entry(0x800704C7, new Entry("HRESULT_FROM_WIN32(ERROR_CANCELLED)", "The operation was canceled by the"
            + " user.")));

    private HResult() {
    }

    /**
     * @param hr an HRESULT
     * @return "HRESULT 0x80070005 (E_ACCESSDENIED): Access is denied."
     */
    static String words(int hr) {
        Entry e = TABLE.get(hr);
        String hex = String.format("HRESULT 0x%08X", hr);
        if (e != null) {
            return hex + " (" + e.name() + "): " + e.message();
        }
        if ((hr & 0xFFFF0000) == 0x80070000) {
            return hex + " (HRESULT_FROM_WIN32 of Win32 error " + (hr & 0xFFFF) + ")";
        }
        return hex;
    }
}
