package dev.hostednet.wlan;

/**
 * The Windows backend could not be loaded because the native-access library itself failed to load, not
 * wlanapi.dll: the agent's JNA found another version's native part, typically through the host's {@code jna.*}
 * system properties, which the agent's JNA reads too. Answered with ERROR_DLL_INIT_FAILED, never with advice about
 * the Wireless LAN Service.
 */
public final class NativeAccessException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    NativeAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return the sentence that says what to do, shared by the log line and every failed call */
    static String advice() {
        return "The host's jna.* system properties (jna.boot.library.path, jna.nosys, jna.noclasspath, jna.tmpdir)"
            + " apply to the agent's JNA too: remove a jna.boot.library.path that points at another JNA version's"
            + " library (or point it at this JNA's), and add -Djna.nosys=true if one is installed on the system.";
    }
}
