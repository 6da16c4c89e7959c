package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.UnavailableHostedNetwork;
import dev.hostednet.wlan.simulated.ServiceFault;
import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import dev.hostednet.wlan.simulated.SimulationControl;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A looping script cannot disconnect every client every second: key rotations are at least an interval apart. The
 * limit is fair (only a rotation that changed something starts it) and says who decided: a refusal is the agent's,
 * never dressed up as a Win32 answer.
 */
class RefreshLimitTest {

    private static final MBeanSettings ONE_MINUTE = new MBeanSettings(Duration.ofSeconds(5), Duration.ZERO, 20,
        Duration.ofMinutes(1));

    @Test
    void aSecondRefreshWithinTheIntervalIsRefusedByTheAgentSaysWhenAndChangesNothing() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), ONE_MINUTE)) {
            assertTrue(f.proxy.refreshSecuritySettings().isSucceeded());
            f.proxy.start();
            IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
            assertTrue(e.getMessage().contains("Refused by the agent before calling Windows")
                && e.getMessage().contains("next rotation is allowed at")
                && e.getMessage().contains("Nothing was changed"), e.getMessage());
            assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettingsAndRestart);
            assertEquals("active", f.proxy.getState(), "the refused refreshes did not touch the network");
            assertEquals(f.proxy.getHistory().toString(), f.proxy.recentOutcomes(0).toString(),
                "recentOutcomes(0) is History, the refusals' run included");
            assertEquals(1, f.proxy.getRefreshCount());
            assertEquals(0, f.proxy.getFailedRefreshCount(), "the rate limit's refusals are not failed refreshes");
            assertEquals(2, f.proxy.getSystemKeyRotationRefusals());
            OutcomeData refused = f.proxy.getLastOperation();
            assertEquals("agent", refused.getDecidedBy());
            assertEquals("rate-limit", refused.getRefusal());
            assertEquals(-1, refused.getReturnCode(), "no Win32 code is made up");
            assertEquals("", refused.getReasonCodeName(), "and no reason 'success'");
            assertEquals("ERROR_SUCCESS", f.proxy.getLastReturnCodeName(), "Windows' last answer: the start");
            assertTrue(f.proxy.getLastRefresh().isSucceeded(), "LastRefresh keeps the last refresh tried");
        }
    }

    @Test
    void theRefreshAndTheUserKeyRotationShareTheLimit() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, ONE_MINUTE)) {
            assertTrue(f.proxy.rotateUserKey().isSucceeded());
            IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
            assertTrue(e.getMessage().contains("rotateUserKey share it"), e.getMessage());
            byte[] key = SimulationControl.of(net).secondaryKey();
            assertThrows(IllegalStateException.class, f.proxy::rotateUserKey);
            assertTrue(java.util.Arrays.equals(key, SimulationControl.of(net).secondaryKey()), "the refused one set nothing");
            assertEquals("rotateUserKey", f.proxy.getLastOperation().getOperation());
            assertEquals("rate-limit", f.proxy.getLastOperation().getRefusal());
        }
    }

    @Test
    void aRotationThatChangedNothingDoesNotBlockTheNext() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, ONE_MINUTE)) {
            SimulationControl.of(net).setFault(ServiceFault.RPC);
            IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
            assertTrue(e.getMessage().contains("1722"), e.getMessage());
            assertEquals("windows", f.proxy.getLastOperation().getDecidedBy());
            assertEquals(1722, f.proxy.getLastReturnCode(), "Windows' answer is kept");
            SimulationControl.of(net).setFault(ServiceFault.NONE);
            assertTrue(f.proxy.refreshSecuritySettings().isSucceeded(), "the failed call did not take the slot");
        }
    }

    @Test
    void withoutABackendTheAgentRefusesInItsOwnNameAndTheNextCallIsNotRateLimited() throws Exception {
        try (Fixture f = new Fixture(new UnavailableHostedNetwork(), ONE_MINUTE)) {
            for (int i = 0; i < 2; i++) {
                IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
                assertTrue(e.getMessage().contains("did not call Windows")
                    && e.getMessage().contains("backend=simulated"), e.getMessage());
            }
            OutcomeData o = f.proxy.getLastOperation();
            assertEquals("no-backend", o.getRefusal());
            assertEquals(-1, o.getReturnCode());
            assertEquals(-1, f.proxy.getLastReturnCode(), "Windows never answered");
            assertEquals("", f.proxy.getLastReasonMeaning());
        }
    }
}
