package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Review of issue 13 (MBeans made on first need): what happens when the agent's MBeans cannot be registered after
 * the agent has started, because the host (or another copy of the agent) took one of their names in the meantime.
 */
class LazyReviewIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    /**
     * Before issue 13 such a start failed at once and freed its ports. Now the agent starts, and the failure comes
     * at the first client: from then on Jolokia answers 503 forever, the JMX port is closed, and, as the control MBean
     * is never registered, the command line says "not running" (status) and "nothing to stop" (stop) while the agent
     * still holds the Jolokia port and the one-agent-per-JVM claim: nothing can stop it or start another.
     */
    @Test
    void anAgentWhoseMBeansCouldNotBeRegisteredAfterStartCanStillBeStoppedAndFreesItsPort() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,jmx=on,jmx.port=0")) {
            String url = host.property("hostednet.jolokia.url", WAIT);
            host.send("squat " + Http.MBEAN);
            host.await("SQUAT", WAIT);
            var first = Http.get(url + "version");
            assertEquals(503, first.statusCode(), first.body());
            assertTrue(first.body().contains("could not be registered"), first.body());
            int port = URI.create(url).getPort();
            String pid = Long.toString(host.pid());

            // The command line must be able to stop the agent it cannot read (today: exit 3, "nothing to stop").
            String stop = Jvm.cliExpecting(JAVA_HOME, 0, "stop", pid);
            assertTrue(stop.contains("stopped"), stop);
            assertTrue(portIsFree(port), "the Jolokia port is freed by the stop");
            assertFalse(host.err.isEmpty(), "the reason was said on standard error");
        }
    }

    /**
     * Host wins, at least: a failure to publish after start leaves no door bound answering 503 for good. Today the
     * Jolokia port stays open and the claim stays taken, so a later start in this JVM says "already running".
     */
    @Test
    void aFailureToRegisterAfterStartClosesTheJolokiaPortAsAFailedStartDoes() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            String url = host.property("hostednet.jolokia.url", WAIT);
            host.send("squat " + Http.MBEAN);
            host.await("SQUAT", WAIT);
            assertEquals(503, Http.get(url + "version").statusCode());
            int port = URI.create(url).getPort();
            long end = System.nanoTime() + WAIT.toNanos();
            while (!portIsFree(port) && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            assertTrue(portIsFree(port), "a door that can only ever answer 503 must not stay bound; stderr: "
                + host.err);
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
