package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Busy port, bad option, missing native library, a quick main: the agent says why; the host always wins. */
class HostWinsIT {


    private static void awaitErr(Jvm host, String text) throws InterruptedException {
        host.awaitErr(text, Duration.ofSeconds(20));
    }

    @Test
    void aBusyPortIsReportedAndTheHostRunsOn() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Jvm host = Jvm.withAgent("backend=simulated,port=" + taken.getLocalPort())) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            awaitErr(host, "is in use");
            assertEquals("", host.propertyNow("hostednet.jolokia.url"),
                "no URL published for an agent that did not start");
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aBadOptionIsReportedAndTheHostExitsNormally() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,bogus=1")) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            awaitErr(host, "unknown option 'bogus'");
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
        try (Jvm host = Jvm.withAgent("backend=simulated,port=http")) {
            awaitErr(host, "port=http is not valid");
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,timeout=10")) {
            awaitErr(host, "timeout=10 has no unit: write 10ms, 10s or 10m");
            assertEquals("", host.propertyNow("hostednet.jolokia.url"), "not started on a guess");
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aMissingWlanapiIsReportedThroughTheDoorsAndNothingBreaks() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=windows,port=0")) {
            host.await("HOST-READY", Duration.ofSeconds(20));
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            HttpResponse<String> r = Http.post(url, Http.exec("refreshSecuritySettings"));
            assertTrue(r.body().contains("wlanapi.dll) could not be loaded") && r.body().contains("did not call Windows")
                && r.body().contains("backend=simulated"), r.body());
            assertTrue(Http.get(url + "read/" + Http.MBEAN + "/State").body().contains("unavailable"));
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aJvmWhoseMainReturnsAtOnceExitsWithBothDoorsOpen() throws Exception {
        // "doors": main returns only once both URLs are published, so both doors are open when it does.
        try (Jvm host = Jvm.start(java.nio.file.Path.of(System.getProperty("java.home")), java.util.List.of(
            "-javaagent:" + Jvm.AGENT + "=backend=simulated,port=0,jmx=on,jmx.port=0"), Jvm.TEST_CLASSES.toString(),
            "doors", "hostednet.jolokia.url", "hostednet.jmx.url")) {
            host.await("HOST-RETURNS", Duration.ofSeconds(20));
            assertTrue(host.process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS), "exited; err=" + host.err);
            assertEquals(0, host.process.exitValue());
        }
    }

    @Test
    void theHostsJnaSettingsPointingAtAnotherJnaAreNamedNotBlamedOnWindows(@TempDir Path dir) throws Exception {
        // The host's own JNA 5.8.0 native library, where a host's -Djna.boot.library.path would point.
        Path hostJna = Path.of(System.getProperty("host.libs", "target/host-libs"), "jna-5.8.0.jar");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(hostJna.toFile())) {
            try (java.io.InputStream in = z.getInputStream(z.getEntry("com/sun/jna/linux-x86-64/libjnidispatch.so"))) {
                java.nio.file.Files.copy(in, dir.resolve("libjnidispatch.so"));
            }
        }
        try (Jvm host = Jvm.start(Path.of(System.getProperty("java.home")), List.of("-Djna.boot.library.path=" + dir,
            "-javaagent:" + Jvm.AGENT + "=backend=windows,port=0"), Jvm.TEST_CLASSES.toString())) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            // The backend, and so JNA, is opened for the first client (nothing is made until asked).
            String body = Http.post(url, Http.exec("refreshSecuritySettings")).body();
            awaitErr(host, "JNA's native library could not be loaded");
            assertTrue(body.contains("JNA) could not load its own library") && body.contains("jna.boot.library.path")
                && !body.contains("Wireless LAN Service"), body);
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
            assertFalse(String.join("\n", host.err).contains("Exception in thread"), "nothing escaped: " + host.err);
        }
    }

    @Test
    void onJdk24AndNewerTheReadmesFlagAllowsJnaWithoutAWarning() throws Exception {
        Path jdk = Jvm.javaHomes().filter(h -> h.toString().contains("25")).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "needs Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64");
        for (boolean allowed : new boolean[] {false, true}) {
            List<String> args = new java.util.ArrayList<>();
            if (allowed) {
                args.add("--enable-native-access=ALL-UNNAMED"); // what README "Options" tells JDK 24+ users
            }
            args.add("-javaagent:" + Jvm.AGENT + "=backend=windows,port=0"); // JNA loads its library at first use
            try (Jvm host = Jvm.start(jdk, args, Jvm.TEST_CLASSES.toString())) {
                String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
                Http.post(url, Http.exec("refreshSecuritySettings")); // makes the backend load JNA
                Thread.sleep(300);
                boolean warned = host.err.stream().anyMatch(l -> l.contains("A restricted method"));
                assertEquals(!allowed, warned, "allowed=" + allowed + ": " + host.err);
                assertEquals(0, host.exit(Duration.ofSeconds(15)));
            }
        }
    }
}
