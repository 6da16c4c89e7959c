package dev.hostednet.it;

import dev.hostednet.testing.Eventually;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A separate JVM running {@link HostApp}, with its output collected line by line. */
final class Jvm implements AutoCloseable {

    static final Path AGENT = Path.of(System.getProperty("agent.jar", "target/hostednet-agent.jar"));
    static final Path TEST_CLASSES = Path.of("target", "test-classes");

    final Process process;
    final List<String> out = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> err = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Writer stdin;

    private Jvm(Process p) {
        this.process = p;
        this.stdin = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        pump(p.getInputStream(), out, true);
        pump(p.getErrorStream(), err, false);
    }

    /** The JDKs the integration tests run on: this one, and Temurin 25 where installed. */
    static Stream<Path> javaHomes() {
        Path current = Path.of(System.getProperty("java.home"));
        Path t25 = Path.of(System.getProperty("jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        return Files.isExecutable(t25.resolve("bin/java")) && !t25.equals(current)
            ? Stream.of(current, t25) : Stream.of(current);
    }

    /**
     * Notes the JDK of a JVM an integration test starts, for .ci/summary's "Integration tests ran on" (the reports'
     * own properties name only the JVM that runs the test classes, not the hosts on other JDKs).
     */
    private static void recordJdk(Path javaHome) throws IOException {
        Path list = Path.of("target", "failsafe-reports", "jdks.txt");
        Files.createDirectories(list.getParent());
        Files.writeString(list, javaHome.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** A host on this JDK with {@code -javaagent:<built jar>=OPTIONS}. */
    static Jvm withAgent(String options, String... appArgs) throws IOException {
        return start(Path.of(System.getProperty("java.home")), List.of("-javaagent:" + AGENT + "=" + options),
            TEST_CLASSES.toString(), appArgs);
    }

    static Jvm start(Path javaHome, List<String> jvmArgs, String classpath, String... appArgs) throws IOException {
        return startWithEnv(javaHome, jvmArgs, classpath, java.util.Map.of(), appArgs);
    }

    static Jvm startWithEnv(Path javaHome, List<String> jvmArgs, String classpath, java.util.Map<String, String> env,
                            String... appArgs) throws IOException {
        recordJdk(javaHome);
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin/java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(HostApp.class.getName());
        cmd.addAll(List.of(appArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        return new Jvm(pb.start());
    }

    static Process cli(Path javaHome, String... args) throws IOException {
        return cli(javaHome, java.util.Map.of(), args);
    }

    static Process cli(Path javaHome, java.util.Map<String, String> env, String... args) throws IOException {
        recordJdk(javaHome);
        List<String> cmd = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-jar",
            AGENT.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs the command line, checks its exit code and returns what it printed. */
    static String cliExpecting(Path javaHome, int expected, String... args) throws Exception {
        return cliExpecting(javaHome, Duration.ofSeconds(60), expected, args);
    }

    /** As above, failing when the command line has not ended within the timeout (a hang, not a slow machine). */
    static String cliExpecting(Path javaHome, Duration timeout, int expected, String... args) throws Exception {
        Process p = cli(javaHome, args);
        String out = run(p, timeout);
        org.junit.jupiter.api.Assertions.assertEquals(expected, p.exitValue(),
            String.join(" ", args) + " printed:\n" + out);
        return out;
    }

    static String run(Process p) throws Exception {
        return run(p, Duration.ofSeconds(60));
    }

    static String run(Process p, Duration timeout) throws Exception {
        // Read beside the wait: a process that hangs keeps its output open, and a blocking read would hang too.
        java.util.concurrent.CompletableFuture<String> text = java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "(output unreadable: " + e.getMessage() + ")";
                }
            });
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("command did not end within " + timeout + ": " + text.get(10, TimeUnit.SECONDS));
        }
        return text.get(10, TimeUnit.SECONDS);
    }

    private void pump(java.io.InputStream s, List<String> sink, boolean queue) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.add(line);
                    if (queue) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** @return the first new stdout line that starts with the prefix */
    String await(String prefix, Duration timeout) throws InterruptedException {
        String line = Eventually.value(timeout, () -> {
            for (String l = lines.poll(); l != null; l = lines.poll()) {
                if (l.startsWith(prefix)) {
                    return l;
                }
            }
            return null;
        });
        if (line == null) {
            throw new AssertionError("no line starting with '" + prefix + "'; out=" + out + " err=" + err);
        }
        return line;
    }

    /** Waits until a line of standard error contains the text. */
    void awaitErr(String text, Duration timeout) throws InterruptedException {
        Eventually.await(timeout, () -> err.stream().anyMatch(l -> l.contains(text)),
            () -> "no '" + text + "' on stderr: " + err);
    }

    /** @return the host's system property now, "" when unset */
    String propertyNow(String name) throws Exception {
        send("prop " + name);
        return await("PROP " + name + "=", Duration.ofSeconds(5)).substring(6 + name.length());
    }

    /** Asks the host for a system property, waiting until it is set. */
    String property(String name, Duration timeout) throws Exception {
        String v = Eventually.value(timeout, () -> {
            String now = propertyNow(name);
            return now.isEmpty() ? null : now;
        });
        if (v == null) {
            throw new AssertionError(name + " never set; err=" + err);
        }
        return v;
    }

    /** @return the host's used heap after garbage collection, in bytes */
    long heapAfterGc() throws Exception {
        send("heap");
        return Long.parseLong(await("HEAP ", Duration.ofSeconds(20)).substring(5));
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    long pid() {
        return process.pid();
    }

    /** Tells the host to return from main and waits for the JVM to exit; returns the exit code. */
    int exit(Duration timeout) throws Exception {
        send("exit");
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the host JVM did not exit within " + timeout + "; err=" + err);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
