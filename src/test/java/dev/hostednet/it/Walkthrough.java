package dev.hostednet.it;

import dev.hostednet.examples.ConsoleBlocks.Step;
import dev.hostednet.examples.Expected;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's shell, following the documents: commands run in bash from the project's directory with this JDK's
 * {@code java} first on the PATH; a command ending in {@code &} starts a host in the background (its documented lines
 * are waited for, and {@code $PID} becomes the process id it prints). The documents name fixed ports (8778, 8779,
 * 9010, 9404); other tests run beside this one, so each is given a free port here and named back in the answers.
 */
final class Walkthrough implements AutoCloseable {

    private static final List<Integer> DOCUMENTED_PORTS = List.of(8778, 8779, 9010, 9404);
    private static final Pattern DEMO_PID = Pattern.compile("demo host running as process (\\d+)");

    private final Path root = Path.of("").toAbsolutePath();
    private final Map<Integer, Integer> ports = new HashMap<>();
    private final List<Process> hosts = new ArrayList<>();
    private final List<Process> kept = new ArrayList<>();
    private String pid = "";

    Walkthrough() throws IOException {
        for (int p : DOCUMENTED_PORTS) {
            try (ServerSocket s = new ServerSocket(0)) {
                ports.put(p, s.getLocalPort());
            }
        }
    }

    /** @return the process id {@code $PID} names now */
    String pid() {
        return pid;
    }

    /** Makes {@code $PID} name this process again (the documents' main demo, after a document's own hosts). */
    void pid(String value) {
        pid = value;
    }

    /**
     * Runs one documented step.
     *
     * @return null when the answer is the documented one, or what differs, with the answer
     */
    String run(Step step) throws IOException, InterruptedException {
        String cmd = step.command().strip();
        if (cmd.endsWith("&")) {
            return background(cmd.substring(0, cmd.length() - 1).strip(), step.output());
        }
        Process p = bash(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "did not end";
        }
        String answer = back(out);
        String differs = Expected.mismatch(step.output(), answer);
        return differs == null ? null : differs + "; the answer was:\n" + answer;
    }

    /** Starts a host, waits until it has printed the documented lines, and makes $PID its process id. */
    String background(String cmd, List<String> documented) throws IOException, InterruptedException {
        Process p = bash(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        hosts.add(p);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(back(l));
                }
            } catch (IOException e) {
                lines.add("(output lost: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<String> wanted = documented.stream().filter(l -> !l.isBlank() && !l.strip().equals("...")).toList();
        // A bounded wait for the host to come up, counted in polls (its speed is not what is tested)
        for (int poll = 0; poll < 1200 && !printed(wanted, lines); poll++) {
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        for (String l : lines) {
            Matcher m = DEMO_PID.matcher(l);
            if (m.find()) {
                pid = m.group(1);
            }
        }
        return printed(wanted, lines) ? null : "the host did not print the documented lines; it printed:\n"
            + String.join("\n", lines);
    }

    private static boolean printed(List<String> wanted, List<String> lines) {
        int at = 0;
        for (String l : lines) {
            if (at < wanted.size() && Expected.line(wanted.get(at), l)) {
                at++;
            }
        }
        return at == wanted.size();
    }

    private ProcessBuilder bash(String cmd) {
        String command = cmd;
        for (var e : ports.entrySet()) {
            command = command.replaceAll("(?<=[:=])" + e.getKey() + "\\b", String.valueOf(e.getValue()));
        }
        ProcessBuilder b = new ProcessBuilder("bash", "-c", command).directory(root.toFile());
        b.environment().put("PID", pid);
        b.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
            + b.environment().get("PATH"));
        return b;
    }

    private String back(String printed) {
        String s = printed;
        for (var e : ports.entrySet()) {
            s = s.replaceAll("\\b" + e.getValue() + "\\b", String.valueOf(e.getKey()));
        }
        return s;
    }

    /** Keeps the hosts started so far (the main demo) until the end, beyond {@link #stopHosts()}. */
    void keepHosts() {
        kept.addAll(hosts);
        hosts.clear();
    }

    /** Stops the hosts started since the last call (a document's own), and their children. */
    void stopHosts() {
        stop(hosts);
    }

    private static void stop(List<Process> processes) {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        processes.clear();
    }

    @Override
    public void close() {
        stop(hosts);
        stop(kept);
    }
}
