package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import dev.hostednet.testing.Eventually;
import dev.hostednet.agent.cli.QrDecode;
import dev.hostednet.wlan.winrt.TetherStandin;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.management.AttributeChangeNotification;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.Notification;
import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole MBean with backend=mobilehotspot, over the combase stand-in, with JMX and Jolokia clients connected:
 * every attribute, every operation, faults and a hang; nothing left behind once the agent stops.
 */
class HotspotAgentTest {

    private static final TetherStandin S = TetherStandin.LIB;
    private Clients c;
    private final List<Notification> notes = new CopyOnWriteArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(new SimpleFormatter().format(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The test runs with reveal=on (joinInfo hands keys over); the others run without. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Reveal {
    }

    @BeforeEach
    void start(TestInfo info) throws Exception {
        boolean reveal = info.getTestMethod().map(m -> m.isAnnotationPresent(Reveal.class)).orElse(false);
        Logger.getLogger("").addHandler(capture);
        S.tether_reset();
        S.tether_set_state(TetherStandin.STATE_ON);
        S.tether_add_client(TetherStandin.utf8("AA-BB-CC-DD-EE-01"));
        Clients.startAgent("backend=mobilehotspot,port=0,jmx=on,jmx.port=0,refresh.interval=0,timeout=1s,poll=100ms"
            + (reveal ? ",reveal=on" : ""));
        c = new Clients();
        await(() -> "standin-hotspot".equals(attr("Ssid")), "the first poll read the SSID");
        c.conn.addNotificationListener(c.name, (n, h) -> notes.add(n), null, null);
    }

    @AfterEach
    void stop() throws Exception {
        Logger.getLogger("").removeHandler(capture);
        S.tether_set_fault(TetherStandin.FAULT_NONE);
        c.close();
        Clients.stopAgent();
        await(() -> S.tether_live_threads() == 0, "the stand-in's completion threads ended");
        assertEquals(0, S.tether_live_objects(), "every interface released once the agent stopped");
        assertEquals(0, S.tether_live_strings(), "every HSTRING deleted once the agent stopped");
        assertEquals(0, S.tether_live_apartments(), "RoInitialize balanced on the native thread");
        await(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("hostednet-")),
            "no agent thread left");
    }

    @Test
    void everyAttributeAnswersAndEveryOperationDrivesTheHotspot() throws Exception {
        for (MBeanAttributeInfo a : c.conn.getMBeanInfo(c.name).getAttributes()) {
            c.attr(a.getName()); // none throws
        }
        assertEquals("mobilehotspot", c.attr("Backend"));
        assertEquals("active", c.attr("State"));
        assertEquals(1, c.attr("PeerCount"));
        assertEquals(8, c.attr("MaxPeers"));
        assertEquals("WPA2-PSK", c.attr("AuthAlgorithm"));
        assertEquals("", c.attr("QueryError"));
        String before = TetherStandin.passphrase();

        assertTrue(Clients.invokeInProcess("refreshSecuritySettingsAndRestart"));
        assertEquals("stop;configure;start", TetherStandin.log());
        String rotated = TetherStandin.passphrase();
        assertNotEquals(before, rotated, "the new passphrase is applied");
        assertEquals("active", c.attr("State"));

        String body = c.exec("refreshSecuritySettings");
        assertTrue(body.contains("\"status\":200") && body.contains("\"stateAfter\":\"idle\""), body);
        assertEquals("stop;configure;start;stop;configure", TetherStandin.log());
        assertNotEquals(rotated, TetherStandin.passphrase());
        assertEquals(2L, c.attr("RefreshCount"));

        assertTrue(Clients.invokeInProcess("start"));
        assertTrue(Clients.invokeInProcess("stop"));
        assertTrue(TetherStandin.log().endsWith("configure;start;stop"));
        CompositeData status = (CompositeData) c.conn.invoke(c.name, "queryStatus", new Object[0], new String[0]);
        assertEquals("idle", status.get("state"));
        assertTrue(notes.stream().anyMatch(n -> n.getType().equals("dev.hostednet.refresh")));
        StringBuilder seen = new StringBuilder(String.join("\n", logged));
        for (MBeanAttributeInfo a : c.conn.getMBeanInfo(c.name).getAttributes()) {
            seen.append(c.attr(a.getName()));
        }
        notes.forEach(n -> seen.append(n.getMessage()).append(n.getUserData()));
        for (String key : List.of(rotated, TetherStandin.passphrase())) {
            assertTrue(seen.indexOf(key) < 0, "a passphrase reached a log line, attribute or notification");
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("operation=refreshSecuritySettings")), "logs captured");
    }

    @Test
    void aChangeBehindTheAgentsBackIsSeenByThePollAndNotified() throws Exception {
        S.tether_set_state(TetherStandin.STATE_OFF);
        await(() -> notes.stream().anyMatch(n -> n instanceof AttributeChangeNotification a
            && "active".equals(a.getOldValue()) && "idle".equals(a.getNewValue())), "State active -> idle notified");
        S.tether_set_state(TetherStandin.STATE_IN_TRANSITION);
        await(() -> "in_transition".equals(attr("State")), "InTransition read as such");
    }

    @Test
    void aDisabledCapabilityIsNamedAndTheHostIsUntouched() throws Exception {
        S.tether_set_capability(1);
        await(() -> "unavailable".equals(attr("State")), "State unavailable");
        await(() -> String.valueOf(attr("QueryError")).contains("DisabledByGroupPolicy"), "QueryError names it");
        String body = c.exec("refreshSecuritySettings");
        assertTrue(body.contains("TetheringCapability DisabledByGroupPolicy (1)"), body);
        assertEquals(1L, c.attr("FailedRefreshCount"));
        assertEquals("", TetherStandin.log(), "nothing was changed");
    }

    @Test
    void aRefusedStartNamesTheStatusAndWindowsMessage() throws Exception {
        Clients.invokeInProcess("stop");
        S.tether_set_fault(TetherStandin.FAULT_START_FAILS);
        S.tether_set_start_failure(3, TetherStandin.utf8("Turn on Wi-Fi to share"));
        RuntimeMBeanException e = assertThrows(RuntimeMBeanException.class, () -> Clients.invokeInProcess("start"));
        String words = e.getCause().getMessage();
        assertTrue(words.contains("WiFiDeviceOff (3)") && words.contains("Turn on Wi-Fi to share"), words);
        assertTrue(words.startsWith("Could not start Mobile Hotspot:"), "named as users know it: " + words);
    }

    @Test
    void aHangingStartFailsAfterTheTimeoutReadsGoOnAndTheLateResultIsRecorded() throws Exception {
        Clients.invokeInProcess("stop");
        S.tether_set_fault(TetherStandin.FAULT_HANG);
        // The hang never ends on its own: that the call returned at all is the timeout's doing, and the words say so.
        RuntimeMBeanException e = assertThrows(RuntimeMBeanException.class, () -> Clients.invokeInProcess("start"));
        assertTrue(e.getCause().getMessage().contains("Nothing is known to have changed yet"),
            e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().startsWith("Could not start Mobile Hotspot:"), e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().contains("check the Windows Mobile Hotspot service (icssvc)")
            && !e.getCause().getMessage().contains("WLAN AutoConfig"), "the backend's own advice: "
            + e.getCause().getMessage());
        for (int i = 0; i < 50; i++) {
            assertEquals("idle", c.attr("State"), "reads answer at once");
        }
        await(() -> {
            CompositeData last = (CompositeData) attr("LastOperation");
            return last != null && String.valueOf(last.get("message")).contains("cancelled and closed it");
        }, "the late, cancelled outcome is recorded");
        assertEquals("ERROR_TIMEOUT", ((CompositeData) c.attr("LastOperation")).get("returnCodeName"));
        assertEquals("stop;cancel", TetherStandin.log());
    }

    @Test
    @Reveal
    void joinInfoHandsOverThePassphraseRotateUserKeyJustSetAsUserAndSystemKeyWithItsQrCode(@TempDir Path dir)
        throws Exception {
        assertTrue(Clients.invokeInProcess("rotateUserKey"));
        assertEquals("stop;configure;start", TetherStandin.log(), "the hotspot was on: restarted with the new key");
        String key = TetherStandin.passphrase();
        assertEquals(0, S.tether_passphrase_reads(), "nothing but the hand-over reads the passphrase");
        MBeanServer local = Clients.host();
        for (String which : List.of("user", "system")) {
            CompositeData card = (CompositeData) local.invoke(c.name, "joinInfo", new Object[] {which},
                new String[] {String.class.getName()});
            assertEquals(which, card.get("keyType"));
            assertEquals("standin-hotspot", card.get("ssid"));
            assertEquals(key, card.get("key"), "the one passphrase is both keys");
            String uri = "WIFI:T:WPA;S:standin-hotspot;P:" + key + ";;";
            assertEquals(uri, card.get("uri"));
            assertEquals(uri, QrDecode.handout(card::get, dir.resolve(which + ".png")), "what a phone reads");
        }
        assertEquals(2, S.tether_passphrase_reads(), "one get_Passphrase per hand-over");
        RuntimeException anonymous = assertThrows(RuntimeException.class,
            () -> c.conn.invoke(c.name, "joinInfo", new Object[] {"user"}, new String[] {String.class.getName()}));
        assertTrue(String.valueOf(anonymous.getCause()).contains("joinInfo needs the admin role"),
            String.valueOf(anonymous.getCause()));
        assertEquals(2, S.tether_passphrase_reads(), "a refused caller reads nothing");
        S.tether_set_fault(TetherStandin.FAULT_NO_INTERNET);
        RuntimeException failed = assertThrows(RuntimeException.class, () -> local.invoke(c.name, "joinInfo",
            new Object[] {"system"}, new String[] {String.class.getName()}));
        String why = String.valueOf(failed.getCause());
        assertTrue(why.contains("no internet connection"), why);

        StringBuilder seen = new StringBuilder(String.join("\n", logged)).append(why).append(anonymous);
        for (MBeanAttributeInfo a : c.conn.getMBeanInfo(c.name).getAttributes()) {
            seen.append(c.attr(a.getName()));
        }
        notes.forEach(n -> seen.append(n.getMessage()).append(n.getUserData()));
        assertTrue(seen.indexOf("outcome=handed-over") >= 0, "the hand-overs were audited");
        assertTrue(seen.indexOf(key) < 0, "the passphrase reached a log line, attribute or notification");
    }

    @Test
    void joinInfoIsRefusedWithoutRevealAndNothingIsRead() throws Exception {
        assertTrue(Clients.invokeInProcess("rotateUserKey"));
        MBeanServer local = Clients.host();
        for (String which : List.of("user", "system")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> local.invoke(c.name, "joinInfo",
                new Object[] {which}, new String[] {String.class.getName()}));
            assertTrue(String.valueOf(e.getCause()).contains("joinInfo is off"), String.valueOf(e.getCause()));
        }
        assertEquals(0, S.tether_passphrase_reads(), "get_Passphrase was never called");
    }

    private Object attr(String a) {
        try {
            return c.attr(a);
        } catch (Exception e) {
            return null;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Eventually.await(Duration.ofSeconds(10), condition::getAsBoolean, () -> what);
    }
}
