package dev.hostednet.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refresh through Jolokia as an efficient client sees it: wrk POSTs the exec request over one keep-alive
 * connection to a host whose agent drives the native stand-in through the real binding (audit lines included).
 * The client runs in its own native process, so its cost is not counted as the agent's.
 */
final class RefreshHttpBench {

    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");

    private RefreshHttpBench() {
    }

    static String run(String agentJar, String standinDir, int rounds, int seconds) throws Exception {
        String m = "dev.hostednet:type=HostedNetworkSecurity";
        Path exec = script("{\"type\":\"exec\",\"mbean\":\"" + m + "\",\"operation\":\"refreshSecuritySettings\"}");
        Path read = script("{\"type\":\"read\",\"mbean\":\"" + m + "\",\"attribute\":\"State\"}");
        List<Double> e50 = new ArrayList<>();
        List<Double> e99 = new ArrayList<>();
        List<Double> r50 = new ArrayList<>();
        List<Double> r99 = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            int port = 19_700 + round;
            try (Host h = Host.start(List.of("-Djna.library.path=" + standinDir, "-javaagent:" + agentJar
                + "=backend=windows,port=" + port + ",refresh.interval=0"), TrivialHost.class.getName(), "wait")) {
                String url = "http://127.0.0.1:" + port + "/jolokia/";
                Host.awaitRead(url + "read/" + m + "/State", Duration.ofSeconds(30));
                wrk(url, exec, 2);
                double[] x = wrk(url, exec, seconds);
                e50.add(x[0]);
                e99.add(x[1]);
                double[] y = wrk(url, read, seconds);
                r50.add(y[0]);
                r99.add(y[1]);
            }
        }
        return "| over one keep-alive connection (wrk) | p50 µs | p99 µs |\n|---|---|---|\n"
            + "| refresh (exec, 3 native calls: status, refresh, status) | " + Stats.of(e50).show("%.0f") + " | "
            + Stats.of(e99).show("%.0f") + " |\n"
            + "| for scale: POST read of State (no native call) | " + Stats.of(r50).show("%.0f") + " | "
            + Stats.of(r99).show("%.0f") + " |\n";
    }

    private static Path script(String body) throws Exception {
        Path p = Files.createTempFile("hostednet-bench", ".lua");
        Files.writeString(p, "wrk.method=\"POST\"\nwrk.body=[[" + body + "]]\nwrk.headers[\"Content-Type\"]="
            + "\"application/json\"\n");
        p.toFile().deleteOnExit();
        return p;
    }

    /** @return p50 and p99 in µs */
    private static double[] wrk(String url, Path lua, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t1", "-c1", "-d" + seconds + "s", "--latency", "-s", lua.toString(),
            url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return new double[] {micros(P50.matcher(out), out), micros(P99.matcher(out), out)};
    }

    private static double micros(Matcher m, String out) {
        if (!m.find()) {
            throw new IllegalStateException("no latency in wrk output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> v * 1000;
            case "s" -> v * 1_000_000;
            default -> v;
        };
    }
}
