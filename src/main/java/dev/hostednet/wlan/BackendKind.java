package dev.hostednet.wlan;

import java.util.Locale;

/** Which implementation of {@link HostedNetwork} to use. */
public enum BackendKind {
    /**
     * On Windows, the Hosted Network where the Wi-Fi driver supports it and Mobile Hotspot otherwise (decided on
     * first use, see {@link AutoChoice}); elsewhere an honest "unavailable" backend that never pretends to rotate.
     */
    AUTO,
    /** wlanapi through JNA, loaded through JNA's normal search path (so a stand-in on jna.library.path works). */
    HOSTEDNETWORK,
    /** Mobile Hotspot: WinRT's NetworkOperatorTetheringManager through combase and JNA (Windows 10 1607+). */
    MOBILEHOTSPOT,
    /** The pure-Java simulation of the Hosted Network, for demos and systems without the API. */
    SIMULATED;

    /**
     * @param text "auto", "hostednetwork", "mobilehotspot" or "simulated", any case; "windows" (the name before
     *     Mobile Hotspot existed here) keeps meaning "hostednetwork"
     * @return the kind
     * @throws IllegalArgumentException naming the accepted values
     */
    public static BackendKind parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        try {
            return "WINDOWS".equals(name) ? HOSTEDNETWORK : valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backend must be auto, hostednetwork (or windows), mobilehotspot or"
                + " simulated, not '" + text + "'", e);
        }
    }

    /** @return whether this JVM runs on Windows */
    public static boolean onWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
