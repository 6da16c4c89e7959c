package dev.hostednet.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A virtual X display (Xvfb) for tests that drive a real window: xdotool moves the pointer and types, ImageMagick's
 * {@code import} takes screenshots and {@code convert} reads pixels from them.
 */
final class Desktop implements AutoCloseable {

    private static final List<String> TOOLS = List.of("Xvfb", "xdotool", "import", "convert");

    private final Process xvfb;
    final String display;

    private Desktop(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /**
     * Starts a display of its own (Xvfb picks a free number). Without the tools the test fails when CI=true (CI must
     * run it: .ci/run installs them) and is skipped with the reason elsewhere.
     */
    static Desktop start() throws IOException {
        List<String> missing = TOOLS.stream().filter(t -> !onPath(t)).toList();
        String why = "the real-window test needs " + missing + " (Debian: apt-get install xvfb xdotool imagemagick)";
        if (!missing.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(why);
        }
        Assumptions.assumeTrue(missing.isEmpty(), why);
        Process x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1400x1000x24", "-nolisten", "tcp")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
        if (number == null) {
            x.destroyForcibly();
            throw new IOException("Xvfb did not start");
        }
        return new Desktop(x, ":" + number.trim());
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Path.of(dir, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** @return a process started on this display */
    Process launch(List<String> command, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        return pb.start();
    }

    /** Runs xdotool (or another X tool) on this display and returns what it printed. */
    String run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = Jvm.run(p, Duration.ofSeconds(120));
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out.trim();
    }

    /** @return the windows whose name matches, none yet or any more */
    List<String> windows(String name) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--name", name).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = Jvm.run(p, Duration.ofSeconds(60));
        return p.exitValue() == 0 ? out.lines().toList() : List.of(); // 1: nothing matches
    }

    /** @return the window's top-left corner on the screen, its width and its height */
    int[] geometry(String window) throws Exception {
        int[] g = new int[4];
        for (String line : run("xdotool", "getwindowgeometry", "--shell", window).split("\n")) {
            String[] kv = line.split("=");
            int i = List.of("X", "Y", "WIDTH", "HEIGHT").indexOf(kv[0]);
            if (i >= 0) {
                g[i] = Integer.parseInt(kv[1].trim());
            }
        }
        return g;
    }

    /** @return whether the area shows more than one flat colour (a window not painted yet is flat) */
    boolean painted(Path png, int[] area) throws Exception {
        String sd = run("convert", png.toString(), "-crop", area[2] + "x" + area[3] + "+" + area[0] + "+" + area[1],
            "-format", "%[fx:standard_deviation]", "info:");
        return Double.parseDouble(sd) > 0.05;
    }

    void screenshot(Path png) throws Exception {
        run("import", "-window", "root", png.toString());
    }

    /** @return the pixel's red, green and blue in the screenshot */
    int[] pixel(Path png, int x, int y) throws Exception {
        String rgb = run("convert", png.toString(), "-format", "%[fx:int(255*p{" + x + "," + y + "}.r)],"
            + "%[fx:int(255*p{" + x + "," + y + "}.g)],%[fx:int(255*p{" + x + "," + y + "}.b)]", "info:");
        String[] parts = rgb.split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /** Clicks at a point given relative to the window's top-left corner. */
    void click(String window, int x, int y) throws Exception {
        run("xdotool", "mousemove", "--window", window, String.valueOf(x), String.valueOf(y), "click", "1");
    }

    void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("xdotool", "key", "--delay", "200"));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    /** Types text; the pause after it ends a tree's type-ahead, so the next letters start a new search. */
    void type(String text) throws Exception {
        run("xdotool", "type", "--delay", "100", text);
        Thread.sleep(1_500);
    }


    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
    }
}
