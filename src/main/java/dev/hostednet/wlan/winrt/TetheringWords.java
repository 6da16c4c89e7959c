package dev.hostednet.wlan.winrt;

import java.util.List;

/** Mobile Hotspot's enumerations (the manual's windows-binary-contract.md) by name and meaning. */
final class TetheringWords {

    private record Entry(String name, String meaning) { }

    private static final List<Entry> STATUS = List.of(
        new Entry("Success", "The operation succeeded."),
        new Entry("Unknown", "Windows gives no reason."),
        new Entry("MobileBroadbandDeviceOff", "The mobile broadband device is off."),
        new Entry("WiFiDeviceOff", "The Wi-Fi adapter is off: turn Wi-Fi on."),
        new Entry("EntitlementCheckTimeout", "The operator's entitlement check timed out."),
        new Entry("EntitlementCheckFailure", "The operator's entitlement check refused tethering."),
        new Entry("OperationInProgress", "Another hotspot operation is in progress: try again shortly."),
        new Entry("BluetoothDeviceOff", "The Bluetooth device is off."),
        new Entry("NetworkLimitedConnectivity", "The shared connection has limited connectivity."),
        new Entry("AlreadyOn", "The hotspot is already on."),
        new Entry("RadioRestriction", "A radio restriction (airplane mode, regulatory limits) prevents it."),
        new Entry("BandInterference", "The chosen band interferes with the current connection."));

    private static final List<Entry> CAPABILITY = List.of(
        new Entry("Enabled", "Mobile Hotspot can be used."),
        new Entry("DisabledByGroupPolicy", "Group policy forbids Mobile Hotspot on this machine; ask the domain"
            + " administrator."),
        new Entry("DisabledByHardwareLimitation", "No Wi-Fi adapter here can host a hotspot."),
        new Entry("DisabledByOperator", "The mobile operator forbids tethering."),
        new Entry("DisabledBySku", "This edition of Windows does not offer Mobile Hotspot."),
        new Entry("DisabledByRequiredAppNotInstalled", "An app the operator requires is not installed."),
        new Entry("DisabledDueToUnknownCause", "Windows disabled it for an unknown cause."),
        new Entry("DisabledBySystemCapability", "A system setting (such as a policy on the Wi-Fi adapter) disables"
            + " it."));

    private TetheringWords() {
    }

    /** @return "TetheringOperationStatus WiFiDeviceOff (3): The Wi-Fi adapter is off: turn Wi-Fi on." */
    static String status(int status) {
        return "TetheringOperationStatus " + describe(STATUS, status);
    }

    /** @return "TetheringCapability DisabledByGroupPolicy (1): Group policy forbids ..." */
    static String capability(int capability) {
        return "TetheringCapability " + describe(CAPABILITY, capability);
    }

    private static String describe(List<Entry> table, int value) {
        if (value >= 0 && value < table.size()) {
            Entry e = table.get(value);
            return e.name() + " (" + value + "): " + e.meaning();
        }
        return "undocumented value " + value;
    }
}
