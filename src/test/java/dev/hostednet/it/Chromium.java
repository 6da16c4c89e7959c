package dev.hostednet.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser for the attack tests: Debian's headless Chromium loading pages that a web server of the test serves
 * from another loopback address (127.0.0.2), so that to the browser they are another site than the agent on
 * 127.0.0.1, as a page on the internet would be.
 */
final class Chromium implements AutoCloseable {

    private final HttpServer pages;
    private final Map<String, String> content = new ConcurrentHashMap<>();
    private final Path profile;

    private Chromium() throws IOException {
        pages = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 10);
        pages.createContext("/", x -> {
            byte[] body = content.getOrDefault(x.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        pages.start();
        profile = Files.createTempDirectory("hostednet-chromium");
    }

    /**
     * @return a browser, or the test is skipped with a loud message when Chromium is not installed (CI installs it,
     *     and under CI=true its absence fails the test instead)
     */
    static Chromium open() throws IOException {
        require();
        return new Chromium();
    }

    /** Skips the test (or fails it under CI=true) when Debian's chromium is not installed. */
    static void require() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Chromium is missing under CI: .ci/run must install Debian's chromium");
        }
        if (!present) {
            System.err.println("\n*** SKIPPED: the real-browser attack tests need Debian's chromium"
                + " (apt-get install chromium); .ci/run installs it ***\n");
        }
        Assumptions.assumeTrue(present, "Debian's chromium is not installed: apt-get install chromium");
    }

    /** @return the origin pages are served from, as the browser names it */
    String origin() {
        return "http://127.0.0.2:" + pages.getAddress().getPort();
    }

    /**
     * Serves a page and loads it in a fresh headless browser until its scripts have had their time.
     *
     * @return the page's DOM afterwards (the document the browser ended on, after any navigation)
     */
    String load(String path, String html) throws Exception {
        content.put(path, html);
        ProcessBuilder pb = new ProcessBuilder(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
            "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
            "--virtual-time-budget=4000", "--dump-dom", origin() + path));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD); // its D-Bus complaints are not ours
        Process p = pb.start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s");
        }
        return new String(dom, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        pages.stop(0);
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
