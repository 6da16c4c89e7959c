package dev.hostednet.jmx;

import dev.hostednet.wlan.Peer;
import javax.management.openmbean.CompositeData;

/** A connected peer as JMX shows it (a CompositeData with {@code mac} and {@code authenticated}). */
public final class PeerData {
    private final String mac;
    private final boolean authenticated;

    /**
     * @param mac the MAC address
     * @param authenticated whether it has authenticated
     */
    public PeerData(String mac, boolean authenticated) {
        this.mac = mac;
        this.authenticated = authenticated;
    }

    static PeerData of(Peer p) {
        return new PeerData(p.mac(), p.authenticated());
    }

    /** @return the MAC address, aa:bb:cc:dd:ee:ff */
    public String getMac() {
        return mac;
    }

    /** @return whether the peer has authenticated */
    public boolean isAuthenticated() {
        return authenticated;
    }

    /**
     * MXBean reconstruction, for clients that use {@code JMX.newMXBeanProxy}.
     *
     * @param cd the open data
     * @return the value
     */
    public static PeerData from(CompositeData cd) {
        return new PeerData((String) cd.get("mac"), (Boolean) cd.get("authenticated"));
    }
}
