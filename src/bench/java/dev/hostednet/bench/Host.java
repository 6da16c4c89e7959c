package dev.hostednet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One JVM of a benchmark, started with an agent setup, reachable at a URL. */
final class Host implements AutoCloseable {

    /** An agent setup: a name, JVM arguments (given a port), and the URL of a trivial read (given a port). */
    record Setup(String name, java.util.function.IntFunction<List<String>> jvmArgs,
                 java.util.function.IntFunction<String> readUrl) {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    final Process process;
    final BufferedReader out;

    Host(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The hosts' class path: the benchmark's own classes, nothing else. The trap it avoids: with the build's
     * class path (target/classes first), the JVM finds the agent's bootstrap class there instead of in the agent
     * jar given to -javaagent, and runs the working tree's agent, without its isolated loader, whatever jar the
     * setup names; an older build measured beside this one was then this one.
     *
     * @return the directory or jar the benchmark hosts are loaded from
     */
    static String classPath() {
        try {
            return Path.of(Host.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Host start(List<String> jvmArgs, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return new Host(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Polls until the URL answers a successful read; returns the nanoTime of that answer. */
    static long awaitRead(String url, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"status\":200")) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no answer from " + url);
    }

    /** Closes stdin (the host's main returns) and reads the STATS line its shutdown hook prints. */
    long[] exitAndStats() throws Exception {
        process.getOutputStream().close();
        String line;
        long[] stats = null;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("STATS ")) {
                String[] p = line.split(" ");
                stats = new long[] {Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3]),
                    Long.parseLong(p[4])};
            }
        }
        process.waitFor();
        return stats;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
