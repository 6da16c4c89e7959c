package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A looping script cannot disconnect every client every second: refreshes are at least an interval apart. */
class RefreshLimitTest {

    @Test
    void aSecondRefreshWithinTheIntervalIsRefusedSaysWhenAndChangesNothing() throws Exception {
        JmxSettings s = new JmxSettings(Duration.ofSeconds(5), Duration.ZERO, 20, Duration.ofMinutes(1));
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), s)) {
            assertTrue(f.proxy.refreshSecuritySettings().isSucceeded());
            f.proxy.start();
            IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
            assertTrue(e.getMessage().contains("next refresh is allowed at") && e.getMessage().contains("Nothing was"
                + " changed"), e.getMessage());
            assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettingsAndRestart);
            assertEquals("active", f.proxy.getState(), "the refused refreshes did not touch the network");
            assertEquals(1, f.proxy.getRefreshCount());
            assertEquals(2, f.proxy.getFailedRefreshCount());
            assertEquals("ERROR_BUSY", f.proxy.getLastReturnCodeName());
        }
    }
}
