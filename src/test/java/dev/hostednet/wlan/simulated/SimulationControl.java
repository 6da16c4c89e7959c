package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkState;

/**
 * The simulation's switches, the same as the native stand-in's: faults, a hang, peers coming and going, and the
 * keys, so tests can prove a refresh changed the key and that the key appears nowhere else. Test code only: it
 * reaches the simulation through package-private seams.
 */
public final class SimulationControl {

    private final SimulationModel model;
    private final SimulatedHostedNetwork network;

    private SimulationControl(SimulatedHostedNetwork network) {
        this.model = network.model();
        this.network = network;
    }

    /**
     * @param network the simulated network
     * @return its switches
     */
    public static SimulationControl of(SimulatedHostedNetwork network) {
        return new SimulationControl(network);
    }

    /** WlanHostedNetworkInitSettings as the simulation does it: creates an SSID, a no-op when one exists.
     * @return the codes */
    public CallResult initSettings() {
        return model.initSettings();
    }

    /** @return whether the Hosted Network is allowed */
    public boolean enabled() {
        return model.enabled();
    }

    /** @param fault the failure every hosted-network call shows from now on */
    public void setFault(ServiceFault fault) {
        model.setFault(fault);
    }

    /** @param millis how long every call sleeps before acting (0: none), like a hanging native call */
    public void setHangMillis(long millis) {
        network.setHangMillis(millis);
    }

    /** @param elevated whether the process has administrator rights (force start/stop need them) */
    public void setElevated(boolean elevated) {
        model.setElevated(elevated);
    }

    /** @param enabled whether the Hosted Network is allowed; disabling stops an active network */
    public void setEnabled(boolean enabled) {
        model.setEnabled(enabled);
    }

    /**
     * @param key the key bytes, or null to remove it
     * @param passphrase whether it is a passphrase
     * @param persistent whether it persists
     */
    public void setUserKey(byte[] key, boolean passphrase, boolean persistent) {
        model.setUserKey(key, passphrase, persistent);
    }

    /** @param on whether the station profile carries the primary key (on at start; Windows' habit is UNCONFIRMED) */
    public void setProfileKey(boolean on) {
        model.setProfileKey(on);
    }

    /** @return a copy of the secondary key's bytes, or null when none is set  */
    public byte[] secondaryKey() {
        return model.secondaryKey();
    }

    /** @return a copy of the current primary key  */
    public byte[] primaryKey() {
        return model.primaryKey();
    }

    /** @return the state, without a call */
    public HostedNetworkState state() {
        return model.state();
    }

    /**
     * @param mac the peer's MAC
     * @return whether it joined (only an active network with room accepts peers)
     */
    public boolean peerArrive(String mac) {
        return model.peerArrive(mac);
    }

    /**
     * @param mac the peer's MAC
     * @return whether it was connected
     */
    public boolean peerDepart(String mac) {
        return model.peerDepart(mac);
    }

    /**
     * @param millis how long to wait
     * @return whether every queued notification has been delivered in that time
     * @throws InterruptedException when interrupted
     */
    public boolean awaitNotificationsIdle(long millis) throws InterruptedException {
        return network.awaitNotificationsIdle(millis);
    }
}
