package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.management.MBeanServerConnection;
import javax.management.NotificationFilterSupport;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Floods that exhausted a small host's heap, each run against a {@code -Xmx256m} host whose own work keeps 48 MiB
 * alive and allocates steadily: the host's work goes on through the flood, and the agent answers a read after it.
 */
class FloodIT {

    private Jvm host;
    private String url;
    private String jmxUrl;

    @BeforeEach
    void start() throws Exception {
        host = Jvm.start(Path.of(System.getProperty("java.home")), List.of("-Xmx256m", "-javaagent:" + Jvm.AGENT
            + "=backend=simulated,port=0,jmx=on,jmx.port=0,refresh.interval=0"), Jvm.TEST_CLASSES.toString());
        url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
        jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(5));
        host.send("work");
        host.await("WORKING", Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private static String jmxState(String jmxUrl) throws Exception {
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
            MBeanServerConnection s = c.getMBeanServerConnection();
            return String.valueOf(s.getAttribute(new ObjectName(Http.MBEAN), "State"));
        }
    }

    /** The host's work went on, and both doors answer a read. */
    private void survived() throws Exception {
        for (int i = 0; i < 10; i++) { // the host's work meets the heap the flood left at every allocation
            host.send("work?");
            String work = host.await("WORK ", Duration.ofSeconds(20));
            assertTrue(work.startsWith("WORK ok"), "the host's own work failed: " + work + "; err=" + host.err);
        }
        assertTrue(!jmxState(jmxUrl).isEmpty());
        assertTrue(!Http.value(url, "State").isEmpty());
    }

    @Test
    void credentialsAnnouncingHugeArraysAllocateNothing() throws Exception {
        jmxState(jmxUrl); // the connector is made for its first client
        int port = Integer.parseInt(jmxUrl.replaceAll(".*:(\\d+)/jmxrmi$", "$1"));
        List<Socket> silent = new ArrayList<>();
        try {
            // 8 MiB each where the length is believed, then 1 MiB each: the heap fills to the brim, so the host's
            // own work fails rather than only the last array.
            for (int i = 0; i < 52; i++) {
                silent.add(Jrmp.hugeNewClient(port, i < 28 ? 2_000_000 : 250_000));
            }
            survived();
        } finally {
            for (Socket s : silent) {
                s.close();
            }
        }
    }

    @Test
    void notificationListenersAreCapped() throws Exception {
        NotificationFilterSupport filter = new NotificationFilterSupport();
        filter.enableType("t".repeat(48 * 1024)); // within what one call may carry
        ObjectName delegate = new ObjectName("JMImplementation:type=MBeanServerDelegate");
        NotificationListener ignore = (n, h) -> { };
        List<JMXConnector> open = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        try {
            for (int c = 0; c < 5; c++) { // 190 MiB of filters if nothing stops them
                JMXConnector j = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl));
                open.add(j);
                MBeanServerConnection s = j.getMBeanServerConnection();
                for (int i = 0; i < 800; i++) {
                    try {
                        s.addNotificationListener(delegate, ignore, filter, null);
                    } catch (Exception e) {
                        refusals.add(e.toString());
                        break;
                    }
                }
            }
            survived();
        } finally {
            for (JMXConnector j : open) {
                j.close();
            }
        }
        assertEquals(5, refusals.size(), refusals.toString());
        for (int c = 0; c < 4; c++) {
            assertTrue(refusals.get(c).startsWith("java.lang.SecurityException: too many notification listeners: this"
                + " JMX connection has added 64"), refusals.get(c));
        }
        assertTrue(refusals.get(4).contains("the JMX connections open now have added 256"), refusals.get(4));
        // Closed connections give their share back.
        try (JMXConnector j = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
            j.getMBeanServerConnection().addNotificationListener(delegate, ignore, filter, null);
        }
    }

    @Test
    void concurrentBulkListsAreBounded() throws Exception {
        String bulk = "[" + String.join(",", java.util.Collections.nCopies(100, "{\"type\":\"list\"}")) + "]";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
        for (int i = 0; i < 256; i++) { // each answer about 1.1 MB
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(bulk)).build(), HttpResponse.BodyHandlers.discarding()));
        }
        java.util.Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (CompletableFuture<HttpResponse<Void>> f : all) {
            try {
                statuses.merge(String.valueOf(f.get(3, java.util.concurrent.TimeUnit.MINUTES).statusCode()), 1,
                    Integer::sum);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no answer within 3 minutes; the host's heap: " + statuses, e);
            } catch (java.util.concurrent.ExecutionException e) {
                statuses.merge(String.valueOf(e.getCause()), 1, Integer::sum); // no answer at all
            }
        }
        survived();
        // Every answer is the list or "busy, send it again"; a connection the server's request timer closed, on a
        // machine too loaded to start it in time, is not counted against the agent.
        assertTrue(statuses.keySet().stream().allMatch(s -> s.equals("200") || s.equals("503")
            || s.contains("received no bytes")), statuses.toString());
        assertTrue(statuses.getOrDefault("200", 0) > 0, statuses.toString());
    }

    @Test
    void silentConnectionsHoldFewThreads() throws Exception {
        jmxState(jmxUrl);
        int port = Integer.parseInt(jmxUrl.replaceAll(".*:(\\d+)/jmxrmi$", "$1"));
        silentFlood(port, () -> jmxState(jmxUrl));
    }

    @Test
    void silentConnectionsToTheLocalDoorHoldFewThreads() throws Exception {
        jmxState(jmxUrl); // the agent's MBeans are registered
        List<String> door;
        try (JMXConnector c = IdentityIT.jdkLocalConnector(host.pid())) { // as the command line asks for the door
            String file = (String) c.getMBeanServerConnection().invoke(new ObjectName("dev.hostednet:type=Agent"),
                "openLocalDoor", new Object[0], new String[0]);
            door = java.nio.file.Files.readAllLines(Path.of(file));
        }
        JMXServiceURL address = new JMXServiceURL(door.get(0));
        java.util.Map<String, ?> token = java.util.Map.of(JMXConnector.CREDENTIALS, new String[] {"local", door.get(1)});
        java.util.concurrent.Callable<String> read = () -> {
            try (JMXConnector c = JMXConnectorFactory.connect(address, token)) {
                return String.valueOf(c.getMBeanServerConnection().getAttribute(new ObjectName(Http.MBEAN), "State"));
            }
        };
        read.call(); // the command line's own way in works before the flood
        silentFlood(doorPort(door.get(0)), read);
    }

    /** The port the local door listens on, from its stub (the door's address is a serialized stub, not host:port). */
    private static int doorPort(String address) throws Exception {
        byte[] stub = java.util.Base64.getDecoder().decode(address.substring(address.indexOf("/stub/") + 6));
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(stub))) {
            String ref = String.valueOf(in.readObject()); // ...[endpoint:[127.0.0.1:port](remote),...
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("endpoint:\\[[^\\]]*:(\\d+)\\]")
                .matcher(ref);
            assertTrue(m.find(), ref);
            return Integer.parseInt(m.group(1));
        }
    }

    /** 1,500 connections that say nothing: a client that speaks is served, and RMI made few threads for them. */
    private void silentFlood(int port, java.util.concurrent.Callable<String> speaks) throws Exception {
        List<Socket> silent = new ArrayList<>();
        try {
            for (int i = 0; i < 1500; i++) {
                silent.add(new Socket(java.net.InetAddress.getLoopbackAddress(), port));
            }
            assertTrue(!speaks.call().isEmpty(), "a client that speaks is served among the silent ones");
            host.send("made");
            String made = host.await("MADE ", Duration.ofSeconds(20));
            int threads = Integer.parseInt(made.replaceAll(".*rmi-threads=", ""));
            assertTrue(threads < 64, "RMI's threads for 1,500 silent connections: " + made);
            survived();
        } finally {
            for (Socket s : silent) {
                s.close();
            }
        }
    }
}
