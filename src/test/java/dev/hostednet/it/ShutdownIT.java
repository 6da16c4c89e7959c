package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * The host comes first: with every Windows call hanging (the stand-in told so through its environment), with a
 * JMX client connected and a refresh in flight, the host's main returns and the JVM exits within seconds.
 */
class ShutdownIT {

    @Test
    void theHostExitsPromptlyWhileANativeCallHangsClientsAreConnectedAndARefreshIsInFlight() throws Exception {
        String standin = System.getProperty("standin.dir", "target/standin");
        List<String> jvm = new ArrayList<>(List.of("-Djna.library.path=" + standin, "-javaagent:" + Jvm.AGENT
            + "=backend=windows,port=0,jmx=on,jmx.port=0,timeout=300ms,refresh.interval=0"));
        try (Jvm host = Jvm.startWithEnv(Path.of(System.getProperty("java.home")), jvm, Jvm.TEST_CLASSES.toString(),
            java.util.Map.of("STANDIN_HANG_MILLIS", "600000"))) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(5));
            HttpClient http = HttpClient.newHttpClient();
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(
                Http.exec("refreshSecuritySettings"))).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(body.contains("did not answer within 300 ms") || body.contains("was not started"), body);
            assertTrue(Http.get(url + "read/" + Http.MBEAN + "/State").body().contains("\"status\":200"),
                "reads answer while Windows hangs");
            JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl));
            assertEquals("hostednetwork", c.getMBeanServerConnection().getAttribute(
                new javax.management.ObjectName(Http.MBEAN), "Backend"));
            {
                CompletableFuture<String> inFlight = CompletableFuture.supplyAsync(() -> {
                    try {
                        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers
                            .ofString(Http.exec("refreshSecuritySettings"))).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    } catch (Exception e) {
                        return e.toString();
                    }
                });
                long t0 = System.nanoTime();
                assertEquals(0, host.exit(Duration.ofSeconds(10)), "exit code of a host whose main returned");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("shutdown: the host exited " + ms + " ms after its main was told to return");
                inFlight.join();
            }
            try {
                c.close();
            } catch (java.io.IOException e) {
                // the server went away with the host, as it should
            }
            assertFalse(String.join("\n", host.err).contains("Exception in thread"),
                "nothing escaped into a thread: " + host.err);
        }
    }
}
