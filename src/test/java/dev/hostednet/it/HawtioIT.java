package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.testing.Eventually;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hawtio, the Jolokia project's web console (hawtio-app 2.17.7, run as examples/hawtio.md says), reaching the agent
 * through its proxy, which forwards the browser's Origin: its operations run only where {@code origins=} names the
 * console, as the walkthrough configures it, and are refused everywhere else.
 */
class HawtioIT {

    private static final Path HAWTIO = Path.of("target", "outside", "hawtio-app.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Process hawtio;
    private static String console;

    @BeforeAll
    static void startHawtio() throws Exception {
        assertTrue(Files.isRegularFile(HAWTIO), HAWTIO + " is fetched by the build (pre-integration-test)");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        console = "http://127.0.0.1:" + port;
        hawtio = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dhawtio.authenticationEnabled=false", "-jar", HAWTIO.toString(), "--port", Integer.toString(port)))
            .redirectErrorStream(true).redirectOutput(Path.of("target", "hawtio.log").toFile()).start();
        Eventually.await(Duration.ofSeconds(90), () -> {
            try {
                return Http.get(console + "/hawtio/").statusCode() == 200;
            } catch (java.io.IOException e) {
                return false; // not up yet
            }
        }, () -> "hawtio did not come up within 90 s; see target/hawtio.log");
    }

    @AfterAll
    static void stopHawtio() {
        hawtio.destroy();
    }

    /** What Hawtio's page sends when the operator clicks "Execute": a POST to its proxy, with its Origin. */
    private static String refreshThroughHawtio(String agentUrl) throws Exception {
        URI agent = URI.create(agentUrl);
        URI proxy = URI.create(console + "/hawtio/proxy/127.0.0.1/" + agent.getPort() + agent.getPath());
        return HTTP.send(HttpRequest.newBuilder(proxy).timeout(Duration.ofSeconds(30)).header("Origin", console)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Http.exec("refreshSecuritySettings"))).build(),
            HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The pinned puppeteer-core, installed by npm into target/ (it drives Debian's chromium, downloads none). */
    private static final String PUPPETEER = "puppeteer-core@24.22.0";
    private static final Path NODE_MODULES = Path.of("target", "browser", "node_modules");

    /**
     * An operator in a real browser: Hawtio's Connect tab, Test Connection, Connect, then in the console window the
     * JMX tree, dev.hostednet, HostedNetworkSecurity, Operations, refreshSecuritySettings(), Execute.
     *
     * @return what the pages showed, as the script prints it (test, url, result, failed, or page when it stopped)
     */
    private static String executeInHawtio(String agentUrl, String shots) throws Exception {
        Chromium.require();
        if (!Files.isDirectory(NODE_MODULES.resolve("puppeteer-core"))) {
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", "target/browser", PUPPETEER));
        }
        Path dir = Files.createDirectories(Path.of("target", "hawtio-shots", shots));
        return run(List.of("node", "src/test/browser/hawtio-execute.cjs", console,
            Integer.toString(URI.create(agentUrl).getPort()), dir.toString()));
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("NODE_PATH", NODE_MODULES.toAbsolutePath().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), command + " failed: " + out);
        return out;
    }

    @Test
    void inTheBrowserATrustedConsoleExecutesTheRefresh() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0,origins=" + console)) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String seen = executeInHawtio(url, "trusted");
            assertTrue(seen.contains("\"failed\":false") && seen.contains("\\\"succeeded\\\": true"), seen);
            assertEquals("1", Http.value(url, "RefreshCount"), "the click refreshed once: " + seen);
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @Test
    void inTheBrowserAConsoleNotNamedShowsTheAgentsReasonAndChangesNothing() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0,origins=http://127.0.0.1:1")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String seen = executeInHawtio(url, "untrusted");
            assertTrue(seen.contains("\"test\":\"Connection successful\""), seen);
            assertTrue(seen.contains("\"failed\":true") && seen.contains("start the agent with origins=" + console),
                "the refusal and the option to set are on the page, not a Log In dialog: " + seen);
            assertEquals("0", Http.value(url, "RefreshCount"), seen);
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @Test
    void theConsoleNamedInOriginsRunsTheRefresh() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0,origins=" + console)) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String body = refreshThroughHawtio(url);
            assertTrue(body.contains("\"succeeded\":true") && body.contains("\"door\":\"jolokia\""), body);
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @Test
    void aConsoleNotNamedIsRefusedAndChangesNothing() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0,origins=http://127.0.0.1:1")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String body = refreshThroughHawtio(url);
            assertTrue(body.contains("\"status\":403") && body.contains("origins="), body);
            String count = Http.get(url + "read/" + Http.MBEAN + "/RefreshCount").body();
            assertTrue(count.contains("\"value\":0"), count);
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }
}
