package dev.hostednet.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP reads over loopback with wrk (keep-alive), at 1, 16 and 64 connections, per setup; rounds alternate. */
final class HttpBench {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final int[] CONNECTIONS = {1, 16, 64};

    private HttpBench() {
    }

    static String run(List<Host.Setup> setups, int rounds, int seconds) throws Exception {
        Map<String, List<List<Double>>> m = new LinkedHashMap<>();
        setups.forEach(s -> m.put(s.name(), List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        int port = 19_400;
        for (int round = 0; round < rounds; round++) {
            for (Host.Setup s : setups) {
                port++;
                try (Host h = Host.start(s.jvmArgs().apply(port), s.name().startsWith("bare")
                    ? BareServer.class.getName() : TrivialHost.class.getName(), s.name().startsWith("bare")
                    ? new String[] {Integer.toString(port)} : new String[] {"wait"})) {
                    String url = s.readUrl().apply(port);
                    Host.awaitRead(url, Duration.ofSeconds(30));
                    wrk(url, 16, 2); // warm-up
                    for (int i = 0; i < CONNECTIONS.length; i++) {
                        m.get(s.name()).get(i).add(wrk(url, CONNECTIONS[i], seconds));
                    }
                    h.process.getOutputStream().close();
                    h.process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        StringBuilder t = new StringBuilder("| setup | 1 connection, req/s | 16 connections, req/s | 64 connections,"
            + " req/s |\n|---|---|---|---|\n");
        for (Map.Entry<String, List<List<Double>>> e : m.entrySet()) {
            t.append("| ").append(e.getKey());
            for (List<Double> col : e.getValue()) {
                t.append(" | ").append(Stats.of(col).show("%.0f"));
            }
            t.append(" |\n");
        }
        return t.toString();
    }


    private static double wrk(String url, int connections, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
            "-d" + seconds + "s", url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher mm = RPS.matcher(out);
        if (!mm.find() || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed against " + url + ":\n" + out);
        }
        return Double.parseDouble(mm.group(1));
    }
}
