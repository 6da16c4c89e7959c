package dev.hostednet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JVM start to first answered read, and start to exit, of a trivial host: no agent, Jolokia's own javaagent, ours
 * (simulated backend, Jolokia on). Runs alternate between the setups; each figure is a median with min and max.
 */
final class StartupBench {

    private StartupBench() {
    }

    static String run(List<Host.Setup> setups, int rounds) throws Exception {
        Map<String, List<List<Double>>> m = new LinkedHashMap<>();
        for (Host.Setup s : setups) {
            List<List<Double>> cols = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                cols.add(new ArrayList<>());
            }
            m.put(s.name(), cols);
        }
        int port = Integer.getInteger("bench.port", 18_900); // another on this machine may use the default
        for (int round = 0; round < rounds; round++) {
            for (Host.Setup s : setups) {
                port++;
                List<List<Double>> cols = m.get(s.name());
                long t0 = System.nanoTime();
                try (Host h = Host.start(s.jvmArgs().apply(port), TrivialHost.class.getName())) {
                    h.exitAndStats();
                    cols.get(0).add((System.nanoTime() - t0) / 1e9);
                }
                port++;
                t0 = System.nanoTime();
                try (Host h = Host.start(s.jvmArgs().apply(port), TrivialHost.class.getName(), "wait")) {
                    String url = s.readUrl().apply(port);
                    long t1 = url == null ? waitReady(h) : Host.awaitRead(url, Duration.ofSeconds(30));
                    cols.get(1).add((t1 - t0) / 1e9);
                    long[] st = h.exitAndStats();
                    cols.get(2).add(st[0] / 1e9);
                    cols.get(3).add(st[1] / 1024.0);
                    cols.get(4).add((double) st[2]);
                    cols.get(5).add((double) st[3]);
                }
            }
        }
        StringBuilder t = new StringBuilder("| setup | start to exit, s | start to first read, s | CPU to first read,"
            + " s | peak RSS, MiB | classes | peak threads |\n|---|---|---|---|---|---|---|\n");
        List<Stats> base = null;
        for (Map.Entry<String, List<List<Double>>> e : m.entrySet()) {
            List<Stats> st = e.getValue().stream().map(Stats::of).toList();
            if (base == null) {
                base = st;
            }
            t.append("| ").append(e.getKey()).append(" | ").append(st.get(0).show("%.2f")).append(" | ")
                .append(st.get(1).show("%.2f")).append(" | ").append(st.get(2).show("%.2f")).append(" | ")
                .append(st.get(3).show("%.0f")).append(" | ").append(st.get(4).show("%.0f")).append(" | ")
                .append(st.get(5).show("%.0f")).append(" |\n");
        }
        return t.toString();
    }

    private static long waitReady(Host h) throws Exception {
        String line;
        while ((line = h.out.readLine()) != null) {
            if (line.equals("READY")) {
                return System.nanoTime();
            }
        }
        throw new IllegalStateException("host died");
    }
}
