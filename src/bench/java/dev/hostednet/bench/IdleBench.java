package dev.hostednet.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a host pays while nobody asks anything: its resident memory and process CPU time 4 s after its start, and
 * then, when its main returns, how long the JVM takes to end. Read from /proc from outside, so that measuring loads
 * nothing into the host. Runs alternate between the setups; each figure is a median with min and max.
 */
final class IdleBench {

    /** A setup: a name, JVM arguments, and the host's argument ("mbs" to create the platform MBeanServer). */
    record Setup(String name, List<String> jvmArgs, String hostArg) {
    }

    private static final long IDLE_MILLIS = 4000;
    /** Linux reports utime and stime in clock ticks: 100 per second on every kernel this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private IdleBench() {
    }

    /**
     * @param setups the bare host first, Jolokia's own agent last (the shares are of what it adds)
     * @param rounds alternating rounds
     * @return a Markdown table
     */
    static String run(List<Setup> setups, int rounds) throws Exception {
        Map<String, List<List<Double>>> m = new LinkedHashMap<>();
        setups.forEach(s -> m.put(s.name(), List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        for (int round = 0; round < rounds; round++) {
            for (Setup s : setups) {
                double[] r = once(s);
                for (int i = 0; i < r.length; i++) {
                    m.get(s.name()).get(i).add(r[i]);
                }
            }
        }
        StringBuilder t = new StringBuilder("| setup | RSS 4 s after start, MiB | process CPU by then, s | added over"
            + " the bare host: RSS, CPU | added, as a share of what Jolokia's agent adds: RSS, CPU | main returns ->"
            + " process gone, ms |\n|---|---|---|---|---|---|\n");
        List<Stats> base = m.values().iterator().next().stream().map(Stats::of).toList();
        List<Stats> jolokia = m.get(setups.get(setups.size() - 1).name()).stream().map(Stats::of).toList();
        for (Map.Entry<String, List<List<Double>>> e : m.entrySet()) {
            List<Stats> st = e.getValue().stream().map(Stats::of).toList();
            double rss = st.get(0).median() - base.get(0).median();
            double cpu = st.get(1).median() - base.get(1).median();
            t.append("| ").append(e.getKey()).append(" | ").append(st.get(0).show("%.1f")).append(" | ")
                .append(st.get(1).show("%.2f")).append(" | ")
                .append(String.format("+%.1f MiB, +%.2f s", rss, cpu)).append(" | ")
                .append(String.format("x%.2f, x%.2f", rss / (jolokia.get(0).median() - base.get(0).median()),
                    cpu / (jolokia.get(1).median() - base.get(1).median()))).append(" | ")
                .append(st.get(2).show("%.0f")).append(" |\n");
        }
        return t.toString();
    }

    /** @return RSS in MiB and CPU in s at 4 s, and ms from main's return to the end of the process */
    private static double[] once(Setup s) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(s.jvmArgs());
        cmd.addAll(List.of("-cp", Host.classPath(), IdleHost.class.getName(), s.hostArg()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            CompletableFuture<Long> gone = p.onExit().thenApply(x -> System.currentTimeMillis());
            Thread.sleep(Math.max(0, IDLE_MILLIS - (System.nanoTime() - t0) / 1_000_000));
            double rss = 0;
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                if (l.startsWith("VmRSS:")) {
                    rss = Long.parseLong(l.replaceAll("\\D+", "")) / 1024.0;
                }
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND; // utime, stime
            p.getOutputStream().close();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long returned = -1;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RETURNS ")) {
                    returned = Long.parseLong(line.substring(8));
                }
            }
            if (!p.waitFor(30, TimeUnit.SECONDS) || returned < 0) {
                throw new IllegalStateException(s.name() + ": the host did not return and exit");
            }
            return new double[] {rss, cpu, gone.get() - returned};
        } finally {
            p.destroyForcibly();
        }
    }
}
