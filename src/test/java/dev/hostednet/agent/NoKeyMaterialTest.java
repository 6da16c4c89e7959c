package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.win32.Standin;
import dev.hostednet.wlan.win32.StandinBackstage;
import dev.hostednet.wlan.win32.Win32HostedNetwork;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * Drives the native stand-in so its keys have known bytes, runs the agent over the real binding through both doors
 * (successes, failures, a timeout), then searches every log line, attribute, notification and error for them.
 */
class NoKeyMaterialTest {

    private static final Standin S = Standin.LIB;
    private static final String MBEAN = "dev.hostednet:type=HostedNetworkSecurity";
    private final Set<String> keys = new LinkedHashSet<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            seen.add(r.getLoggerName() + " " + r.getMessage() + " " + Arrays.toString(r.getParameters())
                + " " + (r.getThrown() == null ? "" : r.getThrown().toString()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private void rememberKey() {
        byte[] buf = new byte[128];
        int n = S.standin_get_primary_key(buf, buf.length);
        keys.add(new String(buf, 0, n, StandardCharsets.US_ASCII));
        keys.add(HexFormat.of().formatHex(Arrays.copyOf(buf, n)));
        // The user keys rotateUserKey made: what the stand-in holds and what its last SetSecondaryKey received.
        int len = S.standin_get_secondary_key(buf, buf.length, new com.sun.jna.ptr.IntByReference());
        if (len > 1) {
            keys.add(new String(buf, 0, len - 1, StandardCharsets.US_ASCII));
            keys.add(HexFormat.of().formatHex(Arrays.copyOf(buf, len - 1)));
        }
        long sent = S.standin_last_secondary_key_call(buf, buf.length, new com.sun.jna.ptr.IntByReference());
        if (sent > 1) {
            keys.add(new String(buf, 0, (int) sent - 1, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void noKeyEverAppearsInLogsAttributesNotificationsOrErrors() throws Exception {
        S.standin_reset();
        try (Win32HostedNetwork setup = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            setup.start();
        }
        byte[] known = "PRIMARY-MARKER-7f3a9c".getBytes(StandardCharsets.US_ASCII);
        S.standin_set_primary_key(known, known.length);
        new StandinBackstage().setSecondaryPassphrase("SECONDARY-MARKER-51b2e", true);
        keys.add("SECONDARY-MARKER-51b2e");
        rememberKey();

        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        assertTrue(AgentLauncher.start("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=0,timeout=300ms,"
            + "poll=50ms"));
        try {
            exercise(System.getProperty("hostednet.jolokia.url"), System.getProperty("hostednet.jmx.url"));
        } finally {
            AgentLauncher.agentmain("stop");
            root.removeHandler(capture);
            root.setLevel(before);
            S.standin_set_hang_millis(0);
            S.standin_set_fault(0);
        }
        assertTrue(seen.size() > 20, "the agent said things: " + seen.size());
        assertTrue(seen.stream().anyMatch(s -> s.contains("ERROR_INVALID_STATE")), "failures were captured too");
        assertTrue(seen.stream().anyMatch(s -> s.contains("rotateUserKey needs the admin role")), "refusals too");
        assertTrue(seen.stream().anyMatch(s -> s.contains("a new user key")), "rotations succeeded");
        assertTrue(seen.stream().anyMatch(s -> s.contains("joinInfo is off")), "hand-overs were refused");
        assertTrue(keys.size() >= 8, "several user keys were made and searched for: " + keys.size());
        for (String key : keys) {
            for (String s : seen) {
                assertFalse(s.contains(key), "key material '" + key + "' leaked in: " + s);
            }
        }
    }

    private void exercise(String url, String jmxUrl) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectName name = new ObjectName(MBEAN);
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
            MBeanServerConnection conn = c.getMBeanServerConnection();
            conn.addNotificationListener(name, (n, h) -> seen.add(n + " " + n.getMessage() + " " + n.getUserData()),
                null, null);
            String[] attrs = Arrays.stream(conn.getMBeanInfo(name).getAttributes()).map(MBeanAttributeInfo::getName)
                .toArray(String[]::new);
            List<Runnable> steps = new ArrayList<>();
            steps.add(() -> send(http, url, "{\"type\":\"exec\",\"mbean\":\"" + MBEAN
                + "\",\"operation\":\"refreshSecuritySettingsAndRestart\"}"));
            steps.add(() -> invoke(conn, name, "refreshSecuritySettings"));
            steps.add(() -> S.standin_set_fault(2));
            steps.add(() -> invoke(conn, name, "refreshSecuritySettings"));
            steps.add(() -> send(http, url, "{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"start\"}"));
            steps.add(() -> S.standin_set_fault(0));
            steps.add(() -> S.standin_set_hang_millis(800));
            steps.add(() -> invoke(conn, name, "refreshSecuritySettings"));
            steps.add(() -> S.standin_set_hang_millis(0));
            steps.add(() -> sleep(1200));
            steps.add(() -> invoke(conn, name, "queryStatus"));
            // rotateUserKey on every door and every failure path: anonymous Jolokia and JMX callers are refused
            // (it sets a key), in-process callers succeed, fail on an unsupported driver and time out on a hang.
            MBeanServerConnection local = Clients.host();
            steps.add(() -> invoke(local, name, "rotateUserKey"));
            // joinInfo is off here (no reveal=on): refused on every door, even in-process.
            steps.add(() -> send(http, url, "{\"type\":\"exec\",\"mbean\":\"" + MBEAN
                + "\",\"operation\":\"joinInfo\",\"arguments\":[\"user\"]}"));
            steps.add(() -> invoke(conn, name, "joinInfo", "system"));
            steps.add(() -> invoke(local, name, "joinInfo", "user"));
            steps.add(() -> send(http, url, "{\"type\":\"exec\",\"mbean\":\"" + MBEAN
                + "\",\"operation\":\"rotateUserKey\"}"));
            steps.add(() -> invoke(conn, name, "rotateUserKey"));
            steps.add(() -> S.standin_set_fault(2));
            steps.add(() -> invoke(local, name, "rotateUserKey"));
            steps.add(() -> S.standin_set_fault(0));
            steps.add(() -> S.standin_set_hang_millis(800));
            steps.add(() -> invoke(local, name, "rotateUserKey"));
            steps.add(() -> S.standin_set_hang_millis(0));
            steps.add(() -> sleep(1200));
            steps.add(() -> invoke(local, name, "rotateUserKey"));
            for (Runnable step : steps) {
                step.run();
                rememberKey();
                seen.add(String.valueOf(conn.getAttributes(name, attrs)));
                seen.add(send(http, url, "{\"type\":\"read\",\"mbean\":\"" + MBEAN + "\"}"));
            }
            seen.add(send(http, url, "{\"type\":\"list\"}"));
            seen.add(String.valueOf(conn.invoke(name, "recentOutcomes", new Object[] {20},
                new String[] {"int"})));
            seen.add(String.valueOf(ManagementFactory.getPlatformMBeanServer().getAttribute(
                new ObjectName(AgentControlMXBean.OBJECT_NAME), "JolokiaUrl")));
            sleep(300);
        }
    }

    /**
     * With reveal=on: every failure path of joinInfo (no keyMaterial in the profile, no user key, an RPC failure, a
     * hang, callers without the admin role on both doors) and the agent's refusals of rotateUserKey (a timeout
     * before the call started, the rate limit) say nothing of a key, and a hand-over that works puts
     * the key only in its own answer (left out of the search), never in a log line, attribute or notification.
     */
    @Test
    void withRevealOnOnlyTheHandOverItselfCarriesAKey() throws Exception {
        S.standin_reset();
        try (Win32HostedNetwork setup = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            setup.start();
        }
        byte[] known = "PRIMARY-MARKER-c0ffee42".getBytes(StandardCharsets.US_ASCII);
        S.standin_set_primary_key(known, known.length);
        keys.add("PRIMARY-MARKER-c0ffee42");
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        assertTrue(AgentLauncher.start("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=1m,timeout=300ms,"
            + "poll=50ms,reveal=on"));
        List<Object> handedOver = new ArrayList<>();
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(System.getProperty("hostednet.jmx.url")))) {
            String url = System.getProperty("hostednet.jolokia.url");
            HttpClient http = HttpClient.newHttpClient();
            MBeanServerConnection conn = c.getMBeanServerConnection();
            ObjectName name = new ObjectName(MBEAN);
            MBeanServerConnection local = Clients.host();
            conn.addNotificationListener(name, (n, h) -> seen.add(n + " " + n.getMessage() + " " + n.getUserData()),
                null, null);
            invoke(local, name, "joinInfo", "user"); // no user key yet
            invoke(local, name, "joinInfo", "system"); // the stand-in's profile has no keyMaterial by default
            // rotateUserKey's agent refusals: a hang (the first call times out while running, the second is never
            // started), then the rate limit its late success started.
            S.standin_set_hang_millis(800);
            invoke(local, name, "rotateUserKey");
            invoke(local, name, "rotateUserKey");
            S.standin_set_hang_millis(0);
            sleep(1200);
            // Whether the hung calls ever started depends on the poll they queued behind; either way one of these two
            // succeeds (or a late success already did) and the limit then refuses the next.
            invoke(local, name, "rotateUserKey");
            invoke(local, name, "rotateUserKey");
            rememberKey();
            send(http, url, "{\"type\":\"exec\",\"mbean\":\"" + MBEAN
                + "\",\"operation\":\"joinInfo\",\"arguments\":[\"user\"]}");
            invoke(conn, name, "joinInfo", "user");
            S.standin_set_fault(3);
            invoke(local, name, "joinInfo", "user");
            S.standin_set_fault(0);
            S.standin_set_hang_millis(800);
            invoke(local, name, "joinInfo", "user");
            S.standin_set_hang_millis(0);
            sleep(1200);
            S.standin_set_profile_key(1);
            handedOver.add(local.invoke(name, "joinInfo", new Object[] {"system"}, new String[] {"java.lang.String"}));
            handedOver.add(local.invoke(name, "joinInfo", new Object[] {"user"}, new String[] {"java.lang.String"}));
            seen.add(send(http, url, "{\"type\":\"read\",\"mbean\":\"" + MBEAN + "\"}"));
            sleep(300);
        } finally {
            AgentLauncher.agentmain("stop");
            root.removeHandler(capture);
            root.setLevel(before);
            S.standin_set_hang_millis(0);
            S.standin_set_fault(0);
            S.standin_set_profile_key(0);
        }
        assertTrue(String.valueOf(handedOver).contains("PRIMARY-MARKER-c0ffee42"), "the hand-over worked");
        for (String failure : List.of("No user key is set", "no keyMaterial", "joinInfo needs the admin role",
            "RPC", "did not answer within", "outcome=handed-over", "outcome=failed", "was not started", "next rotation is allowed",
            "agent:timeout", "agent:rate-limit")) {
            assertTrue(seen.stream().anyMatch(s -> s.contains(failure)), failure + " was seen");
        }
        for (String key : keys) {
            for (String s : seen) {
                assertFalse(s.contains(key), "key material '" + key + "' leaked in: " + s);
            }
        }
    }

    private String send(HttpClient http, String url, String json) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
            seen.add(body);
            return body;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void invoke(MBeanServerConnection conn, ObjectName name, String op, String... args) {
        try {
            String[] sig = new String[args.length];
            Arrays.fill(sig, String.class.getName());
            seen.add(String.valueOf(conn.invoke(name, op, args, sig)));
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                seen.add(t.toString());
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
