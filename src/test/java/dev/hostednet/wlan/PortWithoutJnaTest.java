package dev.hostednet.wlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The port and the simulation never touch com.sun.jna: proven in a JVM whose class path has no JNA at all. */
class PortWithoutJnaTest {

    @Test
    void theSimulationAndTheAutoBackendRunWithoutJna() throws Exception {
        Path classes = Path.of(NoJnaProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path main = Path.of(Backends.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-cp", main + File.pathSeparator + classes,
            NoJnaProbe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("PROBE-OK"), out);
        assertTrue(out.contains("backend=simulated"), "the unavailable backend names the way out");
        List<String> jna = out.lines().filter(l -> l.contains("com.sun.jna")).toList();
        assertFalse(!jna.isEmpty(), "JNA was loaded: " + jna);
    }
}
