package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.agent.cli.QrDecode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line rotates the user key and hands it over as a QR code that ZXing reads back from the PNG. */
class QrIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"));

    private static String cli(int expected, String... args) throws Exception {
        return Jvm.cliExpecting(JAVA, expected, args);
    }

    private static String uri(String out) {
        return out.replaceAll("(?s).*Join URI: (WIFI:\\S+;;).*", "$1");
    }

    @Test
    void rotateThenHandOverTheNewUserKeyAsAQrCodeThatDecodesToTheJoinUri(@TempDir Path dir) throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,reveal=on")) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String rotated = cli(0, "rotate", pid, "--qr");
            assertTrue(rotated.contains("a new user key") && rotated.contains("active -> active"), rotated);
            assertTrue(rotated.contains("SSID: HOSTEDNET-DEMO (user key)"), rotated);
            String first = uri(rotated);
            assertTrue(first.matches("WIFI:T:WPA;S:HOSTEDNET-DEMO;P:[A-Za-z0-9]{20};;"), first);

            Path png = dir.resolve("user.png");
            String shown = cli(0, "qr", pid, "user", "--png", png.toString());
            assertEquals(first, uri(shown), "the same key until the next rotation");
            assertEquals(first, QrDecode.png(png), "what a phone reads is the join URI");

            Path system = dir.resolve("system.png");
            String sys = cli(0, "qr", pid, "system", "--png", system.toString());
            assertEquals(uri(sys), QrDecode.png(system));
            assertTrue(!uri(sys).equals(first), "the system key is another key");

            String refused = cli(1, "qr", url, "user");
            assertTrue(refused.contains("joinInfo needs the admin role"), "anonymous HTTP is refused: " + refused);
            cli(2, "qr", pid, "primary"); // no such key: a usage error
        }
    }

    @Test
    void withoutRevealRotateQrIsRefusedBeforeAnyKeyChangesAndSaysWhichOptionsToRestartWith() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String pid = Long.toString(host.pid());
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            assertEquals("false", Http.value(url, "RevealOn"));

            String out = cli(1, "rotate", pid, "--qr");
            assertTrue(out.contains("-javaagent:hostednet-agent.jar=backend=simulated,port=0,reveal=on")
                && out.contains("start " + pid + " backend=simulated,port=0,reveal=on"), out);
            assertTrue(out.contains("Nothing was changed") && !out.contains("a new user key was set"), out);
            String overHttp = cli(1, "rotate", url, "--qr");
            assertTrue(overHttp.contains("reveal=on") && overHttp.contains("Nothing was changed"), overHttp);
            assertEquals("0", Http.value(url, "UserKeyRotationAttempts"), "no key was made: " + out);
            assertEquals("false", Http.value(url, "SecondaryKeySet"));

            // The counter is live: a rotation without the hand-over goes ahead and counts.
            cli(0, "rotate", pid);
            assertEquals("1", Http.value(url, "UserKeyRotationAttempts"));
        }
    }
}
