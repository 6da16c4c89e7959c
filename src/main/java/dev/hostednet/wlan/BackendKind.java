package dev.hostednet.wlan;

import java.util.Locale;

/** Which implementation of {@link HostedNetwork} to use. */
public enum BackendKind {
    /** Windows on Windows; elsewhere an honest "unavailable" backend that never pretends to rotate a key. */
    AUTO,
    /** wlanapi through JNA, loaded through JNA's normal search path (so a stand-in on jna.library.path works). */
    WINDOWS,
    /** The pure-Java simulation, for demos and systems without the API. */
    SIMULATED;

    /**
     * @param text "auto", "windows" or "simulated", any case
     * @return the kind
     * @throws IllegalArgumentException naming the accepted values
     */
    public static BackendKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backend must be auto, windows or simulated, not '" + text + "'", e);
        }
    }

    /** @return whether this JVM runs on Windows */
    public static boolean onWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
