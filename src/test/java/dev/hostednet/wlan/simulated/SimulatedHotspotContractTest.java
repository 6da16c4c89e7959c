package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HotspotBackstage;
import dev.hostednet.wlan.MobileHotspotContract;

/** The Mobile Hotspot contract against the Java simulation. */
class SimulatedHotspotContractTest extends MobileHotspotContract {

    @Override
    protected HotspotBackstage createBackstage() {
        HotspotSimulation sim = new HotspotSimulation();
        return new HotspotBackstage() {
            @Override
            public HostedNetwork freshHotspot(BackendSettings settings) {
                return new SimulatedMobileHotspot(sim, settings);
            }

            @Override
            public void setFault(HotspotFault fault) {
                sim.setFault(fault);
            }

            @Override
            public void setCapability(int capability) {
                sim.setCapability(capability);
            }

            @Override
            public void setState(int state) {
                sim.setState(state);
            }

            @Override
            public void setStartFailure(int status, String message) {
                sim.setStartFailure(status, message);
            }

            @Override
            public void addClient(String mac) {
                sim.addClient(mac);
            }

            @Override
            public String passphrase() {
                return sim.passphrase();
            }

            @Override
            public void setPassphrase(String text) {
                sim.setPassphrase(text);
            }

            @Override
            public String ssid() {
                return sim.ssid();
            }

            @Override
            public String log() {
                return sim.log();
            }

            @Override
            public boolean noConnectionsTimeout() {
                return sim.noConnectionsTimeout();
            }
        };
    }
}
