package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.Backstage;
import dev.hostednet.wlan.HostedNetwork;
import java.nio.charset.StandardCharsets;

/** Drives the simulation behind the backend's back, as the stand-in's controls drive the native one. */
public final class SimulatedBackstage implements Backstage {
    private SimulationControl control;

    @Override
    public HostedNetwork freshNetwork() {
        SimulatedHostedNetwork n = SimulatedHostedNetwork.create(SimulationConfig.fresh());
        control = SimulationControl.of(n);
        return n;
    }

    @Override
    public void initSettings() {
        if (!control.initSettings().succeeded()) {
            throw new IllegalStateException("the simulation refused to create settings");
        }
    }

    @Override
    public void setFault(ServiceFault fault) {
        control.setFault(fault);
    }

    @Override
    public void setHangMillis(long millis) {
        control.setHangMillis(millis);
    }

    @Override
    public void restartService() {
        // The simulation has no handle to lose.
    }

    @Override
    public void setElevated(boolean elevated) {
        control.setElevated(elevated);
    }

    @Override
    public void setSecondaryPassphrase(String passphrase, boolean persistent) {
        control.setUserKey(passphrase.getBytes(StandardCharsets.US_ASCII), true, persistent);
    }

    @Override
    public byte[] primaryKey() {
        return control.primaryKey();
    }

    @Override
    public void setProfileKey(boolean on) {
        control.setProfileKey(on);
    }

    @Override
    public byte[] secondaryKey() {
        return control.secondaryKey();
    }

    @Override
    public boolean peerArrive(String mac) {
        return control.peerArrive(mac);
    }

    @Override
    public boolean peerDepart(String mac) {
        return control.peerDepart(mac);
    }

    @Override
    public boolean awaitNotificationsIdle(long millis) throws InterruptedException {
        return control.awaitNotificationsIdle(millis);
    }
}
