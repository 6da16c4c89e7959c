package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a PKCS#12 keystore and from PEM files, and the JMX connector over TLS, in separate JVMs. */
class TlsIT {

    @TempDir
    Path dir;

    private static void run(Path cwd, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
    }

    @Test
    void httpsFromAKeystoreAndJmxOverTls() throws Exception {
        Path p12 = TestKeystore.make(dir);
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,https=on,keystore=" + p12
            + ",keystore.password.file=" + dir.resolve("store.pw") + ",jmx=on,jmx.port=0,jmx.ssl=on")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            assertTrue(url.startsWith("https://127.0.0.1:"), url);
            HttpClient https = HttpClient.newBuilder().sslContext(TestKeystore.trusting(p12)).build();
            HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create(url + "read/" + Http.MBEAN
                + "/State")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("\"status\":200"), r.body());
            assertThrows(Exception.class, () -> Http.get(url.replace("https:", "http:") + "version"),
                "plain HTTP is not served");
            assertThrows(Exception.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                + "version")).build(), HttpResponse.BodyHandlers.ofString()), "an untrusted certificate fails");

            SSLContext.setDefault(TestKeystore.trusting(p12)); // the RMI TLS client factories use the default context
            String jmxUrl = host.property("hostednet.jmx.url", Duration.ofSeconds(5));
            try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl),
                Map.of("com.sun.jndi.rmi.factory.socket", new javax.rmi.ssl.SslRMIClientSocketFactory()))) {
                assertEquals("simulated", c.getMBeanServerConnection().getAttribute(new ObjectName(Http.MBEAN),
                    "Backend"));
            }
            assertThrows(Exception.class, () -> JMXConnectorFactory.connect(new JMXServiceURL(jmxUrl)).close(),
                "a plain registry lookup fails against the TLS registry");
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }

    @Test
    void httpsFromPemFiles() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "needs openssl to write PEM files");
        run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-keyout", "key.pem", "-out", "cert.pem", "-subj", "/CN=localhost", "-days", "2",
            "-addext", "subjectAltName=IP:127.0.0.1");
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,https=on,cert=" + dir.resolve("cert.pem") + ",key="
            + dir.resolve("key.pem"))) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
                trust.setCertificateEntry("agent",
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            HttpResponse<String> r = HttpClient.newBuilder().sslContext(ctx).build().send(HttpRequest.newBuilder(
                URI.create(url + "version")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("\"status\":200"), r.body());
            assertEquals(0, host.exit(Duration.ofSeconds(15)));
        }
    }
}
