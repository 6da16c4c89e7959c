package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/** Records only callers with the right can shape: the audit, History and the numbers alerts fire on. */
class RecordsIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"));

    @Test
    void aForgedOperationNameWithLineBreaksWritesNoLineTheAgentDidNotWrite() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,jmx=on,jmx.port=0")) {
            String url = host.property("hostednet.jmx.url", Duration.ofSeconds(20));
            String forged = "stop\nDec 04, 2026 8:00:00 PM dev.hostednet.jmx.HandOver audit\n"
                + "INFO: hostednet audit: operation=joinInfo caller=root door=in-process key=system"
                + " outcome=handed-over\r\nWARNING: hostednet audit: operation=agent.stop caller=root door=local"
                + " outcome=success\u2028x";
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(url))) {
                MBeanServerConnection conn = c.getMBeanServerConnection();
                ObjectName control = new ObjectName("dev.hostednet:type=Agent");
                for (int i = 0; i < 100 && !conn.isRegistered(control); i++) {
                    Thread.sleep(50);
                }
                assertThrows(SecurityException.class, () -> conn.invoke(control, forged, new Object[0],
                    new String[0]));
                // joinInfo with a malformed argument is audited too, its argument quoted.
                Exception e = assertThrows(Exception.class, () -> conn.invoke(new ObjectName(Http.MBEAN), "joinInfo",
                    new Object[] {"user\nINFO: hostednet audit: forged"}, new String[] {"java.lang.String"}));
                assertTrue(String.valueOf(e.getCause()).contains("key must be user"), String.valueOf(e));
            }
            host.awaitErr("hostednet audit: operation=\"agent.stop\\nDec 04", Duration.ofSeconds(10));
            host.awaitErr("operation=joinInfo caller=anonymous door=jmx key=\"user\\nINFO: hostednet audit: forged\""
                + " outcome=refused reason=malformed", Duration.ofSeconds(10));
            for (String line : host.err) {
                assertTrue(!line.contains("hostednet audit:") || line.startsWith("WARNING: hostednet audit: operation=")
                    || line.startsWith("INFO: hostednet audit: operation="), "a line the agent did not write: " + line);
                assertTrue(!line.startsWith("INFO: hostednet audit: operation=joinInfo caller=root")
                    && !line.startsWith("WARNING: hostednet audit: operation=agent.stop caller=root")
                    && !line.startsWith("INFO: hostednet audit: forged"), "a forged record: " + line);
            }
        }
    }

    @Test
    void twentyFiveRefusedAnonymousRefreshesNeitherEvictTheAdminsRotationNorRaiseTheFailedFlag() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=60m")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            String rotated = Jvm.cliExpecting(JAVA, 0, "rotate", pid);
            assertTrue(rotated.contains("a new user key"), rotated);
            for (int i = 0; i < 25; i++) {
                String r = Http.post(url, Http.exec("refreshSecuritySettings")).body();
                assertTrue(r.contains("rate limit") || r.contains("rotated less than"), r);
            }
            String history = Http.get(url + "read/" + Http.MBEAN + "/History").body();
            assertTrue(history.contains("\"operation\":\"rotateUserKey\""), "the rotation is still there: " + history);
            assertTrue(history.contains("25 refreshSecuritySettings refused by the agent (rate-limit), jolokia/anonymous"),
                history);
            assertEquals("false", Http.value(url, "SystemKeyRotationFailed"));
            assertEquals("0", Http.value(url, "SystemKeyRotationFailures"));
            assertEquals("25", Http.value(url, "SystemKeyRotationRefusals"));
            assertEquals("0", Http.value(url, "FailedRefreshCount"));
        }
    }

    @Test
    void aWrongPasswordIsAuditedAndABurstOfGuessesIsSlowedWithoutLockingTheRightUserOut() throws Exception {
        try (Jvm host = Jvm.startWithEnv(JAVA, List.of("-javaagent:" + Jvm.AGENT
                + "=backend=simulated,port=0,user=ops,password.env=HOSTEDNET_TEST_PW"), Jvm.TEST_CLASSES.toString(),
            Map.of("HOSTEDNET_TEST_PW", "right-horse-battery"))) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(401, get(http, url, "ops", "wrong-1"));
            host.awaitErr("hostednet audit: login=failed door=jolokia user=ops source=127.0.0.1", Duration.ofSeconds(10));
            int answered = 1;
            int slowed = 0;
            for (int i = 0; i < 40; i++) {
                int code = get(http, url, "ops\nINFO: x", "wrong-" + i);
                answered += code == 401 ? 1 : 0;
                slowed += code == 429 ? 1 : 0;
            }
            // Unthrottled, all 41 are checked (about 3,400 a second); throttled, the first three are, then one per
            // growing wait (250 ms, 500 ms, 1 s, ...): however slow this machine, far fewer than 41.
            assertTrue(answered <= 20 && slowed >= 20, answered + " guesses checked, " + slowed + " slowed");
            assertTrue(host.err.stream().noneMatch(l -> l.startsWith("INFO: x")), "the user name is data");
            // The right user from the same address gets in once the wait is over: slowed, never locked out.
            int code = 429;
            for (int i = 0; i < 40 && code == 429; i++) {
                Thread.sleep(500);
                code = get(http, url, "ops", "right-horse-battery");
            }
            assertEquals(200, code);
        }
    }

    @Test
    void aWrongJmxPasswordIsAuditedAndABurstOfGuessesIsSlowed(@org.junit.jupiter.api.io.TempDir Path dir)
        throws Exception {
        Path pw = java.nio.file.Files.writeString(dir.resolve("jmx.password"), "ops right-horse-battery\n");
        java.nio.file.Files.setPosixFilePermissions(pw, java.nio.file.attribute.PosixFilePermissions.fromString(
            "rw-------")); // the JDK reads no password file others can read
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,jmx=on,jmx.port=0,jmx.password.file=" + pw)) {
            JMXServiceURL url = new JMXServiceURL(host.property("hostednet.jmx.url", Duration.ofSeconds(20)));
            assertThrows(SecurityException.class, () -> JMXConnectorFactory.connect(url,
                Map.of(JMXConnector.CREDENTIALS, new String[] {"ops", "wrong"})).close());
            host.awaitErr("hostednet audit: login=failed door=jmx user=ops source=127.0.0.1", Duration.ofSeconds(10));
            int checked = 1;
            int slowed = 0;
            for (int i = 0; i < 30; i++) {
                SecurityException e = assertThrows(SecurityException.class, () -> JMXConnectorFactory.connect(url,
                    Map.of(JMXConnector.CREDENTIALS, new String[] {"ops", "wrong"})).close());
                slowed += String.valueOf(e.getMessage()).contains("too many failed logins") ? 1 : 0;
                checked += String.valueOf(e.getMessage()).contains("too many failed logins") ? 0 : 1;
            }
            assertTrue(checked <= 15 && slowed >= 15, checked + " guesses checked, " + slowed + " slowed");
            JMXConnector ok = null;
            for (int i = 0; i < 40 && ok == null; i++) {
                Thread.sleep(500);
                try {
                    ok = JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS,
                        new String[] {"ops", "right-horse-battery"}));
                } catch (SecurityException e) {
                    assertTrue(e.getMessage().contains("too many failed logins"), e.getMessage());
                }
            }
            assertTrue(ok != null, "the right user got in once the wait was over");
            ok.close();
        }
    }

    private static int get(HttpClient http, String url, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url + "version")).header("Authorization", "Basic " + basic)
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
