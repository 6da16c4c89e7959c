package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import dev.hostednet.wlan.simulated.SimulationControl;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** joinInfo hands a key over only when reveal=on, only to admins, and audits every try. */
class JoinInfoTest {

    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final Logger auditLog = Logger.getLogger("dev.hostednet.audit");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            audit.add(MessageFormat.format(r.getMessage(), r.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        auditLog.addHandler(capture);
        auditLog.setLevel(Level.ALL);
    }

    @AfterEach
    void stopListening() {
        auditLog.removeHandler(capture);
    }

    private static MBeanSettings reveal(boolean on) {
        return new MBeanSettings(Duration.ofSeconds(5), Duration.ZERO, 20, Duration.ZERO,
            UserKeyPolicy.defaults(), on);
    }

    private boolean audited(String text) {
        return audit.stream().anyMatch(a -> a.contains("operation=joinInfo") && a.contains(text));
    }

    @Test
    void refusedByDefaultEvenInProcessAndAudited() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), reveal(false))) {
            f.proxy.rotateUserKey();
            SecurityException e = assertThrows(SecurityException.class, () -> f.proxy.joinInfo("user"));
            assertTrue(e.getMessage().contains("reveal=on"), e.getMessage());
            assertTrue(audited("caller=") && audited("door=foreign key=user outcome=refused reason=reveal-off"),
                String.valueOf(audit));
        }
    }

    @Test
    void refusedToACallerWithoutTheAdminRoleWithTheReason() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), reveal(true))) {
            f.proxy.rotateUserKey();
            Caller anonymous = new Caller("anonymous", "jolokia", Role.OPERATE);
            SecurityException e = assertThrows(SecurityException.class,
                () -> f.callers.runAs(anonymous, () -> f.proxy.joinInfo("user")));
            assertTrue(e.getMessage().contains("joinInfo needs the admin role"), e.getMessage());
            assertTrue(audited("caller=anonymous door=jolokia outcome=refused"), String.valueOf(audit));
        }
    }

    @Test
    void theUserKeyIsHandedToAnAdminWithItsJoinUriAndTheAuditNamesTheKeyTypeNotTheKey() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, reveal(true))) {
            IllegalStateException none = assertThrows(IllegalStateException.class, () -> f.proxy.joinInfo("user"));
            assertTrue(none.getMessage().contains("No user key is set"), none.getMessage());
            f.proxy.rotateUserKey();
            JoinInfoData d = f.callers.runAs(new Caller("alice", "jolokia", Role.ADMIN), () -> f.proxy.joinInfo("user"));
            String key = new String(SimulationControl.of(net).secondaryKey(), StandardCharsets.US_ASCII);
            assertEquals(key, d.getKey());
            assertEquals("user", d.getKeyType());
            assertEquals("WIFI:T:WPA;S:" + d.getSsid() + ";P:" + key + ";;", d.getUri());
            assertFalse(d.getSsid().isEmpty());
            assertTrue(audited("caller=alice door=jolokia key=user outcome=handed-over"), String.valueOf(audit));
            assertTrue(audited("key=user outcome=failed"), "the failed try is audited too: " + audit);
            assertFalse(audit.stream().anyMatch(a -> a.contains(key)), "never the key: " + audit);
            assertFalse(d.toString().contains(key));
        }
    }

    @Test
    void theSystemKeyComesFromTheStationProfileOrAClearError() throws Exception {
        SimulatedHostedNetwork net = SimulatedHostedNetwork.open();
        try (Fixture f = new Fixture(net, reveal(true))) {
            JoinInfoData d = f.proxy.joinInfo("system");
            assertEquals(new String(SimulationControl.of(net).primaryKey(), StandardCharsets.US_ASCII), d.getKey());
            SimulationControl.of(net).setProfileKey(false);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.proxy.joinInfo("system"));
            assertTrue(e.getMessage().contains("Cannot hand over the system key")
                && e.getMessage().contains("no keyMaterial"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> f.proxy.joinInfo("primary"));
        }
    }
}
