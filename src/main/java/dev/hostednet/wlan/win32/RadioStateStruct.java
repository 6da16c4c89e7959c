package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

/** WLAN_HOSTED_NETWORK_RADIO_STATE (8 bytes), the data of notification 0x1002; DOT11_RADIO_STATE 1 is on. */
@FieldOrder({"dot11SoftwareRadioState", "dot11HardwareRadioState"})
public class RadioStateStruct extends WinStructure {
    public int dot11SoftwareRadioState;
    public int dot11HardwareRadioState;

    public RadioStateStruct() {
        super();
    }

    RadioStateStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_RADIO_STATE";
    }
}
