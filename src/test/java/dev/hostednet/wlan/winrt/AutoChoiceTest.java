package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.AutoChoice;
import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.LazyHostedNetwork;
import dev.hostednet.wlan.simulated.ServiceFault;
import dev.hostednet.wlan.win32.Standin;
import dev.hostednet.wlan.win32.Win32HostedNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * backend=auto's choice on Windows, made over both stand-ins (wlanapi and combase): the Hosted Network where the
 * driver supports it, Mobile Hotspot otherwise, and the Backend attribute says which and why.
 */
class AutoChoiceTest {

    @BeforeEach
    void reset() {
        Standin.LIB.standin_reset();
        TetherStandin.LIB.tether_reset();
    }

    private static AutoChoice.Chosen choose() {
        return AutoChoice.choose(Win32HostedNetwork::open, () -> MobileHotspot.open(BackendSettings.DEFAULT));
    }

    @Test
    void aDriverWithHostedNetworkSupportKeepsTheHostedNetwork() {
        AutoChoice.Chosen c = choose();
        try (HostedNetwork n = c.network()) {
            assertEquals("hostednetwork", n.backendName());
            assertTrue(c.why().contains("supports the Hosted Network"), c.why());
        }
    }

    @Test
    void aDriverWithoutItGetsMobileHotspotAndTheHostedNetworkIsClosed() throws Exception {
        Standin.LIB.standin_set_fault(ServiceFault.UNSUPPORTED.ordinal());
        AutoChoice.Chosen c = choose();
        try (HostedNetwork n = c.network()) {
            assertEquals("mobilehotspot", n.backendName());
            assertTrue(c.why().contains("reads unavailable"), c.why());
            assertEquals(dev.hostednet.wlan.HostedNetworkState.IDLE, n.queryStatus().state());
        }
        assertEquals(0, Standin.LIB.standin_open_handles(), "the Hosted Network's handle was closed");
    }

    @Test
    void aHostedNetworkThatCannotLoadGivesMobileHotspotSayingSo() {
        AutoChoice.Chosen c = AutoChoice.choose(() -> {
            throw new IllegalStateException("no wlanapi here");
        }, () -> MobileHotspot.open(BackendSettings.DEFAULT));
        try (HostedNetwork n = c.network()) {
            assertEquals("mobilehotspot", n.backendName());
            assertTrue(c.why().contains("could not be loaded: no wlanapi here"), c.why());
        }
    }

    @Test
    void theBackendNameCarriesTheReasonOnceChosen() throws Exception {
        Standin.LIB.standin_set_fault(ServiceFault.UNSUPPORTED.ordinal());
        try (HostedNetwork lazy = LazyHostedNetwork.choosing("auto (chosen on first use)", AutoChoiceTest::choose)) {
            assertEquals("auto (chosen on first use)", lazy.backendName(), "nothing loaded before first use");
            lazy.queryStatus();
            assertTrue(lazy.backendName().startsWith("mobilehotspot (auto: the Hosted Network reads unavailable"),
                lazy.backendName());
        }
    }
}
