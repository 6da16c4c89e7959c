package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JConsole's own connection code ({@code sun.tools.jconsole.ProxyClient}, what {@code jconsole HOST:PORT} and its
 * Remote Process field run) against a host JVM with the built agent: it must end CONNECTED, without a password, with
 * one, and with the whole platform opened; run in a JVM of its own ({@link JConsoleProbe}).
 */
class JConsoleIT {

    private static final String OPEN = "jdk.jconsole/sun.tools.jconsole=ALL-UNNAMED";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "password", "platform"})
    void jconsolesProxyClientConnects(String variant) throws Exception {
        Path pw = dir.resolve("jmx.password");
        Files.writeString(pw, "operator operator-pw\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        String options = "backend=simulated,port=0,jmx=on,jmx.port=0,refresh.interval=0" + switch (variant) {
            case "password" -> ",jmx.password.file=" + pw;
            case "platform" -> ",jmx.password.file=" + pw + ",jmx.platform=on";
            default -> "";
        };
        String user = variant.equals("anonymous") ? null : "operator";
        String password = user == null ? null : "operator-pw";
        try (Jvm host = Jvm.withAgent(options)) {
            URI where = jmxAddress(host.property("hostednet.jmx.url", Duration.ofSeconds(20)));
            for (Path javaHome : Jvm.javaHomes().toList()) { // JConsole of each JDK the tests run on
                List<String> cmd = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(),
                    "--add-modules", "jdk.jconsole", "--add-exports", OPEN, "--add-opens", OPEN, "-cp",
                    Jvm.TEST_CLASSES.toString(), JConsoleProbe.class.getName(), where.getHost(),
                    String.valueOf(where.getPort())));
                if (user != null) {
                    cmd.addAll(List.of(user, password));
                }
                String out = Jvm.run(new ProcessBuilder(cmd).redirectErrorStream(true).start());
                assertTrue(out.contains("STATE CONNECTED"), "JConsole of " + javaHome + " says Connection Failed ("
                    + out.strip() + "); what it stumbled on: " + whyNot(host, user, password));
            }
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    /** @return the registry's host and port out of service:jmx:rmi:///jndi/rmi://HOST:PORT/jmxrmi */
    private static URI jmxAddress(String jmxUrl) {
        return URI.create(jmxUrl.substring(jmxUrl.indexOf("/jndi/") + "/jndi/".length()));
    }

    /** JConsole swallows the reason; the same first questions asked directly show it. */
    private static String whyNot(Jvm host, String user, String password) {
        try {
            Map<String, Object> env = user == null ? Map.of() : Map.of(JMXConnector.CREDENTIALS,
                new String[] {user, password});
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(
                host.propertyNow("hostednet.jmx.url")), env)) {
                c.getMBeanServerConnection().isRegistered(new ObjectName("java.lang:type=Threading"));
                return "nothing seen directly";
            }
        } catch (Exception e) {
            return e + " caused by " + e.getCause();
        }
    }
}
