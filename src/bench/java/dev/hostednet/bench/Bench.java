package dev.hostednet.bench;

import dev.hostednet.agent.InProcessBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark suite (README, "Performance"): start-up, HTTP reads, in-process attribute reads (JMH), refresh end
 * to end, and reads while a native call hangs. Every figure is measured here, in this run, against its baseline.
 * Writes target/bench-results.md. Needs wrk (apt-get install wrk).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        int seconds = Integer.getInteger("bench.seconds", 5);
        String ours = Path.of(System.getProperty("agent.jar")).toAbsolutePath().toString();
        String jolokia = Path.of(System.getProperty("project.dir"), "target", "bench-libs",
            "jolokia-agent-jvm-2.6.0-javaagent.jar").toString();
        String ourRead = "/jolokia/read/dev.hostednet:type=HostedNetworkSecurity/State";
        String jolRead = "/jolokia/read/java.lang:type=Runtime/Name";
        Host.Setup none = new Host.Setup("no agent", p -> List.of(), p -> null);
        Host.Setup jol = new Host.Setup("Jolokia 2.6.0 javaagent", p -> List.of("-javaagent:" + jolokia
            + "=host=127.0.0.1,port=" + p), p -> "http://127.0.0.1:" + p + jolRead);
        Host.Setup jolNoDelay = new Host.Setup("Jolokia 2.6.0, -Dsun.net.httpserver.nodelay=true", p -> List.of(
            "-Dsun.net.httpserver.nodelay=true", "-javaagent:" + jolokia + "=host=127.0.0.1,port=" + p),
            p -> "http://127.0.0.1:" + p + jolRead);
        Host.Setup agent = new Host.Setup("hostednet-agent (simulated)", p -> List.of("-javaagent:" + ours
            + "=backend=simulated,port=" + p), p -> "http://127.0.0.1:" + p + ourRead);
        Host.Setup bare = new Host.Setup("bare JDK HttpServer, fixed body", p -> List.of(),
            p -> "http://127.0.0.1:" + p + "/");

        String only = System.getProperty("bench.only", "idle,startup,http,jmh,refresh,hang");
        StringBuilder md = new StringBuilder();
        md.append("Run on ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
            .append(" cores, ").append(System.getProperty("java.vm.name")).append(' ')
            .append(System.getProperty("java.version")).append("; ").append(rounds).append(" alternating rounds,"
                + " median (min-max).\n\n");
        if (only.contains("idle")) {
            md.append("### 0. A host nobody asks anything (").append(3 * rounds).append(" rounds)\n\n")
                .append(IdleBench.run(idleSetups(ours, jolokia), 3 * rounds));
            print(md);
        }
        if (only.contains("startup")) {
            // Start-ups are short and their CPU time varies by +-10% run to run here: three times the rounds.
            md.append("### 1. Start-up of a trivial host (").append(3 * rounds).append(" rounds)\n\n")
                .append(StartupBench.run(List.of(none, jol, agent), 3 * rounds));
            print(md);
        }
        if (only.contains("http")) {
            md.append("\n### 2. HTTP reads over loopback (wrk, keep-alive, ").append(seconds).append(" s each)\n\n")
                .append(HttpBench.run(List.of(agent, jol, jolNoDelay, bare), Math.max(1, rounds / 2), seconds));
            print(md);
        }
        if (only.contains("jmh")) {
            md.append("\n### 3. In-process attribute reads (JMH, ns/op)\n\n").append(jmh());
            print(md);
        }
        if (only.contains("refresh")) {
            md.append("\n### 4. A refresh end to end (stand-in backend)\n\n").append(InProcessBench.refresh(400))
                .append("\nThe Jolokia rows above include java.net.http running in the agent's own JVM; from wrk,"
                    + " a native client in its own process:\n\n")
                .append(RefreshHttpBench.run(ours, System.getProperty("jna.library.path"), Math.max(1, rounds / 2),
                    seconds));
        }
        if (only.contains("hang")) {
            md.append("\n### 5. Reads while a native call hangs\n\n")
                .append(HangHttpBench.run(ours, System.getProperty("jna.library.path"), Math.max(1, rounds / 2),
                    seconds))
                .append("\nThe same from a java.net.http client inside the agent's JVM (its own pauses count):\n\n")
                .append(InProcessBench.readsWhileHanging(4000));
        }
        Path out = Path.of(System.getProperty("project.dir"), "target", "bench-results.md");
        Files.writeString(out, md);
        System.out.println(md);
        System.out.println("written to " + out);
        System.exit(0);
    }

    /** The bare host first, Jolokia's own agent last; with -Dbench.old.jar=JAR, an older build of ours beside. */
    private static List<IdleBench.Setup> idleSetups(String ours, String jolokia) {
        List<IdleBench.Setup> s = new java.util.ArrayList<>(List.of(
            new IdleBench.Setup("bare host", List.of(), "-"),
            new IdleBench.Setup("platform MBeanServer only", List.of(), "mbs")));
        String old = System.getProperty("bench.old.jar", "");
        for (String[] options : new String[][] {{"jolokia=off", "backend=simulated,jolokia=off"},
            {"Jolokia on", "backend=simulated,port=0"}, {"Jolokia and JMX on", "backend=simulated,port=0,jmx=on"}}) {
            if (!old.isEmpty()) {
                s.add(new IdleBench.Setup("hostednet-agent " + System.getProperty("bench.old.name", "old") + ", "
                    + options[0], List.of("-javaagent:" + old + "=" + options[1]), "-"));
            }
            s.add(new IdleBench.Setup("hostednet-agent, " + options[0], List.of("-javaagent:" + ours + "="
                + options[1]), "-"));
        }
        s.add(new IdleBench.Setup("Jolokia 2.6.0 javaagent", List.of("-javaagent:" + jolokia
            + "=host=127.0.0.1,port=0"), "-"));
        return s;
    }

    private static void print(StringBuilder md) {
        System.out.println(md);
    }

    private static String jmh() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
            .include(dev.hostednet.jmx.AttributeBench.class.getName()).build()).run();
        Map<String, Double> score = new TreeMap<>();
        Map<String, Double> error = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            score.put(name, r.getPrimaryResult().getScore());
            error.put(name, r.getPrimaryResult().getScoreError());
        }
        double base = score.get("trivialState");
        StringBuilder t = new StringBuilder("| attribute | ns/op (± 99.9% error) | ratio to the trivial MXBean |\n"
            + "|---|---|---|\n");
        score.forEach((k, v) -> t.append(String.format("| %s | %.1f ± %.1f | x%.2f |%n", k, v, error.get(k),
            v / base)));
        return t.toString();
    }
}
