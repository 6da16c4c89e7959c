package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * The JDK's {@code jconsole HOST:PORT} in a real window (Xvfb) against a host with the built agent: it connects
 * (past its "Retry insecurely?" prompt), shows the MBeans tab, and its Operations form invokes
 * refreshSecuritySettings, which the agent counts and records as a JMX caller's. Screenshots of each step are kept
 * in target/jconsole-gui.
 *
 * <p>Driven by keyboard where Swing allows (the tree's type-ahead, Tab, Space); the one click by position is the
 * prompt's button, because keys reach a Java window without a window manager only after a click gave it focus.
 * Each step waits for what the screen shows (pixels of known places), counted in polls, never in elapsed time.
 */
class JConsoleGuiIT {

    private static final Path SHOTS = Path.of("target", "jconsole-gui");
    private static final String TITLE = "Java Monitoring & Management Console";
    private static final int POLLS = 600;
    /** Places in JConsole's 900x750 window, relative to its corner (Metal look, as the JDK ships it). */
    private static final int[] INSECURE_BUTTON = {362, 202};
    /** The Connect button of "Connection Failed: Retry?", which JConsole shows when its connection code gave up. */
    private static final int[] RETRY_BUTTON = {390, 154};
    private static final int[] TREE_EMPTY_AREA = {60, 375};
    private static final int[] FIRST_OPERATION_BUTTON = {323, 109};

    @Test
    void jconsoleConnectsAndInvokesRefreshFromItsOperationsTab() throws Exception {
        Files.createDirectories(SHOTS);
        try (Desktop desktop = Desktop.start();
             Jvm host = Jvm.withAgent("backend=simulated,port=0,jmx=on,jmx.port=0,refresh.interval=0")) {
            String url = host.property("hostednet.jmx.url", Duration.ofSeconds(20));
            String address = url.substring(url.lastIndexOf("rmi://") + "rmi://".length(), url.lastIndexOf('/'));
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(url))) {
                MBeanServerConnection conn = jmx.getMBeanServerConnection();
                ObjectName mbean = new ObjectName("dev.hostednet:type=HostedNetworkSecurity");
                long before = (Long) conn.getAttribute(mbean, "RefreshCount");
                Path jconsole = Path.of(System.getProperty("java.home"), "bin", "jconsole");
                Process gui = desktop.launch(List.of(jconsole.toString(), address), SHOTS.resolve("jconsole.log"));
                try {
                    drive(desktop, gui);
                    long after = poll(() -> (Long) conn.getAttribute(mbean, "RefreshCount"), c -> c > before);
                    String answer = poll(() -> desktop.windows("Operation return value"), w -> !w.isEmpty()).get(0);
                    Path result = SHOTS.resolve("4-result.png");
                    int[] area = desktop.geometry(answer);
                    poll(() -> {
                        desktop.screenshot(result);
                        return desktop.painted(result, area);
                    }, painted -> painted);
                    assertEquals(before + 1, after, "one refresh, from JConsole's button");
                    CompositeData last = (CompositeData) conn.getAttribute(mbean, "LastRefresh");
                    assertEquals("refreshSecuritySettings", last.get("operation"));
                    assertEquals("jmx", last.get("door"), "invoked through the agent's JMX connector");
                } finally {
                    gui.destroyForcibly();
                }
            }
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    /** Connects, opens dev.hostednet / HostedNetworkSecurity / Operations and presses its first button. */
    private static void drive(Desktop d, Process gui) throws Exception {
        String window = poll(() -> {
            if (!gui.isAlive()) {
                throw new AssertionError("jconsole ended: " + Files.readString(SHOTS.resolve("jconsole.log")));
            }
            return d.windows(TITLE);
        }, w -> !w.isEmpty()).get(0);
        int[] corner = d.geometry(window);
        // The prompt appears when JConsole is about to try without TLS. Without a window manager the first click on
        // a Java window may only give it focus, so the button is clicked again for as long as the prompt stays.
        Path shot = SHOTS.resolve("1-connecting.png");
        Path connected = SHOTS.resolve("2-mbeans-tab.png");
        poll(() -> {
            d.screenshot(shot);
            if (isWhite(d.pixel(shot, corner[0] + TREE_EMPTY_AREA[0], corner[1] + TREE_EMPTY_AREA[1]))) {
                Files.copy(shot, connected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
            if (isButton(d.pixel(shot, corner[0] + INSECURE_BUTTON[0], corner[1] + INSECURE_BUTTON[1]))) {
                Files.copy(shot, SHOTS.resolve("1-prompt.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                d.click(window, INSECURE_BUTTON[0], INSECURE_BUTTON[1]);
                Thread.sleep(1_000); // the prompt closes before the next look
            } else if (isButton(d.pixel(shot, corner[0] + RETRY_BUTTON[0], corner[1] + RETRY_BUTTON[1]))) {
                throw new AssertionError("JConsole says \"Connection Failed: Retry?\" (" + shot + ")");
            }
            return false;
        }, ok -> ok);
        d.click(window, TREE_EMPTY_AREA[0], TREE_EMPTY_AREA[1]); // gives the tree the keyboard
        d.type("d");                 // dev.hostednet
        d.keys("Right");
        d.type("H");                 // HostedNetworkSecurity
        d.keys("Right");
        d.type("O");                 // its Operations
        Path operations = SHOTS.resolve("3-operations.png");
        poll(() -> {
            d.screenshot(operations);
            return isButton(d.pixel(operations, corner[0] + FIRST_OPERATION_BUTTON[0],
                corner[1] + FIRST_OPERATION_BUTTON[1]));
        }, ok -> ok);
        d.keys("Tab", "space");      // refreshSecuritySettings, the first operation
    }

    private static boolean isWhite(int[] rgb) {
        return rgb[0] == 255 && rgb[1] == 255 && rgb[2] == 255;
    }

    /** Metal's buttons are light blue; the panels around them grey. */
    private static boolean isButton(int[] rgb) {
        return rgb[2] > rgb[0] + 8 && rgb[0] > 150;
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    /** Asks until the answer is accepted, at most {@link #POLLS} times (a count, not a clock). */
    private static <T> T poll(Probe<T> probe, java.util.function.Predicate<T> accepted) throws Exception {
        T last = null;
        for (int i = 0; i < POLLS; i++) {
            last = probe.get();
            if (accepted.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the screen never showed what the next step needs (last: " + last + "); see "
            + SHOTS.toAbsolutePath());
    }
}
