package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * A host pays nothing until someone asks. Both doors are bound and their URLs published at start, but the
 * platform MBeanServer, RMI and java.util.logging are left to the host until a client comes.
 */
class IdleIT {

    private static final String BOTH = "backend=simulated,port=0,jmx=on,jmx.port=0";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theHostChoosesItsOwnLogManagerAfterTheAgentStarted() throws Exception {
        try (Jvm host = Jvm.withAgent(BOTH)) {
            host.property("hostednet.jolokia.url", WAIT);
            host.property("hostednet.jmx.url", WAIT);
            host.send("logmanager");
            assertEquals("LOGMANAGER dev.hostednet.it.HostApp$HostLogManager", host.await("LOGMANAGER", WAIT),
                "the agent must not have initialised java.util.logging; stderr: " + host.err);
        }
    }

    @Test
    void nothingIsMadeUntilAClientAsksThenBothDoorsAnswer() throws Exception {
        try (Jvm host = Jvm.withAgent(BOTH)) {
            String url = host.property("hostednet.jolokia.url", WAIT);
            String jmxUrl = host.property("hostednet.jmx.url", WAIT);
            Thread.sleep(1500); // past the agent's start, with time for anything it would make in the background
            host.send("made");
            assertEquals("MADE mbeanservers=0 rmi-threads=0", host.await("MADE", WAIT), "stderr: " + host.err);
            // JMX first: the waiting port hands its first client to RMI, made for it
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
                assertEquals("active", String.valueOf(c.getMBeanServerConnection().getAttribute(
                    new ObjectName(Http.MBEAN), "State")));
            }
            assertEquals("active", Http.value(url, "State"));
            host.send("made");
            assertTrue(host.await("MADE", WAIT).startsWith("MADE mbeanservers=1 "), "the platform server, once");
            // and a second JMX client goes through RMI's own accept loop
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
                assertEquals("active", String.valueOf(c.getMBeanServerConnection().getAttribute(
                    new ObjectName(Http.MBEAN), "State")));
            }
        }
    }

    @Test
    void aJolokiaReadFirstFindsTheMBeansRegistered() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            String url = host.property("hostednet.jolokia.url", WAIT);
            assertEquals("active", Http.value(url, "State"));
        }
    }

    @Test
    void aPlatformMBeanServerTheHostMakesGetsTheAgentsMBeans() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            host.property("hostednet.jolokia.url", WAIT);
            host.send("platform");
            String seen = host.await("PLATFORM", WAIT);
            // how soon is the watcher's interval (half a second) plus the backend's first answer: not asserted here
            assertTrue(seen.equals("PLATFORM registered"), seen + " stderr: " + host.err);
        }
    }

    @Test
    void theCommandLineFindsAnAgentNobodyAskedYet() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            host.property("hostednet.jolokia.url", WAIT);
            String pid = Long.toString(host.pid());
            // status goes through the JDK's local connector, which makes the platform MBeanServer: the agent
            // registers there once it sees it, and the command line waits for that instead of saying "not running"
            String status = Jvm.cliExpecting(Path.of(System.getProperty("java.home")), 0, "status", pid);
            assertTrue(status.contains("running in process " + pid), status);
            String stop = Jvm.cliExpecting(Path.of(System.getProperty("java.home")), 0, "stop", pid);
            assertTrue(stop.contains("stopped"), stop);
        }
    }

    /**
     * Registration comes after start, so a name taken in between (the host's MBean, another copy of the agent)
     * fails late. The agent then stops itself as a failed start does: its ports freed, its URLs
     * and its claim withdrawn, the reason on standard error; not a door answering 503 for good that nothing can stop.
     */
    @Test
    void aNameTakenBeforeTheFirstClientStopsTheAgentAndFreesItsPorts() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,jmx=on,jmx.port=0")) {
            String url = host.property("hostednet.jolokia.url", WAIT);
            int port = java.net.URI.create(url).getPort();
            int jmxPort = Integer.parseInt(host.property("hostednet.jmx.url", WAIT).replaceAll(".*:(\\d+)/jmxrmi", "$1"));
            host.send("squat " + Http.MBEAN); // makes the platform MBeanServer: the agent sees it within 0.5 s
            host.await("SQUAT", WAIT);
            host.awaitErr("cannot register its MBeans", WAIT);
            Eventually.within(WAIT, () -> portIsFree(port) && portIsFree(jmxPort));
            assertTrue(portIsFree(port) && portIsFree(jmxPort), "both ports freed; stderr: " + host.err);
            assertEquals("", host.propertyNow("hostednet.jolokia.url"));
            assertEquals("", host.propertyNow("hostednet.agent.options"), "the claim withdrawn: a new start may try");
            String pid = Long.toString(host.pid());
            Path java = Path.of(System.getProperty("java.home"));
            assertTrue(Jvm.cliExpecting(java, 3, "status", pid).contains("not running"));
            String again = Jvm.cliExpecting(java, 1, "start", pid, "backend=simulated,port=0");
            assertTrue(again.contains("registered already"), again);
            assertEquals(0, host.exit(WAIT), "the host runs on and exits normally");
        }
    }

    private static boolean portIsFree(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
