package dev.hostednet.agent.jolokia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.Role;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agent binds Jolokia's paths itself and hands each request to the handler Jolokia registered for it, so the
 * two must agree: a Jolokia that registers other paths (an upgrade) fails here, and a path without a handler gets
 * a 503 that says so, never a NullPointerException.
 */
class JolokiaPathsTest {

    private static final String CONTEXT = "/jolokia";

    @Test
    void jolokiaRegistersExactlyThePathsTheAgentBinds() {
        JolokiaDoor door = door(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        try {
            assertEquals(Set.copyOf(JolokiaEndpoint.jolokiaPaths(CONTEXT)), door.registeredPaths(),
                "the paths Jolokia registered on its server differ from those JolokiaEndpoint binds; bind the new"
                    + " ones in JolokiaEndpoint.jolokiaPaths (behind the same wall) or leave them out");
        } finally {
            door.stop();
        }
    }

    @Test
    void aPathJolokiaHasNoHandlerForIsAnswered503InWords() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        JolokiaDoor door = door(server.getAddress());
        server.createContext(CONTEXT + "/elsewhere", door);
        server.start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + server.getAddress().getPort() + CONTEXT + "/elsewhere/version")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("Jolokia has no handler for " + CONTEXT + "/elsewhere"), r.body());
        } finally {
            server.stop(0);
            door.stop();
        }
    }

    private static JolokiaDoor door(InetSocketAddress address) {
        return new JolokiaDoor(JolokiaEndpoint.config(CONTEXT), address, new CallerContext(), Role.OPERATE,
            ManagementFactory::getPlatformMBeanServer, new UntrustedConsole());
    }
}
