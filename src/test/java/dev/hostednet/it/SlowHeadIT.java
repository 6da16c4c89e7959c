package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.net.SocketFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clients that send part of a request's head and stall, against an agent attached to a host that made its own
 * HttpServer first: the JDK then never applies the agent's request time, and only the agent's own watchdog frees
 * the threads those clients hold.
 */
class SlowHeadIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Each poll waits up to 3 s for an answer: 40 of them are far beyond the two rounds of 5 s the agent needs. */
    private static final int POLLS = 40;

    static Stream<Path> javaHomes() {
        return Jvm.javaHomes();
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("javaHomes")
    void stalledHeadsAreCutWhenTheHostMadeAnHttpServerFirst(Path javaHome) throws Exception {
        try (Jvm host = hostWithItsOwnHttpServer(javaHome)) {
            URI url = attach(javaHome, host, "");
            byte[] partHead = ("GET " + url.getPath() + "version HTTP/1.1\r\nHost: 127.0.0.1:" + url.getPort()
                + "\r\nAccept: */*\r\n").getBytes(StandardCharsets.US_ASCII);
            stallThenAsk(host, url, partHead, SocketFactory.getDefault());
            assertTrue(Http.get(url + "version").statusCode() == 200, "and serves on");
            assertEquals(0, host.exit(WAIT), "the host runs on and exits normally; stderr: " + host.err);
        }
    }

    /** Over HTTPS the handshake is read on the request thread too: a stalled one is cut the same way. */
    @org.junit.jupiter.api.Test
    void stalledTlsHandshakesAreCutToo() throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"));
        TestKeystore.make(dir);
        try (Jvm host = hostWithItsOwnHttpServer(javaHome)) {
            URI url = attach(javaHome, host, ",https=on,keystore=" + dir.resolve("agent.p12")
                + ",keystore.password.file=" + dir.resolve("store.pw"));
            assertEquals("https", url.getScheme());
            // The first bytes of a TLS record that announces a ClientHello of 200 bytes, and no more.
            byte[] partHello = {0x16, 0x03, 0x01, 0x00, (byte) 0xc8, 0x01, 0x00};
            stallThenAsk(host, url, partHello, TestKeystore.trusting(dir.resolve("agent.p12")).getSocketFactory());
            assertEquals(0, host.exit(WAIT), "the host runs on and exits normally; stderr: " + host.err);
        }
    }

    private static Jvm hostWithItsOwnHttpServer(Path javaHome) throws Exception {
        Jvm host = Jvm.start(javaHome, List.of("-XX:+EnableDynamicAgentLoading"), Jvm.TEST_CLASSES.toString());
        host.await("HOST-READY", WAIT);
        host.send("httpserver");
        assertEquals("HTTPSERVER maxReqTime=null", host.await("HTTPSERVER", WAIT), "the JDK's default: none");
        return host;
    }

    /** Loads the agent through the command line, with 4 request threads, after the host made its HttpServer. */
    private static URI attach(Path javaHome, Jvm host, String moreOptions) throws Exception {
        String started = Jvm.cliExpecting(javaHome, 0, "start", Long.toString(host.pid()),
            "backend=simulated,port=0,threads=4,refresh.interval=0" + moreOptions);
        return URI.create(started.replaceAll("(?s).*Jolokia: *(https?://\\S+).*", "$1"));
    }

    /**
     * 8 clients send the start of a request and stall; polls then ask for the version until one is answered,
     * the agent's request threads staying at most 4 throughout; and every stalled connection was closed.
     */
    private static void stallThenAsk(Jvm host, URI url, byte[] start, SocketFactory asker) throws Exception {
        host.send("jolokia-threads");
        assertEquals("JOLOKIA-THREADS 0 watchdog=0", host.await("JOLOKIA-THREADS", WAIT),
            "an agent nobody asked yet has no request thread and no watchdog");
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) { // twice the threads: the second four wait for the first to be cut
                Socket s = new Socket(InetAddress.getLoopbackAddress(), url.getPort());
                s.getOutputStream().write(start);
                s.getOutputStream().flush();
                stalled.add(s);
            }
            String answer = null;
            int polls = 0;
            while (answer == null && polls++ < POLLS) {
                answer = version(url, asker);
                host.send("jolokia-threads");
                String threads = host.await("JOLOKIA-THREADS", WAIT);
                assertTrue(Integer.parseInt(threads.replaceAll("JOLOKIA-THREADS (\\d+) .*", "$1")) <= 4, threads);
            }
            assertTrue(answer != null, "no answer to a complete request in " + POLLS + " polls of 3 s: the"
                + " stalled clients still hold every thread; stderr: " + host.err);
            assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("\"agent\""), answer);
            for (Socket s : stalled) {
                assertEquals(-1, endOf(s), "the agent closed each stalled connection");
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    /** @return the raw answer to a complete GET of version, or null when none came within 3 s */
    private static String version(URI url, SocketFactory asker) throws IOException {
        try (Socket s = asker.createSocket(InetAddress.getLoopbackAddress(), url.getPort())) {
            s.setSoTimeout(3000);
            s.getOutputStream().write(("GET " + url.getPath() + "version HTTP/1.1\r\nHost: 127.0.0.1:" + url.getPort()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** @return -1 when the agent closed the connection (a reset counts), -2 when it is still open */
    private static int endOf(Socket s) throws IOException {
        s.setSoTimeout(10_000); // the agent cut it before it answered the poll: only a bound, should it not have
        InputStream in = s.getInputStream();
        try {
            while (in.read() != -1) {
                // nothing is expected; whatever came, the end is what counts
            }
            return -1;
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            return -1; // reset
        }
    }
}
