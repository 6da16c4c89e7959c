package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

/** WLAN_HOSTED_NETWORK_SECURITY_SETTINGS (8 bytes): algorithms only, never the key. */
@FieldOrder({"dot11AuthAlgo", "dot11CipherAlgo"})
public class SecuritySettingsStruct extends WinStructure {
    public int dot11AuthAlgo;
    public int dot11CipherAlgo;

    public SecuritySettingsStruct() {
        super();
    }

    SecuritySettingsStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_SECURITY_SETTINGS";
    }
}
