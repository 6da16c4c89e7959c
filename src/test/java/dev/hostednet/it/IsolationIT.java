package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * A host with its own JNA 5.8.0 and Jolokia 1.7.2 on its class path keeps them, while the agent, with JNA 5.19.1
 * (driving the native stand-in through the real binding) and Jolokia 2.6.0, serves over both doors.
 */
class IsolationIT {

    @Test
    void theHostKeepsItsJnaAndJolokiaAndTheAgentServesBesideThem() throws Exception {
        Path libs = Path.of(System.getProperty("host.libs", "target/host-libs"));
        String cp = String.join(File.pathSeparator, Jvm.TEST_CLASSES.toString(),
            libs.resolve("jna-5.8.0.jar").toString(), libs.resolve("jolokia-jvm-1.7.2.jar").toString());
        String standin = System.getProperty("standin.dir", "target/standin");
        try (Jvm host = Jvm.start(Path.of(System.getProperty("java.home")),
            List.of("-Djna.library.path=" + standin,
                "-javaagent:" + Jvm.AGENT + "=backend=windows,port=0,jmx=on,jmx.port=0"), cp, "libs")) {
            String jna = host.await("HOST-JNA", Duration.ofSeconds(20));
            assertTrue(jna.startsWith("HOST-JNA 5.8.0 from") && jna.contains("jna-5.8.0.jar"), jna);
            // (the 1.7.2 jar reports itself as 1.7.1: its own version constant was not bumped)
            assertTrue(host.await("HOST-JOLOKIA", Duration.ofSeconds(20)).startsWith("HOST-JOLOKIA 1.7."));

            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String version = Http.get(url + "version").body();
            assertTrue(version.contains("\"agent\":\"2.6.0\""), version);
            String refresh = Http.post(url, Http.exec("refreshSecuritySettings")).body();
            assertTrue(refresh.contains("\"status\":200") && refresh.contains("\"succeeded\":true"), refresh);
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(
                host.property("hostednet.jmx.url", Duration.ofSeconds(5))))) {
                ObjectName name = new ObjectName(Http.MBEAN);
                assertEquals("hostednetwork", c.getMBeanServerConnection().getAttribute(name, "Backend"));
                assertEquals(1L, c.getMBeanServerConnection().getAttribute(name, "RefreshCount"));
            }
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @Test
    void jolokiasOwnAgentBesideThisOneIsSupportedQuietly() throws Exception {
        Path jolokia = Path.of(System.getProperty("host.libs", "target/host-libs"),
            "jolokia-agent-jvm-2.6.0-javaagent.jar");
        try (Jvm host = Jvm.start(Path.of(System.getProperty("java.home")), List.of(
                "-javaagent:" + jolokia + "=port=0", "-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0"),
            Jvm.TEST_CLASSES.toString())) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String own = host.property("jolokia.agent", Duration.ofSeconds(20));
            assertTrue(Http.get(url + "version").body().contains("\"status\":200"));
            assertTrue(Http.get(own + (own.endsWith("/") ? "" : "/") + "version").body().contains("\"status\":200"));
            Thread.sleep(300); // any warning is written at each agent's first request
            assertTrue(host.err.stream().noneMatch(l -> l.contains("multiple class loaders")
                || l.contains("Multiple Jolokia agents")), "not five warnings: " + host.err);
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }
}
