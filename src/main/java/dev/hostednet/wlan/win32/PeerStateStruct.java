package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;
import dev.hostednet.wlan.Peer;

/** WLAN_HOSTED_NETWORK_PEER_STATE (12 bytes: a 6-byte MAC, 2 bytes of padding, the auth state). */
@FieldOrder({"PeerMacAddress", "PeerAuthState"})
public class PeerStateStruct extends WinStructure {
    public byte[] PeerMacAddress = new byte[6];
    public int PeerAuthState;

    public PeerStateStruct() {
        super();
    }

    PeerStateStruct(Pointer p) {
        super(p);
        read();
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_PEER_STATE";
    }

    Peer toPeer() {
        return new Peer(Peer.formatMac(PeerMacAddress), PeerAuthState == 1);
    }
}
