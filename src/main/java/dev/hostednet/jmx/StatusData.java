package dev.hostednet.jmx;

import dev.hostednet.wlan.HostedNetworkStatus;
import java.util.List;
import javax.management.openmbean.CompositeData;

/** What queryStatus returns: a fresh status read, as open data. */
public final class StatusData {
    private final String state;
    private final String bssid;
    private final String phyType;
    private final int channel;
    private final int channelFrequency;
    private final List<PeerData> peers;

    StatusData(String state, String bssid, String phyType, int channel, int channelFrequency, List<PeerData> peers) {
        this.state = state;
        this.bssid = bssid;
        this.phyType = phyType;
        this.channel = channel;
        this.channelFrequency = channelFrequency;
        this.peers = List.copyOf(peers);
    }

    static StatusData of(HostedNetworkStatus s) {
        return new StatusData(s.state().label(), s.bssid(), s.phyTypeName(), s.channel(), s.channelFrequency(),
            s.peers().stream().map(PeerData::of).toList());
    }

    /** @return unavailable, idle or active */
    public String getState() {
        return state;
    }

    /** @return the BSSID when active, else "" */
    public String getBssid() {
        return bssid;
    }

    /** @return the PHY type name (ht is 802.11n) */
    public String getPhyType() {
        return phyType;
    }

    /** @return the channel number, 0 when not active */
    public int getChannel() {
        return channel;
    }

    /** @return the channel centre frequency in MHz, 0 when not active */
    public int getChannelFrequency() {
        return channelFrequency;
    }

    /** @return the connected peers */
    public List<PeerData> getPeers() {
        return peers;
    }

    /**
     * MXBean reconstruction.
     *
     * @param cd the open data
     * @return the value
     */
    public static StatusData from(CompositeData cd) {
        CompositeData[] ps = (CompositeData[]) cd.get("peers");
        return new StatusData((String) cd.get("state"), (String) cd.get("bssid"), (String) cd.get("phyType"),
            (Integer) cd.get("channel"), (Integer) cd.get("channelFrequency"),
            java.util.Arrays.stream(ps).map(PeerData::from).toList());
    }
}
