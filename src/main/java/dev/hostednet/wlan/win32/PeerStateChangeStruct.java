package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;

/** WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE (28 bytes), the data of notification 0x1001. */
@FieldOrder({"OldState", "NewState", "PeerStateChangeReason"})
public class PeerStateChangeStruct extends WinStructure {
    public PeerStateStruct OldState;
    public PeerStateStruct NewState;
    public int PeerStateChangeReason;

    public PeerStateChangeStruct() {
        super();
    }

    PeerStateChangeStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE";
    }
}
