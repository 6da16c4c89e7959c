package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

/** WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS (40 bytes): the SSID and the maximum number of peers. */
@FieldOrder({"hostedNetworkSSID", "dwMaxNumberOfPeers"})
public class ConnectionSettingsStruct extends WinStructure {
    public Dot11Ssid hostedNetworkSSID;
    public int dwMaxNumberOfPeers;

    public ConnectionSettingsStruct() {
        super();
    }

    ConnectionSettingsStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS";
    }
}
