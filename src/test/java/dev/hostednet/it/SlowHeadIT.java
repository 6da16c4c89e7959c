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

    @ParameterizedTest
    @MethodSource("javaHomes")
    void stalledHeadsAreCutWhenTheHostMadeAnHttpServerFirst(Path javaHome) throws Exception {
        try (Jvm host = Jvm.start(javaHome, List.of("-XX:+EnableDynamicAgentLoading"),
            Jvm.TEST_CLASSES.toString())) {
            host.await("HOST-READY", WAIT);
            host.send("httpserver");
            assertEquals("HTTPSERVER maxReqTime=null", host.await("HTTPSERVER", WAIT), "the JDK's default: none");
            String started = Jvm.cliExpecting(javaHome, 0, "start", Long.toString(host.pid()),
                "backend=simulated,port=0,threads=4,refresh.interval=0");
            URI url = URI.create(started.replaceAll("(?s).*Jolokia: *(http://\\S+).*", "$1"));
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) { // twice the threads: the second four wait for the first to be cut
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), url.getPort());
                    s.getOutputStream().write(("GET " + url.getPath() + "version HTTP/1.1\r\nHost: 127.0.0.1:"
                        + url.getPort() + "\r\nAccept: */*\r\n").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                String answer = null;
                int polls = 0;
                while (answer == null && polls++ < POLLS) {
                    answer = version(url);
                    host.send("jolokia-threads");
                    String threads = host.await("JOLOKIA-THREADS", WAIT);
                    assertTrue(Integer.parseInt(threads.substring(16)) <= 4, threads);
                }
                assertTrue(answer != null, "no answer to a complete request in " + POLLS + " polls of 3 s: the"
                    + " stalled heads still hold every thread; stderr: " + host.err);
                assertTrue(answer.startsWith("HTTP/1.1 200") && answer.contains("\"agent\""), answer);
                for (Socket s : stalled) {
                    assertEquals(-1, endOf(s), "the agent closed each stalled connection");
                }
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            assertTrue(Http.get(url + "version").statusCode() == 200, "and serves on");
            assertEquals(0, host.exit(WAIT), "the host runs on and exits normally; stderr: " + host.err);
        }
    }

    /** @return the raw answer to a complete GET of version, or null when none came within 3 s */
    private static String version(URI url) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), url.getPort())) {
            s.setSoTimeout(3000);
            s.getOutputStream().write(("GET " + url.getPath() + "version HTTP/1.1\r\nHost: 127.0.0.1:" + url.getPort()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** @return -1 when the agent closed the connection (a reset counts), else the byte it sent */
    private static int endOf(Socket s) throws IOException {
        s.setSoTimeout(10_000); // the agent cut it before it answered the poll: only a bound, should it not have
        InputStream in = s.getInputStream();
        try {
            return in.read();
        } catch (SocketTimeoutException e) {
            return -2;
        } catch (IOException e) {
            return -1; // reset
        }
    }
}
