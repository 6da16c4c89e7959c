package dev.hostednet.wlan.simulated;

/** Failures of the Windows side that the simulation (like the native stand-in) can be told to show. */
public enum ServiceFault {
    /** Everything works. */
    NONE,
    /** The WLAN AutoConfig service is stopped: 1062, reason 24 service_unavailable. */
    SERVICE_STOPPED,
    /** The driver has no Hosted Network support: 5023, reason 12; the state reads unavailable. */
    UNSUPPORTED,
    /** The service cannot be reached over RPC: 1722, reason 1. */
    RPC;

    /**
     * @param option a value of the option {@code simulated.fault} ("none", "service-stopped", "rpc", "unsupported")
     * @return the fault it names
     */
    static ServiceFault named(String option) {
        return valueOf(option.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
