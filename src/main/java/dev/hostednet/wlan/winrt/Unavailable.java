package dev.hostednet.wlan.winrt;

/** Mobile Hotspot cannot be used here, and Windows says why (no internet connection, a disabled capability). */
final class Unavailable extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean capability;

    Unavailable(String why, boolean capability) {
        super(why);
        this.capability = capability;
    }

    /** @return whether a TetheringCapability other than Enabled is the reason */
    boolean capability() {
        return capability;
    }
}
