package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** -javaagent into a separate JVM; both doors used for real; the host exits normally afterwards. */
class JavaagentIT {

    static Stream<Path> javaHomes() {
        return Jvm.javaHomes();
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void bothDoorsReadAndRefreshAndTheHostExits(Path javaHome) throws Exception {
        try (Jvm host = Jvm.start(javaHome,
            List.of("-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0,jmx=on,jmx.port=0,refresh.interval=0"),
            Jvm.TEST_CLASSES.toString())) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String jolokia = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(5));

            HttpResponse<String> state = Http.get(jolokia + "read/" + Http.MBEAN + "/State");
            assertEquals(200, state.statusCode());
            assertTrue(state.body().contains("\"value\":\"active\""), state.body());
            HttpResponse<String> refresh = Http.post(jolokia, Http.exec("refreshSecuritySettings"));
            assertTrue(refresh.body().contains("\"stateAfter\":\"idle\"") && refresh.body().contains("\"status\":200")
                && refresh.body().contains("\"door\":\"jolokia\""), refresh.body());

            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
                MBeanServerConnection conn = c.getMBeanServerConnection();
                ObjectName name = new ObjectName(Http.MBEAN);
                assertEquals("idle", conn.getAttribute(name, "State"));
                assertEquals(1L, conn.getAttribute(name, "RefreshCount"));
                CompositeData o = (CompositeData) conn.invoke(name, "refreshSecuritySettings", null, null);
                assertEquals("jmx", o.get("door"));
                assertEquals(2L, conn.getAttribute(name, "RefreshCount"));
            }
            assertEquals(0, host.exit(Duration.ofSeconds(15)), "the host's main returned, so the JVM exits");
            assertFalse(String.join("\n", host.err).contains("loaded dynamically"), "-javaagent warns of nothing");
        }
    }
}
