package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.Backstage;
import dev.hostednet.wlan.HostedNetworkContract;

/** The contract, against the pure-Java simulation. */
class SimulatedContractTest extends HostedNetworkContract {

    @Override
    protected Backstage createBackstage() {
        return new SimulatedBackstage();
    }
}
