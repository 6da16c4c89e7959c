package dev.hostednet.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server's TLS identity, from a PKCS#12 or JKS keystore, or from PEM files (a certificate chain and an
 * unencrypted PKCS#8 private key, as {@code openssl genpkey} writes it).
 */
final class Tls {

    private Tls() {
    }

    static SSLContext fromKeystore(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance(keystore.toString().endsWith(".jks") ? "JKS" : "PKCS12");
            ks.load(in, password);
            return context(ks, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("keystore=" + keystore + " cannot be used: " + e.getMessage(), e);
        }
    }

    static SSLContext fromPem(Path cert, Path key) {
        try {
            Collection<? extends Certificate> chain;
            try (InputStream in = Files.newInputStream(cert)) {
                chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("cert=" + cert + " holds no certificate");
            }
            String pem = Files.readString(key, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalArgumentException("key=" + key + " must be an unencrypted PKCS#8 PEM key"
                    + " (-----BEGIN PRIVATE KEY-----; convert with: openssl pkcs8 -topk8 -nocrypt)");
            }
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey pk = privateKey(der, chain.iterator().next().getPublicKey().getAlgorithm());
            char[] none = new char[0];
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, none);
            ks.setKeyEntry("server", pk, none, chain.toArray(Certificate[]::new));
            return context(ks, none);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cert=" + cert + ", key=" + key + " cannot be used: "
                + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(byte[] der, String algorithm) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static SSLContext context(KeyStore ks, char[] password) throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
