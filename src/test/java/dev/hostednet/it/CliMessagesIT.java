package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.testing.Eventually;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line's messages for the usual first mistakes say what happened and what to do next. */
class CliMessagesIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"));

    /** Longer than the command line needs on a busy machine, shorter than the attach API's 10.5 s wait. */
    private static final Duration NO_HANG = Duration.ofSeconds(8);
    private static final String LIST = "java -jar hostednet-agent.jar list";

    static Stream<Path> javaHomes() {
        return Jvm.javaHomes();
    }

    private static String cli(int expected, String... args) throws Exception {
        return Jvm.cliExpecting(JAVA, expected, args);
    }

    @Test
    void aPortWhereNothingListensIsNamedWithWhatToCheck() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String out = cli(3, "state", "http://127.0.0.1:" + port + "/jolokia/");
        assertTrue(out.contains("nothing answers at") && out.contains("'list'") && out.contains("'status PID'"), out);
        assertFalse(out.contains("java.net.ConnectException"), "no raw exception: " + out);
    }

    @Test
    void aUrlWithoutTheContextPointsAtIt() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String root = url.substring(0, url.indexOf("/jolokia/") + 1);
            String out = cli(3, "state", root);
            assertTrue(out.contains("HTTP 404") && out.contains("/jolokia/"), out);
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aPidWhoseProcessHasEndedSaysSoInEveryCommandAndPointsAtList() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String pid = Long.toString(gone.pid());
        for (String command : List.of("start", "status", "state", "refresh", "rotate", "qr", "stop")) {
            String out = cli(3, command, pid);
            assertTrue(out.contains("no process " + pid + " on this machine") && out.contains(LIST), out);
            assertFalse(out.contains("Exception") || out.contains("No such process"), "no raw exception: " + out);
        }
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void aLiveProcessThatIsNoJvmIsNamedAtOnceAndLeftRunning(Path javaHome) throws Exception {
        Assumptions.assumeTrue(java.nio.file.Files.isReadable(Path.of("/proc/self/status")), "Linux /proc");
        // sleep keeps SIGQUIT's default: JDK 17's attach client sent it, and killed the process; under the trap it
        // is ignored, and the attach client waited 10.5 s for a socket file that never came.
        for (List<String> cmd : List.of(List.of("sleep", "60"), List.of("sh", "-c", "trap '' QUIT; exec sleep 60"))) {
            Process p = new ProcessBuilder(cmd).start();
            try {
                awaitCommand(p, "sleep");
                String pid = Long.toString(p.pid());
                for (String command : List.of("status", "start", "stop")) {
                    String out = Jvm.cliExpecting(javaHome, NO_HANG, 3, command, pid);
                    assertTrue(out.contains("process " + pid + " (sleep) is not a Java VM") && out.contains(LIST),
                        out);
                    assertTrue(p.isAlive(), command + " left " + cmd + " running");
                }
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aJvmThatListDoesNotShowIsStillReachedAndOneThatRefusesAttachSaysSo() throws Exception {
        try (Jvm hidden = Jvm.start(JAVA, List.of("-XX:-UsePerfData", "-javaagent:" + Jvm.AGENT
                + "=backend=simulated,port=0"), Jvm.TEST_CLASSES.toString());
             Jvm closed = Jvm.start(JAVA, List.of("-XX:+DisableAttachMechanism"), Jvm.TEST_CLASSES.toString())) {
            hidden.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            closed.await("HOST-READY", Duration.ofSeconds(20));
            String hiddenPid = Long.toString(hidden.pid());
            assertFalse(cli(0, "list").contains(hiddenPid), "no perf data, so the JDK's list() does not show it");
            assertTrue(cli(0, "status", hiddenPid).contains("backend: simulated"), "reached all the same");
            String pid = Long.toString(closed.pid());
            String out = Jvm.cliExpecting(JAVA, NO_HANG, 3, "status", pid);
            assertTrue(out.contains("process " + pid) && out.contains("-XX:+DisableAttachMechanism")
                && out.contains(LIST), out);
            assertEquals(0, hidden.exit(Duration.ofSeconds(10)));
            assertEquals(0, closed.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aJolokiaWithoutThisAgentAndAJvmWithoutItSaySoAndWhatToDo() throws Exception {
        Path jolokia = Path.of(System.getProperty("host.libs", "target/host-libs"),
            "jolokia-agent-jvm-2.6.0-javaagent.jar");
        try (Jvm host = Jvm.start(JAVA, List.of("-javaagent:" + jolokia + "=port=0"), Jvm.TEST_CLASSES.toString())) {
            String url = host.property("jolokia.agent", Duration.ofSeconds(20));
            String out = cli(3, "state", url);
            assertTrue(out.contains("hostednet-agent does not run there") && out.contains("status PID"), out);
            String pid = Long.toString(host.pid());
            String status = cli(3, "status", pid);
            assertTrue(status.contains("not running") && status.contains("java -jar hostednet-agent.jar start " + pid),
                status);
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void startIntoAJvmThatForbidsDynamicAgentsNamesTheFlagAndJavaagent() throws Exception {
        Path jdk = Jvm.javaHomes().filter(h -> h.toString().contains("25")).findFirst().orElse(null);
        Assumptions.assumeTrue(jdk != null, "needs Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64");
        try (Jvm host = Jvm.start(jdk, List.of("-XX:-EnableDynamicAgentLoading"), Jvm.TEST_CLASSES.toString())) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String out = Jvm.cliExpecting(jdk, 1, "start", Long.toString(host.pid()), "backend=simulated");
            assertTrue(out.contains("-XX:-EnableDynamicAgentLoading") && out.contains("-javaagent:"), out);
            assertFalse(out.contains("Exception"), out);
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aUrlThatIsNotJolokiaSaysWhereTheRightOneIsPrinted() throws Exception {
        com.sun.net.httpserver.HttpServer web = com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", x -> {
            byte[] page = "<html>a web page</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        web.start();
        try {
            String out = cli(3, "state", "http://127.0.0.1:" + web.getAddress().getPort() + "/jolokia/");
            assertTrue(out.contains("did not answer like Jolokia") && out.contains("'status PID' prints it"), out);
        } finally {
            web.stop(0);
        }
    }

    @Test
    void aPngThatCannotBeWrittenSaysWhatToCheck(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,reveal=on")) {
            host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            cli(0, "rotate", pid);
            Path png = dir.resolve("no-such-folder").resolve("join.png");
            String out = cli(1, "qr", pid, "--png", png.toString());
            assertTrue(out.contains("cannot write " + png) && out.contains("folder " + png.getParent() + " exists"),
                out);
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    /** Waits until the process runs the command (a shell has executed its trap and then exec). */
    private static void awaitCommand(Process p, String name) throws InterruptedException {
        Eventually.within(Duration.ofSeconds(5), () -> p.info().command().orElse("").endsWith("/" + name));
    }
}
