package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * What the agent costs the host at exit: once {@code main} returns, nothing of the agent keeps the JVM running, with
 * the Jolokia door and the JMX door open; and a host that keeps itself alive with an RMI object of its own keeps its
 * agent too. How long the exit takes is printed, never asserted: on a loaded machine any bound fails.
 */
class ExitIT {

    private static final String JOLOKIA_URL = "hostednet.jolokia.url";
    private static final String JMX_URL = "hostednet.jmx.url";
    private static final int RUNS = 3;

    @Test
    void theHostEndsWhenMainReturnsWithEitherDoorOpen() throws Exception {
        for (Path home : Jvm.javaHomes().toList()) {
            long bare = median(home, List.of());
            long jolokia = median(home, List.of("-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0"),
                JOLOKIA_URL);
            long both = median(home, List.of("-javaagent:" + Jvm.AGENT
                + "=backend=simulated,port=0,jmx=on,jmx.port=0"), JOLOKIA_URL, JMX_URL);
            System.out.printf("exit after main returns on %s: no agent %d ms, Jolokia %d ms, Jolokia and JMX %d ms%n",
                home, bare, jolokia, both);
        }
    }

    @Test
    void aHostKeptAliveByItsOwnRmiObjectKeepsItsAgent() throws Exception {
        try (Jvm host = Jvm.start(Path.of(System.getProperty("java.home")), List.of("-javaagent:" + Jvm.AGENT
            + "=backend=simulated,port=0,jmx=on,jmx.port=0"), Jvm.TEST_CLASSES.toString(), "rmi", JOLOKIA_URL,
            JMX_URL)) {
            String url = host.await("HOST-PROP " + JOLOKIA_URL + "=", Duration.ofSeconds(20)).split("=", 2)[1];
            String jmxUrl = host.await("HOST-PROP " + JMX_URL + "=", Duration.ofSeconds(5)).split("=", 2)[1];
            host.await("HOST-RETURNS", Duration.ofSeconds(5));
            Thread.sleep(1500); // the old exit watcher closed the agent within about a second
            assertTrue(host.process.isAlive(), "the host's own RMI object keeps it running");
            assertTrue(Http.get(url + "read/" + Http.MBEAN + "/State").body().contains("\"status\":200"),
                "Jolokia still answers");
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl))) {
                assertEquals("simulated", c.getMBeanServerConnection().getAttribute(new ObjectName(Http.MBEAN),
                    "Backend"), "the JMX door still answers");
            }
        }
    }

    /** @return the median time from main's return to the end of the process, in ms (a figure, not a check) */
    private static long median(Path home, List<String> jvmArgs, String... awaited) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            List<String> app = new ArrayList<>(List.of("doors"));
            app.addAll(List.of(awaited));
            try (Jvm host = Jvm.start(home, jvmArgs, Jvm.TEST_CLASSES.toString(), app.toArray(String[]::new))) {
                CompletableFuture<Long> ended = host.process.onExit().thenApply(p -> System.currentTimeMillis());
                assertEquals("HOST-NONDAEMON []", host.await("HOST-NONDAEMON ", Duration.ofSeconds(30)),
                    home + " " + jvmArgs + ": only daemon threads are left when main returns");
                long returned = Long.parseLong(host.await("HOST-RETURNS ", Duration.ofSeconds(30)).substring(13));
                assertTrue(host.process.waitFor(15, TimeUnit.SECONDS), "the host ended; err=" + host.err);
                assertEquals(0, host.process.exitValue(), "err=" + host.err);
                ms.add(ended.get() - returned);
            }
        }
        ms.sort(null);
        return ms.get(ms.size() / 2);
    }
}
