package dev.hostednet.wlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every backend that uses JNA tells a failure of JNA's own native library (ERROR_DLL_INIT_FAILED, advice about the
 * host's jna.* properties) apart from a missing Windows library (ERROR_MOD_NOT_FOUND, advice about wlanapi.dll),
 * and the simulation is not affected. Each backend runs in a JVM of its own whose {@code jna.boot.library.path}
 * holds a libjnidispatch that loads but is not JNA's (it exports none of JNA's native methods), as a host's
 * setting pointing at another JNA would.
 */
class BrokenJnaTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void buildAForeignDispatchLibrary() throws Exception {
        Path source = dir.resolve("foreign.c");
        Files.writeString(source, "int not_jna(void) { return 0; }\n");
        Process p = new ProcessBuilder("gcc", "-shared", "-fPIC", "-o", dir.resolve("libjnidispatch.so").toString(),
            source.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gcc timed out");
        assertEquals(0, p.exitValue(), "gcc (installed by .ci/run, as the stand-ins need it): " + out);
    }

    @Test
    void theHostedNetworkBackendNamesJnaNotWlanapi() throws Exception {
        assertJnaBlamed(probe("hostednetwork"));
    }

    @Test
    void theMobileHotspotBackendNamesJnaNotCombase() throws Exception {
        assertJnaBlamed(probe("mobilehotspot"));
    }

    @Test
    void autoAsItChoosesOnWindowsNamesJnaAfterTryingBoth() throws Exception {
        assertJnaBlamed(probe("auto-on-windows"));
    }

    @Test
    void theSimulationDoesNotNeedJnaAtAll() throws Exception {
        String out = probe("simulated");
        assertTrue(out.contains("CODE=0"), out);
        assertFalse(out.contains("JNA"), out);
    }

    private static void assertJnaBlamed(String out) {
        assertTrue(out.contains("CODE=" + Win32Code.DLL_INIT_FAILED.code()), out);
        assertTrue(out.contains("JNA) could not load its own library") && out.contains("jna.boot.library.path"),
            out);
        assertFalse(out.contains("Wireless LAN Service") || out.contains("could not load combase"), out);
    }

    private static String probe(String backend) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djna.boot.library.path=" + dir, "-Djna.library.path=" + dir,
            "-cp", System.getProperty("java.class.path"), BrokenJnaProbe.class.getName(), backend)
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe timed out: " + out);
        assertEquals(0, p.exitValue(), out);
        return out.replace(File.separator + File.separator, File.separator);
    }
}
