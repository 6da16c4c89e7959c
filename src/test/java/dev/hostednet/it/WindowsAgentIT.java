package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The built agent jar in a real JVM on real Windows with {@code backend=auto}, read through both doors: auto picks
 * a Windows backend (never the simulation), and whatever the machine has (on the CI's hosted runner: no Wi-Fi
 * adapter, WLAN AutoConfig not running) the agent reports a state and, when it is unavailable, Windows' reason in
 * words. A broken binding shows as a crash, an access violation on standard error, or garbled or undocumented
 * values: each fails here.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsAgentIT {

    private static final Set<String> STATES = Set.of("unavailable", "idle", "active");

    @Test
    void autoPicksAWindowsBackendThatReportsWhatWindowsSays() throws Exception {
        try (Jvm host = Jvm.start(Jvm.javaHomes().findFirst().orElseThrow(),
            List.of("-javaagent:" + Jvm.AGENT + "=backend=auto,port=0,jmx=on,jmx.port=0,refresh.interval=0"),
            Jvm.TEST_CLASSES.toString())) {
            host.await("HOST-READY", Duration.ofSeconds(30));
            String jolokia = host.property("hostednet.jolokia.url", Duration.ofSeconds(30));
            String jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(10));

            HttpResponse<String> state = Http.get(jolokia + "read/" + Http.MBEAN + "/State");
            assertEquals(200, state.statusCode(), state.body());
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
                MBeanServerConnection conn = c.getMBeanServerConnection();
                ObjectName name = new ObjectName(Http.MBEAN);
                String backend = (String) conn.getAttribute(name, "Backend");
                assertTrue(Set.of("hostednetwork", "mobilehotspot").contains(backend), "auto chose " + backend);
                String s = (String) conn.getAttribute(name, "State");
                assertTrue(STATES.contains(s), s);
                String queryError = (String) conn.getAttribute(name, "QueryError");
                if (s.equals("unavailable")) {
                    assertWords(queryError);
                }
                CompositeData refresh = (CompositeData) conn.invoke(name, "refreshSecuritySettings", null, null);
                String message = String.valueOf(refresh.get("message"));
                if (!(Boolean) refresh.get("succeeded")) {
                    assertWords(message);
                    assertFalse(String.valueOf(refresh.get("returnCodeName")).isBlank(), refresh.toString());
                }
                System.out.println("backend=" + backend + " state=" + s + " queryError=" + queryError
                    + " refresh=" + message);
            }
            assertEquals(0, host.exit(Duration.ofSeconds(30)), "the host's main returned, so the JVM exits");
            String err = String.join("\n", host.err);
            assertFalse(err.contains("Invalid memory access") || err.contains("EXCEPTION_ACCESS_VIOLATION"), err);
            assertTrue(err.contains("hostednet-agent ") && err.contains(" started: backend="), err);
        }
    }

    /** Windows' reason as a sentence: not blank, not garbled, no undocumented value, no JNA failure. */
    private static void assertWords(String text) {
        assertTrue(text != null && text.length() > 20 && text.contains(" "), "a reason in words: " + text);
        assertTrue(text.chars().noneMatch(ch -> ch == 0 || ch == 0xFFFD), "garbled: " + text);
        assertFalse(text.contains("undocumented value") || text.contains("Invalid memory access"), text);
    }
}
