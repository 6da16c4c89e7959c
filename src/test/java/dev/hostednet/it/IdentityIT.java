package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * Admin by proof only. Jolokia's own JVM agent beside this one serves every MBean to anonymous HTTP, and the JDK's
 * local connector serves it to whoever has its address: neither is a door of this agent, so neither lends the admin
 * role; the command line of the same OS user gets it through the agent's local door, and another OS user gets in
 * through neither.
 */
class IdentityIT {

    private static final String CONTROL = "dev.hostednet:type=Agent";

    private static Jvm hostWithJolokiasOwnAgent() throws Exception {
        Path jolokia = Path.of(System.getProperty("host.libs", "target/host-libs"),
            "jolokia-agent-jvm-2.6.0-javaagent.jar");
        return Jvm.start(Path.of(System.getProperty("java.home")), List.of("-javaagent:" + jolokia + "=port=0",
            "-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0,reveal=on,refresh.interval=0s"),
            Jvm.TEST_CLASSES.toString());
    }

    private static String exec(String mbean, String operation, String argument) {
        return "{\"type\":\"exec\",\"mbean\":\"" + mbean + "\",\"operation\":\"" + operation + "\""
            + (argument == null ? "" : ",\"arguments\":[\"" + argument + "\"]") + "}";
    }

    @Test
    void anAnonymousCallerOfJolokiasOwnAgentGetsNoKeyStopsNothingAndIsNotInProcess() throws Exception {
        try (Jvm host = hostWithJolokiasOwnAgent()) {
            String ours = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String own = host.property("jolokia.agent", Duration.ofSeconds(20));
            own = own.endsWith("/") ? own : own + "/";
            assertTrue(Http.get(ours + "version").body().contains("\"status\":200"));
            String pid = Long.toString(host.pid());

            String key = Http.post(own, exec(Http.MBEAN, "joinInfo", "system")).body();
            assertFalse(key.contains("\"key\""), "no key for an anonymous caller of another door: " + key);
            assertTrue(key.contains("needs the admin role"), key);
            String rotate = Http.post(own, exec(Http.MBEAN, "rotateUserKey", null)).body();
            assertTrue(rotate.contains("needs the admin role"), rotate);
            String stopNetwork = Http.post(own, exec(Http.MBEAN, "stop", null)).body();
            assertTrue(stopNetwork.contains("needs the admin role"), stopNetwork);
            assertEquals("active", Http.value(ours, "State"), "the network still runs");
            String stopAgent = Http.post(own, exec(CONTROL, "stop", null)).body();
            assertTrue(stopAgent.contains("needs the admin role"), stopAgent);
            assertTrue(Http.get(ours + "version").body().contains("\"status\":200"), "the agent still runs");
            // What any user may do (what Windows allows any user) still works through it: refresh.
            assertTrue(Http.post(own, exec(Http.MBEAN, "refreshSecuritySettings", null)).body()
                .contains("\"succeeded\":true"));
            String history = Http.get(ours + "read/" + Http.MBEAN + "/History").body();
            assertTrue(history.contains("\"door\":\"foreign\"") && !history.contains("in-process"), history);

            host.awaitErr("operation=joinInfo caller=anonymous door=foreign outcome=refused role=operate needed=admin",
                Duration.ofSeconds(10));
            host.awaitErr("operation=agent.stop caller=anonymous door=foreign outcome=refused", Duration.ofSeconds(5));
            assertTrue(host.err.stream().noneMatch(l -> l.contains("in-process")), String.join("\n", host.err));

            // The same OS user's command line: admin through the agent's local door.
            String rotated = Jvm.cliExpecting(Path.of(System.getProperty("java.home")), 0, "rotate", pid, "--qr");
            assertTrue(rotated.contains("a new user key") && rotated.contains("WIFI:T:WPA;"), rotated);
            host.awaitErr("operation=joinInfo caller=root door=local key=user outcome=handed-over",
                Duration.ofSeconds(10));
            Jvm.cliExpecting(Path.of(System.getProperty("java.home")), 0, "stop", pid);
            host.awaitErr("operation=agent.stop caller=root door=local outcome=success", Duration.ofSeconds(10));
        }
    }

    @Test
    void theJdksLocalConnectorAloneIsNotAnAdministrator() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,reveal=on")) {
            host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            try (JMXConnector jmx = jdkLocalConnector(host.pid())) {
                MBeanServerConnection c = jmx.getMBeanServerConnection();
                ObjectName mbean = new ObjectName(Http.MBEAN);
                awaitRegistered(c, mbean);
                RuntimeMBeanException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeMBeanException.class,
                    () -> c.invoke(mbean, "joinInfo", new Object[] {"user"}, new String[] {"java.lang.String"}));
                assertTrue(e.getCause() instanceof SecurityException, String.valueOf(e.getCause()));
                assertEquals("active", c.getAttribute(mbean, "State"));
                // The local door admits its token only: a guessed one, or none, is refused and audited.
                String file = (String) c.invoke(new ObjectName(CONTROL), "openLocalDoor", new Object[0],
                    new String[0]);
                List<String> door = Files.readAllLines(Path.of(file));
                JMXServiceURL url = new JMXServiceURL(door.get(0));
                org.junit.jupiter.api.Assertions.assertThrows(SecurityException.class, () -> JMXConnectorFactory
                    .connect(url, java.util.Map.of(JMXConnector.CREDENTIALS, new String[] {"local", "guess"})));
                org.junit.jupiter.api.Assertions.assertThrows(SecurityException.class,
                    () -> JMXConnectorFactory.connect(url));
                try (JMXConnector admin = JMXConnectorFactory.connect(url, java.util.Map.of(JMXConnector.CREDENTIALS,
                    new String[] {"local", door.get(1)}))) {
                    admin.getMBeanServerConnection().invoke(mbean, "rotateUserKey", new Object[0], new String[0]);
                }
            }
            host.awaitErr("login=failed door=local user=local source=127.0.0.1", Duration.ofSeconds(10));
            host.awaitErr("operation=rotateUserKey caller=root door=local outcome=success", Duration.ofSeconds(10));
            host.awaitErr("operation=joinInfo caller=anonymous door=foreign outcome=refused",
                Duration.ofSeconds(10));
        }
    }

    @Test
    void theJdksRemoteAgentWithoutAuthenticationLendsNoAdminRole() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // the JDK's agent has no "any free port": a rare clash fails the start loudly
        }
        try (Jvm host = Jvm.start(Path.of(System.getProperty("java.home")), List.of(
                "-Dcom.sun.management.jmxremote.port=" + port, "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false", "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0,reveal=on"), Jvm.TEST_CLASSES.toString())) {
            String ours = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(
                "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi"))) {
                MBeanServerConnection c = jmx.getMBeanServerConnection();
                ObjectName mbean = new ObjectName(Http.MBEAN);
                awaitRegistered(c, mbean);
                for (String op : List.of("rotateUserKey", "stop")) {
                    RuntimeMBeanException e = org.junit.jupiter.api.Assertions.assertThrows(
                        RuntimeMBeanException.class, () -> c.invoke(mbean, op, new Object[0], new String[0]));
                    assertTrue(e.getCause() instanceof SecurityException, op + ": " + e.getCause());
                }
                RuntimeMBeanException key = org.junit.jupiter.api.Assertions.assertThrows(RuntimeMBeanException.class,
                    () -> c.invoke(mbean, "joinInfo", new Object[] {"system"}, new String[] {"java.lang.String"}));
                assertTrue(key.getCause() instanceof SecurityException, String.valueOf(key.getCause()));
                org.junit.jupiter.api.Assertions.assertThrows(RuntimeMBeanException.class,
                    () -> c.invoke(new ObjectName(CONTROL), "stop", new Object[0], new String[0]));
            }
            assertEquals("active", Http.value(ours, "State"));
            host.awaitErr("operation=joinInfo caller=anonymous door=foreign outcome=refused", Duration.ofSeconds(10));
            assertTrue(host.err.stream().noneMatch(l -> l.contains("in-process")), String.join("\n", host.err));
        }
    }

    @Test
    void theHostsOwnCodeIsAnAdministratorThroughTheHostApiOnly() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            host.send("platform");
            host.await("PLATFORM registered", Duration.ofSeconds(20));
            host.send("invoke stop");
            assertEquals("INVOKED refused SecurityException", host.await("INVOKED", Duration.ofSeconds(20)),
                "a plain platform call is foreign: Jolokia's own agent makes the same");
            host.send("ashost stop");
            assertEquals("INVOKED ok host", host.await("INVOKED", Duration.ofSeconds(20)));
            host.awaitErr("operation=stop caller=root door=host outcome=success", Duration.ofSeconds(10));
        }
    }

    @Test
    void anotherOsUserReachesNeitherTheJdksLocalConnectorNorTheAgentsLocalDoor() throws Exception {
        Process probe = new ProcessBuilder("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "true")
            .redirectErrorStream(true).start();
        String why = Jvm.run(probe);
        assumeTrue(probe.exitValue() == 0, "setpriv cannot switch to nobody here (not root?): " + why);
        Path shared = Files.createTempDirectory("hostednet-other-user");
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,reveal=on")) {
            host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path jar = Files.copy(Jvm.AGENT, shared.resolve("hostednet-agent.jar"));
            Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");

            // The JDK publishes its local connector's address (object id included) in the perf-data file only.
            Path perf = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"),
                pid);
            assertTrue(Files.isReadable(perf), "the owner reads " + perf);
            assertNotEquals(0, asNobody("cat", perf.toString()).exit, "another user cannot read " + perf);
            // The agent's local door: its token file.
            String door;
            try (JMXConnector jmx = jdkLocalConnector(host.pid())) {
                MBeanServerConnection c = jmx.getMBeanServerConnection();
                awaitRegistered(c, new ObjectName(CONTROL));
                door = (String) c.invoke(new ObjectName(CONTROL), "openLocalDoor", new Object[0], new String[0]);
            }
            assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(Path.of(door))));
            Result cat = asNobody("cat", door);
            assertNotEquals(0, cat.exit, "another user cannot read the door's token: " + cat.out);
            // And the command line as that user: refused by the attach mechanism, nothing rotated.
            Result rotate = asNobody(javaBin.toString(), "-jar", jar.toString(), "rotate", pid);
            assertNotEquals(0, rotate.exit, rotate.out);
            assertTrue(rotate.out.contains("belongs to user") || rotate.out.contains("not a Java VM this user can"),
                rotate.out);
            assertEquals("0", Http.value(host.property("hostednet.jolokia.url", Duration.ofSeconds(5)),
                "UserKeyRotationAttempts"));
        } finally {
            try (var files = Files.walk(shared)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Result(int exit, String out) {
    }

    private static Result asNobody(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = Jvm.run(p);
        return new Result(p.exitValue(), out);
    }

    static JMXConnector jdkLocalConnector(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            return JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
        } finally {
            vm.detach();
        }
    }

    private static void awaitRegistered(MBeanServerConnection c, ObjectName name) throws Exception {
        for (int i = 0; i < 200 && !c.isRegistered(name); i++) {
            Thread.sleep(50); // the agent registers when it sees the platform MBeanServer made
        }
        assertTrue(c.isRegistered(name), name + " registered");
    }
}
