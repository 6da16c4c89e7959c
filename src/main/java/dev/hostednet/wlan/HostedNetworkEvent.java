package dev.hostednet.wlan;

/** A hosted-network notification (source HNWK), delivered on a thread of the backend's, never the caller's. */
public sealed interface HostedNetworkEvent {

    /**
     * 0x1000: the state changed.
     *
     * @param oldState before
     * @param newState after
     * @param reason why
     */
    record StateChanged(HostedNetworkState oldState, HostedNetworkState newState, ReasonCode reason)
        implements HostedNetworkEvent { }

    /**
     * 0x1001: a peer arrived, departed or changed its authentication state.
     *
     * @param peer the peer as it is now (its MAC, and whether it is authenticated)
     * @param wasAuthenticated whether it was authenticated before
     * @param reason why (20 peer_arrived, 21 peer_departed, 22 peer_timeout, ...)
     */
    record PeerChanged(Peer peer, boolean wasAuthenticated, ReasonCode reason) implements HostedNetworkEvent {
        /** @return whether this is an arrival (the peer became authenticated) */
        public boolean arrived() {
            return peer.authenticated() && !wasAuthenticated;
        }
    }

    /**
     * 0x1002: the radio was switched.
     *
     * @param softwareOn the software radio switch
     * @param hardwareOn the hardware radio switch
     */
    record RadioChanged(boolean softwareOn, boolean hardwareOn) implements HostedNetworkEvent { }
}
