package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent attacked with its default options (no authentication, both doors on loopback), from another process,
 * the way the "Secure where it decides" findings were made: requests Jolokia parses differently from a guard in
 * front of it, JSONP, notifications, pattern reads, privileged operations, the JMX connector, slow clients. Each
 * case changes nothing, and its answer says why.
 */
class AttackIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REFRESH = "/exec/" + Http.MBEAN + "/refreshSecuritySettings";
    private static Jvm host;
    private static String url;
    private static String jmxUrl;

    @BeforeAll
    static void start() throws Exception {
        host = Jvm.withAgent("backend=simulated,port=0,jmx=on,jmx.port=0,refresh.interval=0");
        url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
        jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        } finally {
            host.close();
        }
    }

    private static String read(String attribute) throws Exception {
        return Http.value(url, attribute);
    }

    private static String fingerprint() throws Exception {
        return Http.fingerprint(url);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), URI.create(url).getPort())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anExecInAnyOfSeveralParametersRunsNothing() throws Exception {
        String before = fingerprint();
        for (String op : List.of("refreshSecuritySettings", "stop")) {
            String exec = "/exec/" + Http.MBEAN + "/" + op;
            for (String query : List.of("?p=" + exec + "&p=/version", "?p=/version&p=" + exec)) {
                HttpResponse<String> r = Http.get(url + query);
                assertFalse(r.body().contains("\"succeeded\":true"), query + " -> " + r.body());
            }
            String first = Http.get(url + "?p=" + exec + "&p=/version").body();
            assertTrue(first.contains("\"status\":403") && first.contains("operations need POST"), first);
        }
        assertEquals(before, fingerprint());
    }

    @Test
    void jsonpIsRefusedAndEveryAnswerIsNosniff() throws Exception {
        for (String path : List.of("read/" + Http.MBEAN, "read/" + Http.MBEAN + "/Ssid", "list", "version",
            "read/dev.hostednet:type=Agent")) {
            for (String q : List.of("?callback=steal", "?mimeType=text/plain&callback=steal", "?CALLBACK=x&callback=y")) {
                HttpResponse<String> r = Http.get(url + path + q);
                assertEquals(403, r.statusCode(), path + q + " -> " + r.body());
                assertTrue(r.body().contains("JSONP"), r.body());
                assertFalse(r.body().contains("steal("), r.body());
                assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("javascript"));
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            }
        }
        assertEquals("nosniff", Http.get(url + "version").headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void refusalsQuotingControlCharactersAreStillJson() throws Exception {
        String path = URI.create(url).getPath() + "read/" + Http.MBEAN + "/State";
        for (String origin : List.of("http://evil\u0001.example", "http://a\u001b[2Jb.example",
            "http://q\"\\\u001f.example")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + origin
                + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            // RFC 8259 section 7: U+0000 to U+001F must be escaped in a string. Browsers' JSON.parse, Jackson and
            // Python refuse them raw; Jolokia's own parser is lenient and would accept them.
            assertTrue(body.chars().noneMatch(c -> c < 0x20), "a refusal strict JSON parsers reject: " + body);
            Map<?, ?> refusal = (Map<?, ?>) new org.jolokia.json.parser.JSONParser().parse(body);
            assertEquals(403L, ((Number) refusal.get("status")).longValue(), body);
            String shown = origin.chars()
                .mapToObj(c -> c < 0x20 ? String.format("\\u%04x", c) : Character.toString(c))
                .collect(java.util.stream.Collectors.joining());
            assertTrue(String.valueOf(refusal.get("error")).contains("web pages from " + shown + " may not"), body);
        }
    }

    @Test
    void casesAndCharsetsAreJudgedAsJolokiaRunsThem() throws Exception {
        String before = fingerprint();
        String extra = "{\"type\":\"EXEC\",\"mbean\":\"" + Http.MBEAN
            + "\",\"operation\":\"refreshSecuritySettings\",\"arguments\":[\"x\"]}";
        HttpResponse<String> upper = send(HttpRequest.newBuilder(URI.create(url))
            .POST(HttpRequest.BodyPublishers.ofString(extra)));
        assertTrue(upper.body().contains("refreshSecuritySettings takes no argument; got \\\"x\\\""), upper.body());
        HttpResponse<String> utf16 = send(HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/plain; charset=UTF-16")
            .POST(HttpRequest.BodyPublishers.ofByteArray(extra.getBytes(StandardCharsets.UTF_16))));
        assertTrue(utf16.body().contains("refreshSecuritySettings takes no argument; got \\\"x\\\""), utf16.body());
        byte[] body = extra.getBytes(StandardCharsets.UTF_8);
        String lower = raw("post " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
            + body.length + "\r\nConnection: close\r\n\r\n" + extra);
        assertTrue(lower.contains("refreshSecuritySettings takes no argument; got \\\"x\\\""), lower);
        String getUpper = Http.get(url + "EXEC/" + Http.MBEAN + "/refreshSecuritySettings").body();
        assertTrue(getUpper.contains("operations need POST"), getUpper);
        String bulk = send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(
            "[{\"type\":\"version\"}," + extra + "]"))).body();
        assertTrue(bulk.contains("refreshSecuritySettings takes no argument"), bulk);
        assertEquals(before, fingerprint());
        String ok = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/plain; charset=UTF-16")
            .POST(HttpRequest.BodyPublishers.ofByteArray(("{\"type\":\"Read\",\"mbean\":\"" + Http.MBEAN
                + "\",\"attribute\":\"State\"}").getBytes(StandardCharsets.UTF_16)))).body();
        assertTrue(ok.contains("\"status\":200"), "a well-formed request in another charset still works: " + ok);
    }

    @Test
    void notificationRequestsAreRefusedAndLeaveNothingBehind() throws Exception {
        long before = host.heapAfterGc();
        String one = "{\"type\":\"notification\",\"command\":\"register\"}";
        String hundred = "[" + String.join(",", java.util.Collections.nCopies(100, one)) + "]";
        for (int i = 0; i < 100; i++) { // 10,000 requests as Jolokia counts them
            String r = Http.post(url, hundred).body();
            assertFalse(r.contains("\"status\":200"), r);
            assertTrue(r.contains("not notification"), r);
        }
        long after = host.heapAfterGc();
        assertTrue(after - before < 1024 * 1024, "heap after GC grew by " + (after - before) + " bytes");
    }

    @Test
    void errorsNameNoMBeanTheCallerMayNotSee() throws Exception {
        for (String pattern : List.of("java.lang:*", "*:*", "java.lang:type=Memory", "*:type=Memory")) {
            String body = Http.post(url, "{\"type\":\"read\",\"mbean\":\"" + pattern + "\"}").body();
            assertTrue(body.contains("\"status\":403"), pattern + " -> " + body);
            assertFalse(body.contains("Metaspace") || body.contains("type=Runtime") || body.contains("GarbageCollector"),
                pattern + " -> " + body);
        }
        String search = Http.post(url, "{\"type\":\"search\",\"mbean\":\"*:*\"}").body();
        assertFalse(search.contains("java.lang"), search);
        assertTrue(search.contains("dev.hostednet:type=HostedNetworkSecurity"), search);
        assertTrue(Http.post(url, "{\"type\":\"read\",\"mbean\":\"dev.hostednet:*\",\"attribute\":\"State\"}").body()
            .contains("\"status\":200"));
    }

    @Test
    void anonymousCallersMayRefreshButNotStartOrStop() throws Exception {
        String state = read("State");
        for (String op : List.of("stop", "start", "refreshSecuritySettingsAndRestart")) {
            String body = Http.post(url, Http.exec(op)).body();
            assertTrue(body.contains("\"status\":403") && body.contains(op + " needs the admin role")
                && body.contains("user.role=admin"), body);
        }
        assertEquals(state, read("State"));
        host.awaitErr("operation=stop caller=anonymous door=jolokia outcome=refused role=operate needed=admin",
            Duration.ofSeconds(5));
        String refresh = Http.post(url, Http.exec("refreshSecuritySettings")).body();
        assertTrue(refresh.contains("\"succeeded\":true"), refresh);
    }

    @Test
    void theJmxConnectorServesOnlyTheAgentAndRolesHoldThereToo() throws Exception {
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
            MBeanServerConnection conn = c.getMBeanServerConnection();
            ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
            assertThrows(javax.management.InstanceNotFoundException.class,
                () -> conn.invoke(dcmd, "vmSystemProperties", new Object[0], new String[0]));
            assertThrows(javax.management.InstanceNotFoundException.class,
                () -> conn.getAttribute(new ObjectName("java.lang:type=Runtime"), "SystemProperties"));
            assertTrue(conn.queryNames(null, null).stream().allMatch(n -> n.getDomain().equals("dev.hostednet")
                || n.getDomain().equals("JMImplementation")), conn.queryNames(null, null).toString());
            ObjectName ours = new ObjectName(Http.MBEAN);
            Exception stop = assertThrows(Exception.class, () -> conn.invoke(ours, "stop", new Object[0],
                new String[0]));
            assertTrue(String.valueOf(stop.getCause()).contains("needs the admin role"), String.valueOf(stop));
            Object refreshed = conn.invoke(ours, "refreshSecuritySettings", new Object[0], new String[0]);
            assertEquals("jmx", ((javax.management.openmbean.CompositeData) refreshed).get("door"));
        }
    }

    @Test
    void oneHttpRequestRunsAtMostAHundredRequests() throws Exception {
        String bulk = "[" + String.join(",", java.util.Collections.nCopies(150, "{\"type\":\"version\"}")) + "]";
        String body = Http.post(url, bulk).body();
        int served = body.split("\"status\":200", -1).length - 1;
        int refused = body.split("at most 100 requests are served in one HTTP request", -1).length - 1;
        assertEquals(100, served, body.substring(0, Math.min(300, body.length())));
        assertEquals(50, refused);
    }

    @Test
    void pathsOutsideJolokiaAreNosniffToo() throws Exception {
        HttpResponse<String> r = Http.get(url.replace("/jolokia/", "/elsewhere"));
        assertEquals(404, r.statusCode());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void anonymousJmxCallersCannotUnloadTheAgent() throws Exception {
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
            ObjectName control = new ObjectName("dev.hostednet:type=Agent");
            Exception e = assertThrows(Exception.class, () -> c.getMBeanServerConnection().invoke(control, "stop",
                new Object[0], new String[0]));
            assertTrue(String.valueOf(e).contains("needs the admin role"), String.valueOf(e));
        }
        assertTrue(Http.get(url + "version").body().contains("\"status\":200"), "the agent still runs");
    }

    @Test
    void argumentsAreDeserializedShallowAndAsJmxValuesOnly() throws Exception {
        java.util.Set<Object> root = new java.util.HashSet<>();
        java.util.Set<Object> s1 = root;
        java.util.Set<Object> s2 = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) { // the classic nested-set bomb: each level doubles the server's hashing
            java.util.Set<Object> t1 = new java.util.HashSet<>();
            java.util.Set<Object> t2 = new java.util.HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
            Exception e = assertThrows(Exception.class, () -> c.getMBeanServerConnection().invoke(
                new ObjectName(Http.MBEAN), "recentOutcomes", new Object[] {root}, new String[] {"int"}));
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                chain.append(t).append(" / ");
            }
            assertTrue(chain.toString().contains("REJECTED"), chain.toString());
            java.io.File notJmx = new java.io.File("/tmp");
            Exception other = assertThrows(Exception.class, () -> c.getMBeanServerConnection().invoke(
                new ObjectName(Http.MBEAN), "recentOutcomes", new Object[] {notJmx}, new String[] {"int"}));
            assertTrue(String.valueOf(other).contains("REJECTED") || String.valueOf(other.getCause())
                .contains("REJECTED"), String.valueOf(other));
        }
    }

    /** A remote object of some other process, to try to bind it in the agent's registry. */
    interface Decoy extends java.rmi.Remote {
    }

    @Test
    void noOtherProcessCanRebindTheJmxName() throws Exception {
        int port = Integer.parseInt(jmxUrl.replaceAll(".*:(\\d+)/jmxrmi$", "$1"));
        Decoy decoy = new Decoy() { };
        java.rmi.Remote stub = java.rmi.server.UnicastRemoteObject.exportObject(decoy, 0);
        try {
            java.rmi.registry.Registry r = java.rmi.registry.LocateRegistry.getRegistry("127.0.0.1", port);
            assertThrows(java.rmi.RemoteException.class, () -> r.rebind("jmxrmi", stub));
            assertThrows(java.rmi.RemoteException.class, () -> r.bind("other", stub));
            assertTrue(r.lookup("jmxrmi") instanceof javax.management.remote.rmi.RMIServer, "still the agent's");
        } finally {
            java.rmi.server.UnicastRemoteObject.unexportObject(decoy, true);
        }
    }

    @Test
    void credentialsOtherThanStringsAreRejectedBeforeTheyAreBuilt() throws Exception {
        ArrayList<String> notStrings = new ArrayList<>(List.of("user", "password"));
        Exception e = assertThrows(Exception.class, () -> JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl),
            Map.of(JMXConnector.CREDENTIALS, notStrings)).close());
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain.append(t).append(" / ");
        }
        assertTrue(chain.toString().contains("REJECTED"), chain.toString());
    }

    @Test
    void clientsThatNeverFinishTheirRequestHoldNothing() throws Exception {
        List<Socket> slow = new ArrayList<>();
        int port = URI.create(url).getPort();
        String path = URI.create(url).getPath();
        try {
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.getOutputStream().write(("GET " + path + "version HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"type\":").getBytes(StandardCharsets.ISO_8859_1));
                slow.add(s);
            }
            Thread.sleep(300); // let the server take them all up
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "read/" + Http.MBEAN + "/State"))
                .timeout(Duration.ofSeconds(1)));
            assertTrue(r.body().contains("\"status\":200"), "a normal read answers within 1 s: " + r.body());
            long end = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            for (Socket s : slow) {
                s.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
                assertTrue(closedByServer(s.getInputStream()), "the server drops a client slow to send its request");
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /** @return true once the server closed the connection (possibly after an error answer), false on time-out */
    private static boolean closedByServer(InputStream in) {
        try {
            while (in.read() >= 0) {
                // an error answer may come first
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.io.IOException e) {
            return true; // reset
        }
    }
}
