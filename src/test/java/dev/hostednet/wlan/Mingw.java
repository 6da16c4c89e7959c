package dev.hostednet.wlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The mingw-w64 x86-64 cross compiler, as the ground-truth tests use it: syntax only, warnings are errors. */
public final class Mingw {

    /** The compiler's name. */
    public static final String GCC = "x86_64-w64-mingw32-gcc";

    private Mingw() {
    }

    /** @return whether the compiler is on the PATH */
    public static boolean available() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, GCC))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compiles {@code code} with {@code -fsyntax-only}, with src/test/c on the include path.
     *
     * @return the compiler's output, empty when it accepted the file
     */
    public static String compile(Path dir, String name, String code) throws Exception {
        Path source = dir.resolve(name);
        Files.writeString(source, code, StandardCharsets.UTF_8);
        Path include = Path.of(System.getProperty("user.dir"), "src", "test", "c");
        Process p = new ProcessBuilder(GCC, "-std=c11", "-fsyntax-only", "-Werror", "-I" + include,
            source.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "compiler timed out");
        assertEquals(out.isEmpty(), p.exitValue() == 0, out);
        return out;
    }
}
