package dev.hostednet.wlan;

import java.util.List;

/**
 * A WLAN_HOSTED_NETWORK_REASON value. Numbers outside the documented 0-28 are kept as they are, never lost.
 *
 * @param code the native number
 */
public record ReasonCode(int code) {

    /** Success. */
    public static final ReasonCode SUCCESS = new ReasonCode(0);
    /** Unspecified failure. */
    public static final ReasonCode UNSPECIFIED = new ReasonCode(1);
    /** Bad parameters. */
    public static final ReasonCode BAD_PARAMETERS = new ReasonCode(2);
    /** Elevation required: the process is not an administrator. */
    public static final ReasonCode ELEVATION_REQUIRED = new ReasonCode(5);
    /** Group policy forbids the Hosted Network. */
    public static final ReasonCode GP_DENIED = new ReasonCode(23);
    /** The WLAN AutoConfig service is not available. */
    public static final ReasonCode SERVICE_UNAVAILABLE = new ReasonCode(24);
    /** Interface unavailable: typically a driver without Hosted Network support. */
    public static final ReasonCode INTERFACE_UNAVAILABLE = new ReasonCode(12);

    private record Entry(String name, String meaning) { }

    // Index = the documented number (wlanapi.h, WLAN_HOSTED_NETWORK_REASON).
    private static final List<Entry> TABLE = List.of(
        new Entry("success", "The operation succeeded."),
        new Entry("unspecified", "Unspecified error."),
        new Entry("bad_parameters", "Bad parameters."),
        new Entry("service_shutting_down", "The WLAN AutoConfig service is shutting down."),
        new Entry("insufficient_resources", "The service is out of resources."),
        new Entry("elevation_required", "The operation needs administrator rights (an elevated process)."),
        new Entry("read_only", "The data is read-only."),
        new Entry("persistence_failed", "Windows could not save the setting persistently."),
        new Entry("crypt_error", "A cryptographic error occurred while handling the key."),
        new Entry("impersonation", "The service could not impersonate the caller."),
        new Entry("stop_before_start", "Stop was requested before the network was started."),
        new Entry("interface_available", "A wireless interface able to host the network became available."),
        new Entry("interface_unavailable", "No wireless interface can host the network: the adapter is missing"
            + " or disabled, or its driver does not support the Hosted Network."),
        new Entry("miniport_stopped", "The wireless miniport driver stopped the Hosted Network."),
        new Entry("miniport_started", "The wireless miniport driver started the Hosted Network."),
        new Entry("incompatible_connection_started", "A connection that cannot coexist with the Hosted Network"
            + " started."),
        new Entry("incompatible_connection_stopped", "A connection that could not coexist with the Hosted Network"
            + " stopped."),
        new Entry("user_action", "A user action changed the Hosted Network."),
        new Entry("client_abort", "A client application stopped using the Hosted Network."),
        new Entry("ap_start_failed", "The driver failed to start the access point."),
        new Entry("peer_arrived", "A peer connected to the Hosted Network."),
        new Entry("peer_departed", "A peer disconnected from the Hosted Network."),
        new Entry("peer_timeout", "A peer timed out."),
        new Entry("gp_denied", "Group policy forbids the Hosted Network on this machine."),
        new Entry("service_unavailable", "The WLAN AutoConfig service is not available."),
        new Entry("device_change", "The wireless adapter used by the Hosted Network changed."),
        new Entry("properties_change", "The Hosted Network settings changed."),
        new Entry("virtual_station_blocking_use", "A virtual station is using the adapter."),
        new Entry("service_available_on_virtual_station", "An identical service is already available on a"
            + " virtual station."));

    /** @return the documented name without its prefix ({@code interface_unavailable}), or {@code reason_N} */
    public String name() {
        return known() ? TABLE.get(code).name() : "reason_" + Integer.toUnsignedString(code);
    }

    /** @return one sentence saying what the reason means */
    public String meaning() {
        return known() ? TABLE.get(code).meaning() : "An undocumented reason code.";
    }

    /** @return whether this is one of the 29 documented values */
    public boolean known() {
        return code >= 0 && code < TABLE.size();
    }

    @Override
    public String toString() {
        return code + " (" + name() + ")";
    }
}
