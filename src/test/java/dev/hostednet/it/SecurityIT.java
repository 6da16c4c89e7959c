package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks a running agent in a separate JVM (authentication on, both doors open) and asserts refusal with no
 * change of state: other MBeans, the proxy, a cross-site POST, a forged Host, wrong passwords, a read-only JMX
 * role, an unauthenticated non-loopback bind.
 */
class SecurityIT {

    private static final String PASSWORD = "correct-horse-7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static Jvm host;
    private static String url;
    private static String jmxUrl;

    @BeforeAll
    static void start() throws Exception {
        Path pw = write("password", PASSWORD + "\n");
        Path jmxPw = write("jmx.password", "reader reader-pw\noperator operator-pw\n");
        Path access = write("jmx.access", "reader readonly\noperator readwrite\n");
        host = Jvm.withAgent("backend=simulated,port=0,user=ops,password.file=" + pw + ",jmx=on,jmx.port=0,"
            + "jmx.password.file=" + jmxPw + ",jmx.access.file=" + access + ",refresh.interval=0");
        url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
        jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        if (host == null) {
            return;
        }
        try {
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        } finally {
            host.close(); // also when a check above failed: else the host JVM outlives the build
        }
    }

    private static Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        return p;
    }

    private static HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> auth(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static final Map<String, String> OPS = auth("ops", PASSWORD);

    private static long refreshes() throws Exception {
        String body = post("{\"type\":\"read\",\"mbean\":\"" + Http.MBEAN + "\",\"attribute\":[\"RefreshCount\","
            + "\"FailedRefreshCount\"]}", OPS).body();
        assertTrue(body.contains("\"status\":200"), body);
        return Long.parseLong(body.replaceAll(".*\"RefreshCount\":(\\d+).*", "$1"))
            + 1000 * Long.parseLong(body.replaceAll(".*\"FailedRefreshCount\":(\\d+).*", "$1"));
    }

    @Test
    void withoutTheRightPasswordNothingIsServed() throws Exception {
        long before = refreshes();
        assertEquals(401, post(Http.exec("refreshSecuritySettings"), Map.of()).statusCode());
        assertEquals(401, post(Http.exec("refreshSecuritySettings"), auth("ops", "wrong")).statusCode());
        assertEquals(401, post(Http.exec("refreshSecuritySettings"), auth("root", PASSWORD)).statusCode());
        assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(url + "config")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode(), "Jolokia's second context is protected too");
        assertEquals(before, refreshes());
        String ok = post(Http.exec("refreshSecuritySettings"), OPS).body();
        assertTrue(ok.contains("\"status\":200") && ok.contains("\"caller\":\"ops\""), ok);
    }

    @Test
    void authenticationComesBeforeAnyBodyIsReadOrJudged() throws Exception {
        long before = refreshes();
        String extraArgument = "{\"type\":\"exec\",\"mbean\":\"" + Http.MBEAN
            + "\",\"operation\":\"refreshSecuritySettings\",\"arguments\":[1]}";
        assertEquals(401, post(extraArgument, Map.of()).statusCode(), "not 400: nothing is judged before the password");
        // The JDK's authenticator drains an unauthenticated body before it answers (bounded by the request timeout,
        // AttackIT): drained, not stored, sized up or parsed, so a body over the limit gets 401, not 413.
        HttpResponse<String> big = post("{\"type\":\"version\",\"x\":\"" + "a".repeat(2_000_000) + "\"}", Map.of());
        assertEquals(401, big.statusCode(), big.body());
        assertEquals(413, post("{\"type\":\"version\",\"x\":\"" + "a".repeat(2_000_000) + "\"}", OPS).statusCode(),
            "the size limit holds for those who may ask");
        assertEquals(before, refreshes());
    }

    @Test
    void anAuthenticatedAdministratorMayStopAndStart() throws Exception {
        String stopped = post(Http.exec("stop"), OPS).body();
        assertTrue(stopped.contains("\"succeeded\":true") && stopped.contains("\"caller\":\"ops\""), stopped);
        String started = post(Http.exec("start"), OPS).body();
        assertTrue(started.contains("\"succeeded\":true") && started.contains("\"stateAfter\":\"active\""), started);
    }

    @Test
    void aUserWithTheReadRoleReadsButChangesNothing() throws Exception {
        try (Jvm reader = Jvm.withAgent("backend=simulated,port=0,user=viewer,user.role=read,password.file="
            + dir.resolve("password") + ",refresh.interval=0")) {
            String u = reader.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(u)).header("Authorization",
                auth("viewer", PASSWORD).get("Authorization"));
            String refresh = HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(Http.exec("refreshSecuritySettings")))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(refresh.contains("\"status\":403") && refresh.contains("needs the operate role"), refresh);
            String read = HTTP.send(HttpRequest.newBuilder(URI.create(u + "read/" + Http.MBEAN + "/RefreshCount"))
                .header("Authorization", auth("viewer", PASSWORD).get("Authorization")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(read.contains("\"value\":0"), read);
            assertEquals(0, reader.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void otherMBeansCannotBeExecutedWrittenOrRead() throws Exception {
        Path dump = dir.resolve("heap.hprof");
        String[] attacks = {
            "{\"type\":\"exec\",\"mbean\":\"java.lang:type=Memory\",\"operation\":\"gc\"}",
            "{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=HotSpotDiagnostic\",\"operation\":\"dumpHeap\","
                + "\"arguments\":[\"" + dump + "\",true]}",
            "{\"type\":\"exec\",\"mbean\":\"com.sun.management:type=DiagnosticCommand\",\"operation\":\"vmSystemProperties\"}",
            "{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"Verbose\",\"value\":true}",
            "{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"SystemProperties\"}",
            "{\"type\":\"write\",\"mbean\":\"" + Http.MBEAN + "\",\"attribute\":\"State\",\"value\":\"active\"}",
            "{\"type\":\"exec\",\"mbean\":\"dev.hostednet:type=Agent\",\"operation\":\"stop\"}",
        };
        for (String a : attacks) {
            String body = post(a, OPS).body();
            assertFalse(body.contains("\"status\":200"), a + " -> " + body);
        }
        assertFalse(Files.exists(dump), "no heap dump was written");
        String list = post("{\"type\":\"list\"}", OPS).body();
        assertTrue(list.contains("\"dev.hostednet\":{") && !list.contains("\"java.lang\":{")
            && !list.contains("\"com.sun.management\":{") && !list.contains("\"JMImplementation\":{"), list);
        String search = post("{\"type\":\"search\",\"mbean\":\"*:*\"}", OPS).body();
        assertTrue(search.contains("dev.hostednet:type=HostedNetworkSecurity") && !search.contains("java.lang:"),
            search);
        assertTrue(Http.get(url).statusCode() == 401, "and nothing without a password");
    }

    @Test
    void errorDetailsAreNeverSentEvenWhenAsked() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "?includeStackTrace=true&serializeException=true"))
            .header("Authorization", OPS.get("Authorization")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"type\":\"exec\",\"mbean\":\"" + Http.MBEAN + "\",\"operation\":\"recentOutcomes\","
                    + "\"arguments\":[-1]}")).build();
        String body = HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("count must be 0 or more"), "the error itself is explained: " + body);
        assertFalse(body.contains("stacktrace") || body.contains("error_value") || body.contains("\tat "), body);
    }

    @Test
    void aProxyRequestNeverLeavesThisJvm() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(1500);
            String target = "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + trap.getLocalPort() + "/jmxrmi";
            String body = post("{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"Name\","
                + "\"target\":{\"url\":\"" + target + "\"}}", OPS).body();
            assertFalse(body.contains("\"status\":200"), body);
            assertThrows(SocketTimeoutException.class, trap::accept, "the agent connected to the proxy target");
        }
    }

    @Test
    void browsersOnOtherSitesAndRebindingNamesAreRefused() throws Exception {
        long before = refreshes();
        HttpResponse<String> csrf = post(Http.exec("refreshSecuritySettings"),
            Map.of("Origin", "https://evil.example", "Content-Type", "text/plain"));
        assertEquals(403, csrf.statusCode(), csrf.body());
        HttpResponse<String> withAuth = post(Http.exec("refreshSecuritySettings"),
            Map.of("Origin", "https://evil.example", "Content-Type", "text/plain", "Authorization",
                OPS.get("Authorization")));
        assertEquals(403, withAuth.statusCode(), "even with credentials the browser cannot use them");
        // java.net.http refuses to set Host, so the forged-Host request goes through a raw socket.
        try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), URI.create(url).getPort())) {
            s.getOutputStream().write(("GET " + URI.create(url).getPath() + "version HTTP/1.1\r\nHost: rebind.evil"
                + ".example\r\nAuthorization: " + OPS.get("Authorization") + "\r\nConnection: close\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
        // Refused by the gate on the request Jolokia parsed: Jolokia answers each request's error in its JSON.
        String get = HTTP.send(HttpRequest.newBuilder(URI.create(url + "exec/" + Http.MBEAN
            + "/refreshSecuritySettings")).header("Authorization", OPS.get("Authorization")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(get.contains("\"status\":403") && get.contains("operations need POST"), get);
        assertEquals(before, refreshes());
    }

    @Test
    void theCommandLineTakesCredentialsFromTheEnvironmentOnly() throws Exception {
        Path java = Path.of(System.getProperty("java.home"));
        Process refused = Jvm.cli(java, "state", url);
        String out = Jvm.run(refused);
        assertEquals(3, refused.exitValue(), out);
        assertTrue(out.contains("HOSTEDNET_USER"), out);
        Process ok = Jvm.cli(java, Map.of("HOSTEDNET_USER", "ops", "HOSTEDNET_PASSWORD", PASSWORD), "state", url);
        String state = Jvm.run(ok);
        assertEquals(0, ok.exitValue(), state);
        assertTrue(List.of("active", "idle").contains(state.trim()), state);
    }

    @Test
    void theReadOnlyJmxRoleCanReadButNotRefresh() throws Exception {
        ObjectName name = new ObjectName(Http.MBEAN);
        long before = refreshes();
        try (JMXConnector c = connect("reader", "reader-pw")) {
            MBeanServerConnection conn = c.getMBeanServerConnection();
            assertTrue(List.of("active", "idle").contains(conn.getAttribute(name, "State")));
            assertThrows(SecurityException.class, () -> conn.invoke(name, "refreshSecuritySettings", null, null));
        }
        assertEquals(before, refreshes());
        assertThrows(SecurityException.class, () -> connect("reader", "wrong").close());
        assertThrows(SecurityException.class, () -> JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl)).close());
        try (JMXConnector c = connect("operator", "operator-pw")) {
            c.getMBeanServerConnection().invoke(name, "refreshSecuritySettings", null, null);
        }
        assertEquals(before + 1, refreshes());
    }

    private static JMXConnector connect(String user, String password) throws Exception {
        return JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl),
            Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
    }

    @Test
    void aNonLoopbackBindWithoutAuthenticationIsRefusedUnlessInsecureIsChosen() throws Exception {
        try (Jvm open = Jvm.withAgent("backend=simulated,host=0.0.0.0,port=0")) {
            open.await("HOST-READY", Duration.ofSeconds(20));
            open.awaitErr("refusing to open", Duration.ofSeconds(20));
            assertTrue(open.err.stream().anyMatch(l -> l.contains("refusing to open Jolokia on host=0.0.0.0")
                && l.contains("password.file")), open.err.toString());
            assertEquals("", open.propertyNow("hostednet.jolokia.url"));
            assertEquals(0, open.exit(Duration.ofSeconds(10)));
        }
        try (Jvm risky = Jvm.withAgent("backend=simulated,host=0.0.0.0,port=0,insecure=on")) {
            risky.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            assertTrue(risky.err.stream().anyMatch(l -> l.contains("INSECURE")), risky.err.toString());
            assertEquals(0, risky.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aPasswordOnTheCommandLineIsRejectedAndNeverEchoed() throws Exception {
        try (Jvm bad = Jvm.withAgent("backend=simulated,port=0,user=ops,password=hunter2-secret")) {
            bad.await("HOST-READY", Duration.ofSeconds(20));
            bad.awaitErr("password.file", Duration.ofSeconds(20));
            assertTrue(bad.err.stream().anyMatch(l -> l.contains("never taken as an option")), bad.err.toString());
            assertEquals(0, bad.exit(Duration.ofSeconds(10)));
            assertFalse(String.join("\n", bad.err).contains("hunter2-secret"));
            assertFalse(String.join("\n", bad.out).contains("hunter2-secret"));
        }
    }
}
