package dev.hostednet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads of State through Jolokia, measured by wrk in its own process, from a host whose native calls answer at once
 * and from one whose every native call hangs (the stand-in told so through its environment) with a refresh in
 * flight. Rounds alternate between the two.
 */
final class HangHttpBench {

    private static final Pattern P = Pattern.compile("\\s(50|99)%\\s+([0-9.]+)(us|ms|s)");

    private HangHttpBench() {
    }

    static String run(String agentJar, String standinDir, int rounds, int seconds) throws Exception {
        String m = "dev.hostednet:type=HostedNetworkSecurity";
        List<List<Double>> idle = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> hung = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            for (boolean hang : new boolean[] {false, true}) {
                int port = 19_800 + round * 2 + (hang ? 1 : 0);
                List<String> cmd = new ArrayList<>(List.of(
                    Path.java(), "-Djna.library.path=" + standinDir, "-javaagent:" + agentJar
                        + "=backend=windows,port=" + port + ",timeout=600s,poll=0", "-cp",
                    Host.classPath(), TrivialHost.class.getName(), "wait"));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                if (hang) {
                    pb.environment().putAll(Map.of("STANDIN_HANG_MILLIS", "600000"));
                }
                Process p = pb.start();
                try {
                    String url = "http://127.0.0.1:" + port + "/jolokia/";
                    Host.awaitRead(url + "read/" + m + "/State", Duration.ofSeconds(30));
                    if (hang) {
                        CompletableFuture.runAsync(() -> post(url, "{\"type\":\"exec\",\"mbean\":\"" + m
                            + "\",\"operation\":\"refreshSecuritySettings\"}"));
                        Thread.sleep(300);
                    }
                    wrk(url + "read/" + m + "/State", 2);
                    double[] r = wrk(url + "read/" + m + "/State", seconds);
                    List<List<Double>> into = hang ? hung : idle;
                    into.get(0).add(r[0]);
                    into.get(1).add(r[1]);
                } finally {
                    p.destroyForcibly();
                    p.waitFor();
                }
            }
        }
        Stats i50 = Stats.of(idle.get(0));
        Stats i99 = Stats.of(idle.get(1));
        Stats h50 = Stats.of(hung.get(0));
        Stats h99 = Stats.of(hung.get(1));
        return "| reads of State over Jolokia (wrk, 1 connection) | p50 µs | p99 µs |\n|---|---|---|\n"
            + "| no native call in flight | " + i50.show("%.0f") + " | " + i99.show("%.0f") + " |\n"
            + "| every native call hanging, a refresh in flight | " + h50.show("%.0f") + " | " + h99.show("%.0f")
            + " |\n| ratio | " + Stats.ratio(h50, i50) + " | " + Stats.ratio(h99, i99) + " |\n";
    }

    private static void post(String url, String json) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            // the host is killed while the call still hangs
        }
    }

    private static double[] wrk(String url, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t1", "-c1", "-d" + seconds + "s", "--latency", url)
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        double[] r = new double[2];
        Matcher mm = P.matcher(out);
        while (mm.find()) {
            double v = Double.parseDouble(mm.group(2));
            v = mm.group(3).equals("ms") ? v * 1000 : mm.group(3).equals("s") ? v * 1e6 : v;
            r[mm.group(1).equals("50") ? 0 : 1] = v;
        }
        return r;
    }

    /** The java launcher of this JVM. */
    private static final class Path {
        static String java() {
            return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
