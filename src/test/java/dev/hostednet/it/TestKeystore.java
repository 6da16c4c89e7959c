package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A throw-away server identity for the TLS tests: a keystore made with the JDK's keytool, and a client that trusts it. */
final class TestKeystore {

    /** The keystore's password, also written to {@code store.pw} beside it. */
    static final String PASSWORD = "store-pass-1";

    private TestKeystore() {
    }

    /** @return {@code dir/agent.p12}, an EC key for localhost and 127.0.0.1, with its password in {@code dir/store.pw} (0600) */
    static Path make(Path dir) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        String[] cmd = {keytool, "-genkeypair", "-alias", "agent", "-keyalg", "EC", "-dname", "CN=localhost",
            "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
            "-keystore", "agent.p12", "-storepass", PASSWORD, "-keypass", PASSWORD};
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
        Path pw = dir.resolve("store.pw");
        Files.writeString(pw, PASSWORD + "\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        return dir.resolve("agent.p12");
    }

    /** @return a TLS context that trusts the certificate in {@code p12} */
    static SSLContext trusting(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
