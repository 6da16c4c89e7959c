package dev.hostednet.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.hostednet.jmx.Role;
import javax.net.ssl.SSLContext;

/**
 * Who may use the doors, and how: HTTP basic authentication and the user's role, TLS, the JMX password and access
 * files and what the connector serves, extra Host names, trusted browser origins, the refresh rate limit, and the
 * explicit opt-in to an unauthenticated non-loopback bind.
 *
 * @param user the Jolokia user, or null for none
 * @param password its password (from a file or the environment), or null
 * @param tls the TLS identity for HTTPS and the JMX connector, or null
 * @param https whether Jolokia speaks HTTPS
 * @param jmxPasswordFile the JMX password file, or null
 * @param jmxAccessFile the JMX access file (readonly / readwrite roles), or null
 * @param jmxSsl whether the JMX connector (and its registry) use TLS
 * @param insecure whether a non-loopback bind without authentication is accepted
 * @param refreshInterval the least time between two refreshes
 * @param hosts extra names the Host header may carry
 * @param userRole the role of the Jolokia user
 * @param origins the browser origins trusted by name (scheme://host:port), lower-case
 * @param jmxPlatform whether the JMX connector serves every platform MBean, not only the agent's
 * @param foreignRole the role of callers that came through a connector the agent did not open
 */
public record SecurityOptions(String user, char[] password, SSLContext tls, boolean https, Path jmxPasswordFile,
                              Path jmxAccessFile, boolean jmxSsl, boolean insecure, Duration refreshInterval,
                              List<String> hosts, Role userRole, List<String> origins, boolean jmxPlatform,
                              Role foreignRole) {

    /** The keys and their defaults, in README order. */
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("user", "");
        d.put("password.file", "");
        d.put("password.env", "");
        d.put("user.role", "admin");
        d.put("https", "off");
        d.put("keystore", "");
        d.put("keystore.password.file", "");
        d.put("keystore.password.env", "");
        d.put("cert", "");
        d.put("key", "");
        d.put("jmx.password.file", "");
        d.put("jmx.access.file", "");
        d.put("jmx.ssl", "off");
        d.put("jmx.platform", "off");
        d.put("insecure", "off");
        d.put("refresh.interval", "30s");
        d.put("hosts", "");
        d.put("origins", "");
        d.put("foreign.role", "operate");
        return Collections.unmodifiableMap(d); // Map.copyOf would lose the order
    }

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

    static SecurityOptions from(Map<String, String> o, OptionsParser.Values v) {
        String user = blank(o.get("user"));
        char[] password = Secrets.read("password", blank(o.get("password.file")), blank(o.get("password.env")));
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException(user == null ? "password.file or password.env needs user=NAME"
                : "user=" + user + " needs password.file=FILE or password.env=VARIABLE");
        }
        boolean https = v.flag("https");
        boolean jmxSsl = v.flag("jmx.ssl");
        SSLContext tls = https || jmxSsl ? tls(o) : null;
        Path jmxPassword = path(o.get("jmx.password.file"));
        Path jmxAccess = path(o.get("jmx.access.file"));
        if (jmxAccess != null && jmxPassword == null) {
            throw new IllegalArgumentException("jmx.access.file needs jmx.password.file (roles belong to users)");
        }
        boolean jmxPlatform = v.flag("jmx.platform");
        if (jmxPlatform && jmxPassword == null) {
            throw new IllegalArgumentException("jmx.platform=on needs jmx.password.file=FILE: every platform MBean"
                + " (DiagnosticCommand among them) is more than any unauthenticated caller may reach");
        }
        return new SecurityOptions(user, password, tls, https, jmxPassword, jmxAccess, jmxSsl, v.flag("insecure"),
            v.duration("refresh.interval", true), list(o.get("hosts")), Role.of(o.get("user.role")),
            list(o.get("origins")).stream().map(SecurityOptions::origin).toList(), jmxPlatform,
            Role.of(o.get("foreign.role")));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(h -> !h.isEmpty())
            .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** An origin as browsers send it: scheme://host, or scheme://host:port for a port other than the default. */
    private static String origin(String o) {
        java.net.URI u;
        try {
            u = new java.net.URI(o);
        } catch (java.net.URISyntaxException e) {
            u = null;
        }
        boolean ok = u != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
            && u.getHost() != null && u.getRawUserInfo() == null && (u.getRawPath() == null || u.getRawPath().isEmpty())
            && u.getRawQuery() == null && u.getRawFragment() == null;
        if (!ok) {
            throw new IllegalArgumentException("origins: '" + o + "' is not an origin; write it as the browser sends"
                + " it, scheme://host:port (such as http://127.0.0.1:8080), several separated by ';'");
        }
        return o;
    }

    private static SSLContext tls(Map<String, String> o) {
        Path keystore = path(o.get("keystore"));
        Path cert = path(o.get("cert"));
        Path key = path(o.get("key"));
        if (keystore != null) {
            char[] pw = Secrets.read("keystore.password", blank(o.get("keystore.password.file")),
                blank(o.get("keystore.password.env")));
            return Tls.fromKeystore(keystore, pw == null ? new char[0] : pw);
        }
        if (cert != null && key != null) {
            return Tls.fromPem(cert, key);
        }
        throw new IllegalArgumentException("https=on and jmx.ssl=on need keystore=FILE (PKCS#12 or .jks) or both"
            + " cert=FILE and key=FILE (PEM)");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Path path(String s) {
        String b = blank(s);
        return b == null ? null : Path.of(b);
    }
}
