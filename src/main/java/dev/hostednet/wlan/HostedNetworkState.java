package dev.hostednet.wlan;

/** The three states of the Hosted Network (WLAN_HOSTED_NETWORK_STATE), and Mobile Hotspot's transition. */
public enum HostedNetworkState {
    /** No usable wireless interface, or the driver does not support the Hosted Network. */
    UNAVAILABLE(0),
    /** Configured and ready, but not broadcasting. */
    IDLE(1),
    /** Broadcasting; peers may be connected. */
    ACTIVE(2),
    /**
     * Mobile Hotspot only (TetheringOperationalState InTransition): Windows is turning the hotspot on or off. Not a
     * wlanapi number, so {@link #fromCode} never gives it.
     */
    IN_TRANSITION(-1);

    private final int code;
    private final String label;

    HostedNetworkState(int code) {
        this.code = code;
        this.label = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the native enumeration number */
    public int code() {
        return code;
    }

    /** @return the lower-case name operators see ({@code unavailable}, {@code idle}, {@code active},
     *     {@code in_transition}) */
    public String label() {
        return label;
    }

    /**
     * @param code a native WLAN_HOSTED_NETWORK_STATE number
     * @return the state; an out-of-range number reads as {@link #UNAVAILABLE}, never as a working network
     */
    public static HostedNetworkState fromCode(int code) {
        for (HostedNetworkState s : values()) {
            if (s.code == code && code >= 0) {
                return s;
            }
        }
        return UNAVAILABLE;
    }
}
