package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A start that fails, or finds an agent already running, leaves nothing open behind it: Jolokia is opened on a
 * thread of its own beside the MBean registration, and its port must be freed whichever part failed, while an agent
 * already running keeps its MBeans and its published URL.
 */
class FailedStartTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @AfterEach
    void stopAny() {
        Clients.stopAgent();
    }

    @Test
    void aBusyJmxPortFailsTheStartAndFreesTheJolokiaPort() throws Exception {
        int jolokiaPort = freePort();
        try (ServerSocket busy = new ServerSocket(0, 50, LOOPBACK)) {
            String options = "backend=simulated,port=" + jolokiaPort + ",jmx=on,jmx.port=" + busy.getLocalPort()
                + ",refresh.interval=0";
            assertFalse(AgentLauncher.start(options));
            assertTrue(System.getProperty(AgentLauncher.ERROR_PROPERTY).contains("the JMX port"),
                System.getProperty(AgentLauncher.ERROR_PROPERTY));
            assertTrue(portIsFree(jolokiaPort), "the Jolokia port opened beside the failed part is free again");
            assertFalse(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName(Clients.MBEAN)));
        }
        // and the same options work once the JMX port is free: nothing of the failed start is in the way
        Clients.startAgent("backend=simulated,port=" + jolokiaPort + ",refresh.interval=0");
    }

    @Test
    void aSecondStartLeavesTheRunningAgentAsItWas() throws Exception {
        Clients.startAgent("backend=simulated,port=0,refresh.interval=0");
        String url = System.getProperty(Agent.JOLOKIA_URL_PROPERTY);
        int secondPort = freePort();
        assertTrue(AgentLauncher.start("backend=simulated,port=" + secondPort + ",refresh.interval=0"),
            "an agent runs");
        assertTrue(System.getProperty(AgentLauncher.ERROR_PROPERTY).contains("already running"));
        assertTrue(portIsFree(secondPort), "the second start's Jolokia port is closed again");
        assertEquals(url, System.getProperty(Agent.JOLOKIA_URL_PROPERTY), "the running agent's URL stays published");
        assertTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(
            new ObjectName(AgentControlMXBean.OBJECT_NAME)), "and its control MBean registered");
        HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
            + "read/" + Clients.MBEAN + "/State")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(read.body().contains("\"status\":200"), "and it still answers: " + read.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, LOOPBACK)) {
            return s.getLocalPort();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 50, LOOPBACK)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
