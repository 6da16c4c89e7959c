package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.hostednet.agent.cli.QrDecode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets on disk and on the wire: the QR image, the command line's credentials, a password bound to a network. */
class SecretsIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"));

    @Test
    void theQrImageIsOwnerOnlyFromItsCreationAlsoOverAFileAnyoneCouldRead(@TempDir Path dir) throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,reveal=on")) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            Jvm.cliExpecting(JAVA, 0, "rotate", pid);
            Path png = dir.resolve("join.png");
            Jvm.cliExpecting(JAVA, 0, "qr", pid, "user", "--png", png.toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
            assertTrue(QrDecode.png(png).startsWith("WIFI:T:WPA;"));
            Path old = Files.writeString(dir.resolve("old.png"), "an earlier, readable file");
            Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
            Jvm.cliExpecting(JAVA, 0, "qr", pid, "user", "--png", old.toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
            try (var left = Files.list(dir)) {
                assertEquals(List.of("join.png", "old.png"), left.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file left behind");
            }
        }
    }

    @Test
    void theCommandLineSendsCredentialsOnlyOverHttpsOrToLoopback() throws Exception {
        Map<String, String> env = Map.of("HOSTEDNET_USER", "ops", "HOSTEDNET_PASSWORD", "right-horse-battery");
        // 192.0.2.1 is TEST-NET-1: never routed. Before the check, the command line tried it with the password.
        Process p = Jvm.cli(JAVA, env, "state", "http://192.0.2.1:8778/jolokia/");
        String out = Jvm.run(p);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("refusing to send HOSTEDNET_USER's password to http://192.0.2.1:8778/jolokia/")
            && out.contains("plain http to 192.0.2.1"), out);
        try (Jvm host = Jvm.startWithEnv(JAVA, List.of("-javaagent:" + Jvm.AGENT
                + "=backend=simulated,port=0,user=ops,password.env=HOSTEDNET_TEST_PW"), Jvm.TEST_CLASSES.toString(),
            Map.of("HOSTEDNET_TEST_PW", "right-horse-battery"))) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            Process local = Jvm.cli(JAVA, env, "state", url);
            String state = Jvm.run(local);
            assertEquals(0, local.exitValue(), state);
            assertEquals("active", state.strip());
        }
    }

    @Test
    void aPasswordOnANetworkBindWithoutHttpsIsRefusedUnlessInsecureAndThenWarnedAbout() throws Exception {
        Map<String, String> pw = Map.of("HOSTEDNET_TEST_PW", "right-horse-battery");
        try (Jvm refused = Jvm.startWithEnv(JAVA, List.of("-javaagent:" + Jvm.AGENT
                + "=backend=simulated,host=0.0.0.0,port=0,user=ops,password.env=HOSTEDNET_TEST_PW"),
            Jvm.TEST_CLASSES.toString(), pw)) {
            refused.awaitErr("refusing to open Jolokia on host=0.0.0.0 with a password but without https=on",
                Duration.ofSeconds(20));
            assertEquals("", refused.propertyNow("hostednet.jolokia.url"), "nothing listens");
        }
        try (Jvm risky = Jvm.startWithEnv(JAVA, List.of("-javaagent:" + Jvm.AGENT
                + "=backend=simulated,host=0.0.0.0,port=0,user=ops,password.env=HOSTEDNET_TEST_PW,insecure=on"),
            Jvm.TEST_CLASSES.toString(), pw)) {
            risky.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            risky.awaitErr("WARNING: INSECURE: Jolokia on host=0.0.0.0 with a password but without https=on: the"
                + " password crosses the network in clear text", Duration.ofSeconds(5));
        }
    }
}
