package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The command line's messages for the usual first mistakes say what happened and what to do next. */
class CliMessagesIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"));

    private static String cli(int expected, String... args) throws Exception {
        return Jvm.cliExpecting(JAVA, expected, args);
    }

    @Test
    void aPortWhereNothingListensIsNamedWithWhatToCheck() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String out = cli(3, "state", "http://127.0.0.1:" + port + "/jolokia/");
        assertTrue(out.contains("nothing answers at") && out.contains("'list'") && out.contains("'status PID'"), out);
        assertFalse(out.contains("java.net.ConnectException"), "no raw exception: " + out);
    }

    @Test
    void aUrlWithoutTheContextPointsAtIt() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String root = url.substring(0, url.indexOf("/jolokia/") + 1);
            String out = cli(3, "state", root);
            assertTrue(out.contains("HTTP 404") && out.contains("/jolokia/"), out);
            assertEquals(0, host.exit(Duration.ofSeconds(10)));
        }
    }
}
