package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure.FieldOrder;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Peer;
import java.util.ArrayList;
import java.util.List;

/**
 * WLAN_HOSTED_NETWORK_STATUS: variable length. The C type declares {@code PeerList[1]} (so its sizeof is 52); the
 * real list has {@code dwNumberOfPeers} entries, read one by one past the declared end.
 */
@FieldOrder({"HostedNetworkState", "IPDeviceID", "wlanHostedNetworkBSSID", "dot11PhyType", "ulChannelFrequency",
    "dwNumberOfPeers", "PeerList"})
public class StatusStruct extends WinStructure {
    /** The most peers a status can list (the Hosted Network allows at most 100); guards against a corrupt count. */
    static final int MAX_PEERS = 128;
    private static final int PEER_SIZE = new PeerStateStruct().size();

    public int HostedNetworkState;
    public GuidStruct IPDeviceID;
    public byte[] wlanHostedNetworkBSSID = new byte[6];
    public int dot11PhyType;
    public int ulChannelFrequency;
    public int dwNumberOfPeers;
    public PeerStateStruct[] PeerList = new PeerStateStruct[1];

    public StatusStruct() {
        super();
    }

    StatusStruct(Pointer p) {
        super(p);
        readField("HostedNetworkState");
        readField("IPDeviceID");
        readField("wlanHostedNetworkBSSID");
        readField("dot11PhyType");
        readField("ulChannelFrequency");
        readField("dwNumberOfPeers");
    }

    @Override
    String cTypeName() {
        return "WLAN_HOSTED_NETWORK_STATUS";
    }

    /** Only the state is valid when unavailable; BSSID, PHY, frequency and peers only when active. */
    HostedNetworkStatus toStatus() {
        HostedNetworkState state = dev.hostednet.wlan.HostedNetworkState.fromCode(HostedNetworkState);
        if (state == dev.hostednet.wlan.HostedNetworkState.UNAVAILABLE) {
            return HostedNetworkStatus.ofState(state);
        }
        String device = IPDeviceID == null ? "" : IPDeviceID.text();
        if (state != dev.hostednet.wlan.HostedNetworkState.ACTIVE) {
            return new HostedNetworkStatus(state, device, "", 0, 0, List.of());
        }
        int count = Math.max(0, Math.min(dwNumberOfPeers, MAX_PEERS));
        List<Peer> peers = new ArrayList<>(count);
        int base = offsetOf("PeerList");
        int stride = PEER_SIZE;
        for (int i = 0; i < count; i++) {
            peers.add(new PeerStateStruct(getPointer().share(base + (long) stride * i)).toPeer());
        }
        return new HostedNetworkStatus(state, device, Peer.formatMac(wlanHostedNetworkBSSID), dot11PhyType,
            ulChannelFrequency, peers);
    }
}
