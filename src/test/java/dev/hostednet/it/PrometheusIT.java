package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hostednet.testing.Eventually;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jolokia.json.parser.JSONParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real jmx_exporter (io.prometheus.jmx:jmx_prometheus_javaagent 1.0.1) beside this agent in one JVM, with the
 * shipped examples/prometheus/jmx_exporter.yaml: what Prometheus scrapes from /metrics before and after key
 * rotations, compared with what the MBean says over Jolokia.
 */
class PrometheusIT {

    private static final Path EXPORTER = Path.of(System.getProperty("exporter.jar",
        "target/outside-agents/jmx_prometheus_javaagent-1.0.1.jar"));
    private static final Path CONFIG = Path.of("examples", "prometheus", "jmx_exporter.yaml").toAbsolutePath();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
        "ops:prometheus-it-password".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SYSTEM = "{key=\"system\"}";
    private static final String USER = "{key=\"user\"}";

    private static Jvm host;
    private static String jolokia;
    private static String metrics;

    /** A host of its own for each test: both rotations share refresh.interval, so one test's would refuse the other's. */
    @BeforeEach
    void start() throws Exception {
        Path pw = Files.createTempFile("prometheus-it", ".pw");
        Files.writeString(pw, "prometheus-it-password\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // the exporter has no "pick a free port": a rare clash fails the start loudly
        }
        // refresh.interval=60m: the first refresh runs, the second is refused: a refusal, not a failed rotation.
        host = Jvm.start(Path.of(System.getProperty("java.home")), List.of(
                "-javaagent:" + EXPORTER + "=127.0.0.1:" + port + ":" + CONFIG,
                "-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0,user=ops,password.file=" + pw
                    + ",refresh.interval=60m"),
            Jvm.TEST_CLASSES.toString());
        host.await("HOST-READY", Duration.ofSeconds(20));
        jolokia = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
        metrics = "http://127.0.0.1:" + port + "/metrics";
    }

    @AfterEach
    void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void metricsFollowTheMBeanThroughARefreshAndARefusedOne() throws Exception {
        Exposition before = scrape();
        assertEquals("gauge", before.types().get("hostednet_active"));
        assertEquals("gauge", before.types().get("hostednet_peers"));
        assertEquals("gauge", before.types().get("hostednet_key_rotation_timestamp_seconds"));
        assertEquals("gauge", before.types().get("hostednet_key_rotation_failed"));
        assertEquals("counter", before.types().get("hostednet_refreshes_total"));
        assertEquals("counter", before.types().get("hostednet_refresh_failures_total"));
        for (String family : before.types().keySet()) {
            // Only our MBean's metrics and the exporter's own (JVM, process, scrape): not the host's other MBeans
            // (Jolokia registers some), and no default-named dev_hostednet_* left over from an unmatched attribute.
            assertTrue(family.matches("hostednet_.*|jvm_.*|process_.*|jmx_.*"), family);
        }
        assertEquals(1.0, before.value("hostednet_active"));
        assertEquals(read("PeerCount"), before.value("hostednet_peers"));
        assertEquals(3.0, before.value("hostednet_peers"), "the simulation's three peers");

        long t0 = Instant.now().getEpochSecond();
        assertEquals(200, exec("refreshSecuritySettings", List.of()));
        long t1 = Instant.now().getEpochSecond();
        Exposition after = scrape();
        assertEquals("idle", read("State"));
        assertEquals(0.0, after.value("hostednet_active"), "follows State");
        assertEquals(0.0, after.value("hostednet_peers"));
        double rotated = after.value("hostednet_key_rotation_timestamp_seconds" + SYSTEM);
        assertTrue(rotated >= t0 && rotated <= t1, t0 + " <= " + rotated + " <= " + t1);
        assertEquals(before.value("hostednet_refreshes_total" + SYSTEM) + 1,
            after.value("hostednet_refreshes_total" + SYSTEM));
        assertEquals(0.0, after.value("hostednet_refresh_failures_total" + SYSTEM));
        assertEquals(0.0, after.value("hostednet_key_rotation_failed" + SYSTEM));
        assertEquals(before.value("hostednet_refreshes_total" + USER), after.value("hostednet_refreshes_total" + USER));

        assertEquals(500, exec("refreshSecuritySettings", List.of()), "refused: refresh.interval=60m");
        Exposition refused = scrape();
        assertEquals(after.value("hostednet_refreshes_total" + SYSTEM),
            refused.value("hostednet_refreshes_total" + SYSTEM), "the rate limit's refusal is no try");
        assertEquals("counter", refused.types().get("hostednet_refresh_refusals_total"));
        assertEquals(1.0, refused.value("hostednet_refresh_refusals_total" + SYSTEM));
        assertEquals(0.0, refused.value("hostednet_refresh_failures_total" + SYSTEM), "nor a failure");
        assertEquals(0.0, refused.value("hostednet_key_rotation_failed" + SYSTEM), "so no alert fires for it");
        assertEquals(rotated, refused.value("hostednet_key_rotation_timestamp_seconds" + SYSTEM),
            "still the time of the last success");
    }

    @Test
    void aUserKeyRotationMovesTheUserKeyMetrics() throws Exception {
        Map<?, ?> ops = (Map<?, ?>) value(get(jolokia + "list/dev.hostednet/type=HostedNetworkSecurity/op"));
        if (!ops.containsKey("rotateUserKey")) {
            String msg = "*** PrometheusIT.aUserKeyRotationMovesTheUserKeyMetrics SKIPPED: the MBean has no"
                + " rotateUserKey operation yet, so the user-key metrics stay at -1 and 0 and were NOT checked"
                + " moving. Operations: " + ops.keySet() + " ***";
            System.err.println(msg);
            assumeTrue(false, msg);
        }
        Exposition before = scrape();
        assertEquals(-1.0, before.value("hostednet_key_rotation_timestamp_seconds" + USER), "unknown until set");
        long t0 = Instant.now().getEpochSecond();
        assertEquals(200, exec("rotateUserKey", arguments(ops.get("rotateUserKey"))));
        long t1 = Instant.now().getEpochSecond();
        Exposition after = scrape();
        double rotated = after.value("hostednet_key_rotation_timestamp_seconds" + USER);
        assertTrue(rotated >= t0 && rotated <= t1, t0 + " <= " + rotated + " <= " + t1);
        assertEquals(before.value("hostednet_refreshes_total" + USER) + 1,
            after.value("hostednet_refreshes_total" + USER));
        assertEquals(before.value("hostednet_refresh_failures_total" + USER),
            after.value("hostednet_refresh_failures_total" + USER));
        assertEquals(0.0, after.value("hostednet_key_rotation_failed" + USER));
        assertEquals(before.value("hostednet_refreshes_total" + SYSTEM),
            after.value("hostednet_refreshes_total" + SYSTEM), "the system key's figures stay");
    }

    /** Arguments for the operation as Jolokia lists it: a passphrase for a String, false for a boolean. */
    private static List<Object> arguments(Object op) {
        assertTrue(op instanceof Map, "rotateUserKey is overloaded; say which one to call: " + op);
        return ((List<?>) ((Map<?, ?>) op).get("args")).stream().map(a -> (Object) switch (
                String.valueOf(((Map<?, ?>) a).get("type"))) {
            case "java.lang.String" -> "prometheus-it-user-key";
            case "boolean", "java.lang.Boolean" -> false;
            default -> throw new AssertionError("rotateUserKey takes an argument this test cannot fill: " + a);
        }).toList();
    }

    /** Scrapes until the agent's MBean is there (the exporter may answer before the agent has registered it). */
    private static Exposition scrape() throws Exception {
        Exposition[] last = {null};
        Exposition complete = Eventually.value(Duration.ofSeconds(30), () -> {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(metrics))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            last[0] = Exposition.parse(r.body());
            return last[0].samples().containsKey("hostednet_active") ? last[0] : null;
        });
        return complete != null ? complete : last[0];
    }

    /** @return the attribute as Jolokia reads it: a String, or a Number as a double */
    private static Object read(String attribute) throws Exception {
        Object v = value(get(jolokia + "read/" + Http.MBEAN + "/" + attribute));
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    private static Object value(String json) throws Exception {
        return ((Map<?, ?>) new JSONParser().parse(json)).get("value");
    }

    private static String get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH)
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** @return Jolokia's status for the exec, sent as POST as every operation must be */
    private static int exec(String operation, List<Object> args) throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"exec\",\"mbean\":\"" + Http.MBEAN + "\",\"operation\":\""
            + operation + "\",\"arguments\":[");
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            json.append(i > 0 ? "," : "").append(a instanceof String s ? "\"" + s + "\"" : a);
        }
        String body = CLIENT.send(HttpRequest.newBuilder(URI.create(jolokia)).header("Authorization", AUTH)
            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json + "]}")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        return ((Number) ((Map<?, ?>) new JSONParser().parse(body)).get("status")).intValue();
    }
}
