package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

/** WLAN_HOSTED_NETWORK_STATE_CHANGE (12 bytes), the data of notification 0x1000. */
@FieldOrder({"OldState", "NewState", "StateChangeReason"})
public class StateChangeStruct extends WinStructure {
    public int OldState;
    public int NewState;
    public int StateChangeReason;

    public StateChangeStruct() {
        super();
    }

    StateChangeStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_STATE_CHANGE";
    }
}
