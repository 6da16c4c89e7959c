package dev.hostednet.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.hostednet.jmx.Role;
import javax.net.ssl.SSLContext;

/**
 * Who may use the doors, and how: HTTP basic authentication and the user's role, TLS, the JMX password and access
 * files and what the connector serves, extra Host names, trusted browser origins, the refresh rate limit, and the
 * explicit opt-in to an unauthenticated non-loopback bind.
 *
 * @param user {@link Option#USER}, or null for none
 * @param password read from {@link Option#PASSWORD_FILE} or {@link Option#PASSWORD_ENV}, or null
 * @param tls the TLS identity for HTTPS and the JMX connector ({@link Option#KEYSTORE} or {@link Option#CERT} and
 *     {@link Option#KEY}), or null
 * @param https {@link Option#HTTPS}
 * @param jmxPasswordFile {@link Option#JMX_PASSWORD_FILE}, or null
 * @param jmxAccessFile {@link Option#JMX_ACCESS_FILE}, or null
 * @param jmxSsl {@link Option#JMX_SSL}
 * @param insecure {@link Option#INSECURE}
 * @param refreshInterval {@link Option#REFRESH_INTERVAL}
 * @param hosts {@link Option#HOSTS}
 * @param userRole {@link Option#USER_ROLE}
 * @param origins {@link Option#ORIGINS}, lower-case
 * @param jmxPlatform {@link Option#JMX_PLATFORM}
 * @param foreignRole {@link Option#FOREIGN_ROLE}
 */
public record SecurityOptions(String user, char[] password, SSLContext tls, boolean https, Path jmxPasswordFile,
                              Path jmxAccessFile, boolean jmxSsl, boolean insecure, Duration refreshInterval,
                              List<String> hosts, Role userRole, List<String> origins, boolean jmxPlatform,
                              Role foreignRole) {

    /** Never shows the password. */
    @Override
    public String toString() {
        return "SecurityOptions[user=" + user + ", https=" + https + ", jmxSsl=" + jmxSsl + ", insecure=" + insecure
            + "]";
    }

    /** Identity: the value holds a password array, which must be neither compared nor hashed. */
    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** @return whether Jolokia asks for a password */
    public boolean authenticated() {
        return user != null;
    }

    /** @param o the options' values, each read by its {@link Option}'s type; checks how they go together */
    static SecurityOptions from(Map<Option, Object> o) {
        String user = Option.USER.text(o);
        char[] password = Secrets.read("password", Option.PASSWORD_FILE.path(o), Option.PASSWORD_ENV.text(o));
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException(user == null ? "password.file or password.env needs user=NAME"
                : "user=" + user + " needs password.file=FILE or password.env=VARIABLE");
        }
        boolean https = Option.HTTPS.flag(o);
        boolean jmxSsl = Option.JMX_SSL.flag(o);
        SSLContext tls = https || jmxSsl ? tls(o) : null;
        Path jmxPassword = Option.JMX_PASSWORD_FILE.path(o);
        Path jmxAccess = Option.JMX_ACCESS_FILE.path(o);
        if (jmxAccess != null && jmxPassword == null) {
            throw new IllegalArgumentException("jmx.access.file needs jmx.password.file (roles belong to users)");
        }
        boolean jmxPlatform = Option.JMX_PLATFORM.flag(o);
        if (jmxPlatform && jmxPassword == null) {
            throw new IllegalArgumentException("jmx.platform=on needs jmx.password.file=FILE: every platform MBean"
                + " (DiagnosticCommand among them) is more than any unauthenticated caller may reach");
        }
        return new SecurityOptions(user, password, tls, https, jmxPassword, jmxAccess, jmxSsl,
            Option.INSECURE.flag(o), Option.REFRESH_INTERVAL.duration(o), Option.HOSTS.list(o),
            Option.USER_ROLE.value(o, Role.class), Option.ORIGINS.list(o), jmxPlatform,
            Option.FOREIGN_ROLE.value(o, Role.class));
    }

    private static SSLContext tls(Map<Option, Object> o) {
        Path keystore = Option.KEYSTORE.path(o);
        Path cert = Option.CERT.path(o);
        Path key = Option.KEY.path(o);
        if (keystore != null) {
            char[] pw = Secrets.read("keystore.password", Option.KEYSTORE_PASSWORD_FILE.path(o),
                Option.KEYSTORE_PASSWORD_ENV.text(o));
            return Tls.fromKeystore(keystore, pw == null ? new char[0] : pw);
        }
        if (cert != null && key != null) {
            return Tls.fromPem(cert, key);
        }
        throw new IllegalArgumentException("https=on and jmx.ssl=on need keystore=FILE (PKCS#12 or .jks) or both"
            + " cert=FILE and key=FILE (PEM)");
    }
}
