package dev.hostednet.it;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.NotificationFilterSupport;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The floods of FloodIT against a host with a roomy heap (1 GiB, serial collector), each on a fresh host that
 * collects fully four times a second ({@link FloodHost}): the most heap still in use after a full collection during
 * the flood, less the idle heap before it, is what the flood made the agent hold (sampled: a peak between two
 * samples is missed). Jolokia's own agent takes the Jolokia flood as the baseline.
 * Run: {@code mvn -B -Pbench test-compile exec:exec@bench -Dbench.main=dev.hostednet.it.FloodBench}; with
 * {@code -Dbench.jvm=-Dflood.baseline=true} Jolokia's own agent takes the bulk flood too (it has no bound: on a
 * 1 GiB heap it may collect garbage for minutes); {@code -Dflood.only=bulk,listeners} picks floods.
 */
public final class FloodBench {

    private static final String BULK = "[" + String.join(",", java.util.Collections.nCopies(100,
        "{\"type\":\"list\"}")) + "]";

    private FloodBench() {
    }

    interface Flood {
        AutoCloseable run(int http, int jmx) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String ours = Path.of(System.getProperty("agent.jar")).toAbsolutePath().toString();
        String jolokia = Path.of(System.getProperty("project.dir"), "target", "bench-libs",
            "jolokia-agent-jvm-2.6.0-javaagent.jar").toString();
        StringBuilder md = new StringBuilder("| flood | hostednet-agent: MiB above idle | Jolokia 2.6.0 agent |\n"
            + "|---|---|---|\n");
        String only = System.getProperty("flood.only", "none,listeners,newClient,silent,bulk");
        if (only.contains("none")) {
            row(md, "none: one read (what the method itself shows)", ours, null, (h, j) -> () -> { });
        }
        if (only.contains("listeners")) {
            row(md, "5 JMX connections adding 800 listeners each, 48 KiB filter", ours, null, FloodBench::listeners);
        }
        if (only.contains("newClient")) {
            row(md, "52 silent `newClient` calls announcing `String[2000000]`", ours, null,
                (h, j) -> huge(j, 52, 2_000_000));
        }
        if (only.contains("silent")) {
            row(md, "1,500 silent TCP connections to the JMX port", ours, null, FloodBench::silent);
        }
        if (only.contains("bulk")) {
            row(md, "256 concurrent POSTs, each a bulk of 100 `list`", ours, jolokia, FloodBench::bulkLists);
        }
        System.out.println();
        System.out.println(md);
    }

    private static void row(StringBuilder md, String name, String ours, String jolokia, Flood flood) throws Exception {
        String a = measure("-javaagent:" + ours + "=backend=simulated,port=%d,jmx=on,jmx.port=%d,refresh.interval=0",
            flood, "/jolokia/read/dev.hostednet:type=HostedNetworkSecurity/State");
        String b = jolokia == null ? "n/a (no such door)" : !Boolean.getBoolean("flood.baseline")
            ? "not run (-Dflood.baseline=true)" : measure("-javaagent:" + jolokia
            + "=host=127.0.0.1,port=%d", flood, "/jolokia/version");
        md.append("| ").append(name).append(" | ").append(a).append(" | ").append(b).append(" |\n");
        System.out.println(name + ": " + a + " / " + b);
    }

    private static String measure(String agent, Flood flood, String read) throws Exception {
        int http = freePort();
        int jmx = freePort();
        String host = Path.of(FloodHost.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-XX:+UseSerialGC", "-Xmn16m", String.format(agent, http, jmx), "-cp", host,
            FloodHost.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
            expect(out, "READY");
            String url = "http://127.0.0.1:" + http + read;
            HttpClient c = HttpClient.newHttpClient();
            for (int i = 0; i < 200 && get(c, url) != 200; i++) {
                Thread.sleep(100);
            }
            if (agent.contains("jmx=on")) {
                jmxRead(jmx);
            }
            long idle = Long.parseLong(ask(in, out, "idle", "IDLE "));
            try (AutoCloseable held = flood.run(http, jmx)) {
                String answer;
                try {
                    answer = CompletableFuture.supplyAsync(() -> {
                        try {
                            return ask(in, out, "peak", "PEAK ");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).get(2, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return "host unresponsive (" + e.getClass().getSimpleName() + ")";
                }
                long peak = Long.parseLong(answer);
                return String.format("%.1f%s", (peak - idle) / 1048576.0, get(c, url) == 200 ? "" : " (no answer)");
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    private static AutoCloseable bulkLists(int http, int jmx) throws Exception {
        HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            all.add(c.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/jolokia/"))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(BULK)).build(),
                HttpResponse.BodyHandlers.discarding()));
        }
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (CompletableFuture<HttpResponse<Void>> f : all) {
            try {
                f.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // dropped, or not answered within 3 minutes: the heap counts all the same
            }
        }
        return () -> { };
    }

    private static AutoCloseable listeners(int http, int jmx) throws Exception {
        NotificationFilterSupport filter = new NotificationFilterSupport();
        filter.enableType("t".repeat(48 * 1024));
        ObjectName delegate = new ObjectName("JMImplementation:type=MBeanServerDelegate");
        List<JMXConnector> open = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            JMXConnector j = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl(jmx)));
            open.add(j);
            MBeanServerConnection s = j.getMBeanServerConnection();
            for (int i = 0; i < 800; i++) {
                try {
                    s.addNotificationListener(delegate, (n, h) -> { }, filter, null);
                } catch (Exception e) {
                    break;
                }
            }
        }
        return () -> {
            for (JMXConnector j : open) {
                j.close();
            }
        };
    }

    private static AutoCloseable huge(int jmx, int n, int length) throws Exception {
        List<Socket> silent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            silent.add(Jrmp.hugeNewClient(jmx, length));
        }
        Thread.sleep(1000);
        return () -> closeAll(silent);
    }

    private static AutoCloseable silent(int http, int jmx) throws Exception {
        List<Socket> silent = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            silent.add(new Socket(InetAddress.getLoopbackAddress(), jmx));
        }
        jmxRead(jmx);
        return () -> closeAll(silent);
    }

    private static void closeAll(List<Socket> sockets) throws java.io.IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    private static String jmxUrl(int port) {
        return "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
    }

    private static void jmxRead(int port) throws Exception {
        try (JMXConnector j = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl(port)))) {
            j.getMBeanServerConnection().getAttribute(new ObjectName(Http.MBEAN), "State");
        }
    }

    private static int get(HttpClient c, String url) {
        try {
            return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String ask(Writer in, BufferedReader out, String command, String prefix) throws Exception {
        in.write(command + "\n");
        in.flush();
        return expect(out, prefix).substring(prefix.length());
    }

    private static String expect(BufferedReader out, String prefix) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the host ended before '" + prefix + "'");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
