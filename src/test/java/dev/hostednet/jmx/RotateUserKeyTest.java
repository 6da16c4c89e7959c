package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.Passphrases;
import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import dev.hostednet.wlan.simulated.SimulationControl;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** rotateUserKey through the MBean: a new secure user key, no outage, admin only, never the key in the answer. */
class RotateUserKeyTest {

    private static MBeanSettings settings(UserKeyPolicy policy) {
        return new MBeanSettings(Duration.ofSeconds(5), Duration.ofMillis(100), 20, Duration.ZERO, policy, false);
    }

    @Test
    void aRotationSetsAFreshUserKeyKeepsTheNetworkAndItsPeersAndIsRecordedUnderItsOwnName() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, settings(UserKeyPolicy.defaults()))) {
            byte[] primary = SimulationControl.of(net).primaryKey();
            OutcomeData o = f.proxy.rotateUserKey();
            assertTrue(o.isSucceeded(), o.getMessage());
            assertEquals("rotateUserKey", o.getOperation());
            assertEquals("active", o.getStateBefore());
            assertEquals("active", o.getStateAfter(), "no outage");
            assertEquals("windows", o.getDecidedBy());
            assertEquals(3, f.proxy.queryStatus().getPeers().size(), "the demo's three peers stay connected");
            byte[] first = SimulationControl.of(net).secondaryKey();
            assertEquals(20, first.length);
            String text = new String(first, StandardCharsets.US_ASCII);
            assertTrue(text.chars().allMatch(c -> Passphrases.ALPHABET.indexOf(c) >= 0), "no look-alikes: " + text);
            assertFalse(o.toString().contains(text) || o.getMessage().contains(text), "the key is never returned");
            assertTrue(Arrays.equals(primary, SimulationControl.of(net).primaryKey()), "the system key is untouched");
            assertNull(f.proxy.getLastRefresh(), "not a refresh of the system key");
            assertEquals(0, f.proxy.getRefreshCount());
            assertEquals("rotateUserKey", f.proxy.getLastOperation().getOperation());
            f.proxy.queryStatus();
            assertTrue(f.proxy.rotateUserKey().isSucceeded());
            assertFalse(Arrays.equals(first, SimulationControl.of(net).secondaryKey()), "each rotation makes a new key");
        }
    }

    /** With the background poll off, only the rotation itself can have told the attributes. */
    @Test
    void theUserKeyAttributesSayTheNewKeyAsSoonAsTheRotationAnswers() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        MBeanSettings noPoll = new MBeanSettings(Duration.ofSeconds(5), Duration.ZERO, 20, Duration.ZERO,
            new UserKeyPolicy(20, false), false);
        try (Fixture f = new Fixture(net, noPoll)) {
            assertFalse(f.proxy.isSecondaryKeySet(), "the demo starts without a user key");
            assertTrue(f.proxy.rotateUserKey().isSucceeded());
            assertTrue(f.proxy.isSecondaryKeySet());
            assertFalse(f.proxy.isSecondaryKeyPersistent());
        }
    }

    @Test
    void lengthAndPersistenceFollowTheOptions() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, settings(new UserKeyPolicy(63, false)))) {
            assertTrue(f.proxy.rotateUserKey().getMessage().contains("63 characters"));
            assertEquals(63, SimulationControl.of(net).secondaryKey().length);
            f.proxy.queryStatus();
            f.awaitAttribute(() -> f.proxy.isSecondaryKeySet() && !f.proxy.isSecondaryKeyPersistent());
            assertTrue(f.proxy.stop().isSucceeded());
            assertNull(SimulationControl.of(net).secondaryKey(), "a temporary key ends with the run");
        }
        assertThrows(IllegalArgumentException.class, () -> new UserKeyPolicy(7, true));
        assertThrows(IllegalArgumentException.class, () -> new UserKeyPolicy(64, true));
    }

    @Test
    void anOperateCallerIsRefusedWithTheReasonAndNothingChanges() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, settings(UserKeyPolicy.defaults()))) {
            Caller anonymous = new Caller("anonymous", "jolokia", Role.OPERATE);
            SecurityException e = assertThrows(SecurityException.class,
                () -> f.callers.runAs(anonymous, f.proxy::rotateUserKey));
            assertTrue(e.getMessage().contains("rotateUserKey needs the admin role"), e.getMessage());
            assertNull(SimulationControl.of(net).secondaryKey(), "no key was set");
            assertNotNull(f.callers.runAs(new Caller("alice", "jolokia", Role.ADMIN), f.proxy::rotateUserKey));
            assertEquals(20, SimulationControl.of(net).secondaryKey().length);
        }
    }
}
