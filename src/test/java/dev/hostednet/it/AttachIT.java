package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line against a running JVM: start, status, state, refresh, stop, start again; exit codes. */
class AttachIT {

    static Stream<Path> javaHomes() {
        return Jvm.javaHomes();
    }

    private static String cli(Path javaHome, int expected, String... args) throws Exception {
        return Jvm.cliExpecting(javaHome, expected, args);
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void startStatusRefreshStopStartThroughTheCommandLine(Path javaHome) throws Exception {
        try (Jvm host = Jvm.start(javaHome, List.of("-XX:+EnableDynamicAgentLoading"),
            Jvm.TEST_CLASSES.toString())) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            assertTrue(cli(javaHome, 0, "list").contains(pid));
            assertEquals(3, Jvm.cli(javaHome, "status", pid).waitFor(), "no agent yet");

            String started = cli(javaHome, 0, "start", pid, "backend=simulated,port=0,refresh.interval=0");
            assertTrue(started.matches("(?s).*Jolokia: +http://127\\.0\\.0\\.1:\\d+/jolokia/.*"), started);
            String url = started.replaceAll("(?s).*Jolokia: *(http://\\S+).*", "$1");
            assertTrue(cli(javaHome, 0, "status", pid).contains("backend: simulated"));
            assertEquals("active", cli(javaHome, 0, "state", pid).trim());
            assertTrue(cli(javaHome, 0, "refresh", pid).contains("active -> idle"));
            assertEquals("idle", cli(javaHome, 0, "state", url).trim());
            assertTrue(cli(javaHome, 0, "refresh", url).contains("idle -> idle"), "anyone may refresh");
            // The restart is a ForceStart, which Windows reserves for administrators: not for anonymous HTTP callers,
            // but for the same OS user through the local connector.
            assertTrue(cli(javaHome, 1, "refresh", url, "--restart").contains("needs the admin role"));
            assertTrue(cli(javaHome, 0, "refresh", pid, "--restart").contains("idle -> idle"));
            assertTrue(cli(javaHome, 0, "start", pid, "backend=simulated,port=0,refresh.interval=0").contains("already running"));
            String other = cli(javaHome, 1, "start", pid, "backend=simulated,port=0,refresh.interval=1m");
            assertTrue(other.contains("already running with other options") && other.contains("stop"), other);
            assertEquals("idle", cli(javaHome, 0, "state", url).trim(), "the running agent is left as it was");
            assertTrue(cli(javaHome, 0, "status", pid).contains("backend: simulated"), "its control MBean too");

            cli(javaHome, 0, "stop", pid);
            assertEquals(3, Jvm.cli(javaHome, "status", pid).waitFor(), "stopped");
            assertEquals(3, Jvm.cli(javaHome, "stop", pid).waitFor(), "nothing left to stop");
            assertEquals(3, Jvm.cli(javaHome, "state", url).waitFor(), "the port is closed");
            assertTrue(cli(javaHome, 0, "start", pid, "backend=simulated,port=0,refresh.interval=0").contains("started"));
            assertEquals("active", cli(javaHome, 0, "state", pid).trim(), "a fresh simulation");

            cli(javaHome, 2, "refresh");
            cli(javaHome, 2, "frobnicate");
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void aBadOptionThroughAttachIsReportedAndTheHostRunsOn(Path javaHome) throws Exception {
        try (Jvm host = Jvm.start(javaHome, List.of("-XX:+EnableDynamicAgentLoading"),
            Jvm.TEST_CLASSES.toString())) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            String out = cli(javaHome, 1, "start", pid, "backend=simulated,port=0,colour=blue");
            assertTrue(out.contains("unknown option 'colour'"), out);
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @org.junit.jupiter.api.Test
    void stopLoadsNothingIntoTheTarget() throws Exception {
        // JDK 21+ only: there a dynamic agent load is warned about, and refused with -XX:-EnableDynamicAgentLoading.
        Path jdk = Jvm.javaHomes().filter(h -> h.toString().contains("25")).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "needs Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64");
        try (Jvm host = Jvm.start(jdk, List.of("-XX:-EnableDynamicAgentLoading",
            "-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0"), Jvm.TEST_CLASSES.toString())) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            assertTrue(cli(jdk, 0, "stop", pid).contains("stopped"));
            assertEquals(3, Jvm.cli(jdk, "status", pid).waitFor(), "the agent is gone");
            assertEquals("", host.propertyNow("hostednet.jolokia.url"), "its URL withdrawn");
            Exception closed = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> Http.get(url + "version"));
            assertTrue(closed instanceof java.io.IOException, String.valueOf(closed));
            assertTrue(host.err.stream().noneMatch(l -> l.contains("loaded dynamically")), host.err.toString());
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }
}
