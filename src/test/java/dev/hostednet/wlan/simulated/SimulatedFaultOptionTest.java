package dev.hostednet.wlan.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.BackendKind;
import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.Backends;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.Win32Code;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The option {@code simulated.fault} starts the simulated backend, as the agent opens it, meeting that Windows
 * failure, and its name says so: a user must never take a simulated failure for Windows'.
 */
class SimulatedFaultOptionTest {

    private static HostedNetwork open(String fault) {
        return Backends.choose(BackendKind.SIMULATED, new BackendSettings(Duration.ofSeconds(10), false, fault))
            .network();
    }

    @Test
    void eachFaultMakesTheRotationFailWithItsWindowsCodesAndTheNameSaysSimulated() throws Exception {
        Map<String, CallResult> expected = Map.of(
            "service-stopped", new CallResult(Win32Code.SERVICE_NOT_ACTIVE, ReasonCode.SERVICE_UNAVAILABLE),
            "rpc", new CallResult(Win32Code.RPC_SERVER_UNAVAILABLE, ReasonCode.UNSPECIFIED),
            "unsupported", new CallResult(Win32Code.INVALID_STATE, ReasonCode.INTERFACE_UNAVAILABLE));
        for (var e : expected.entrySet()) {
            try (HostedNetwork n = open(e.getKey())) {
                assertEquals(e.getValue(), n.rotateSystemKey(), e.getKey());
                assertEquals("simulated (simulated.fault=" + e.getKey() + ")", n.backendName());
            }
        }
        try (HostedNetwork n = open("unsupported")) {
            assertEquals(HostedNetworkState.UNAVAILABLE, n.queryStatus().state());
        }
    }

    @Test
    void withoutAFaultTheDemoWorksAndIsPlainlySimulated() throws Exception {
        try (HostedNetwork n = open("none")) {
            assertTrue(n.rotateSystemKey().code().isSuccess());
            assertEquals("simulated", n.backendName());
        }
    }

    @Test
    void everyValueOfTheOptionNamesAFault() {
        for (String v : BackendSettings.SIMULATED_FAULTS) {
            assertEquals(v, ServiceFault.named(v).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        assertEquals(ServiceFault.values().length, BackendSettings.SIMULATED_FAULTS.size());
    }
}
