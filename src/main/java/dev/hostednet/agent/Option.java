package dev.hostednet.agent;

import static dev.hostednet.agent.OptionType.DURATION_ON;
import static dev.hostednet.agent.OptionType.DURATION_OR_OFF;
import static dev.hostednet.agent.OptionType.FILE;
import static dev.hostednet.agent.OptionType.FLAG;
import static dev.hostednet.agent.OptionType.NAMES;
import static dev.hostednet.agent.OptionType.TEXT;
import static dev.hostednet.agent.OptionType.URL_PATH;
import static dev.hostednet.agent.OptionType.VARIABLE;
import static dev.hostednet.agent.OptionType.range;
import static dev.hostednet.agent.OptionType.words;

import dev.hostednet.jmx.Role;
import dev.hostednet.wlan.BackendKind;
import dev.hostednet.wlan.BackendSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every option of the agent, in the order the manual lists them: its key, default, type and meaning. The parser,
 * the defaults, the checks and their messages, and the manual's table (options.md, compared by OptionsManualTest)
 * all come from here, so an option is added by one entry and the code that uses its value (read from the parsed
 * values with the accessor of its type: {@code Option.JMX_PORT.number(values)}). The trap: an accessor that does
 * not fit the option's type fails every start, defaults included, so {@code OptionsParserTest} catches it.
 */
public enum Option {
    BACKEND("backend", "auto", words(BackendKind.values(), k -> k.name().toLowerCase(Locale.ROOT),
        BackendKind::parse), "`hostednetwork` (wlanapi.dll through JNA; `windows` is accepted for it), `mobilehotspot`"
        + " (Windows 10/11 Mobile Hotspot through WinRT), `simulated` (a faithful simulation of the Hosted Network),"
        + " or `auto`: on Windows the Hosted Network where the Wi-Fi driver supports it and Mobile Hotspot otherwise"
        + " (see [Which backend on which Windows](windows.md#which-backend-on-which-windows)); elsewhere every"
        + " operation fails saying the API exists only on Windows, so that a rotation never seems to succeed when"
        + " nothing was rotated"),
    JOLOKIA("jolokia", "on", FLAG, "the Jolokia HTTP endpoint"),
    HOST("host", "127.0.0.1", OptionType.HOST, "the address Jolokia binds"),
    PORT("port", "8778", range(0, 65535), "Jolokia's port; `0` picks a free one (the real URL is logged and published"
        + " in the system property `hostednet.jolokia.url`)"),
    CONTEXT("context", "/jolokia", URL_PATH, "Jolokia's path"),
    THREADS("threads", "256", range(2, 4096), "the most Jolokia request threads; they are made only when requests"
        + " come and end after 30 s without any, so a client slow to send (held until the request timeout) or a"
        + " hanging Windows call never stalls other requests"),
    JMX("jmx", "off", FLAG, "the JMX remote connector (JConsole, VisualVM, jmxterm from another process)"),
    JMX_HOST("jmx.host", "127.0.0.1", OptionType.HOST, "the address it binds"),
    JMX_PORT("jmx.port", "0", range(0, 65535), "its one port, for the RMI registry and the connections alike"
        + " (firewall friendly); `0` picks a free one (published in `hostednet.jmx.url`)"),
    TIMEOUT("timeout", "10s", DURATION_ON, "how long an operation waits for the native call (`500ms`, `10s`, `1m`)."
        + " Durations need their unit: `timeout=10` is refused, saying so, rather than read as 10 ms"
        + " (`OptionsParserTest`, `HostWinsIT`)"),
    POLL("poll", "5s", DURATION_OR_OFF, "how often the attributes are refreshed in the background (`0` turns it off;"
        + " notifications refresh them too)"),
    HISTORY("history", "20", range(1, 10_000), "how many outcomes the `History` attribute keeps"),
    USERKEY_LENGTH("userkey.length", "20", range(8, 63), "characters in the user key `rotateUserKey` makes, from"
        + " letters and digits without look-alikes"),
    USERKEY_PERSISTENT("userkey.persistent", "on", FLAG, "whether that key outlives the current run of the network"
        + " (`off`: it ends when the network stops)"),
    REVEAL("reveal", "off", FLAG, "whether `joinInfo` hands keys over at all (then to the admin role only, audited);"
        + " the attribute `RevealOn` says which"),
    REFRESH_INTERVAL("refresh.interval", "30s", DURATION_OR_OFF, "the least time between two key rotations (refresh"
        + " and `rotateUserKey` share it; only a rotation that changed something starts it), so a looping script"
        + " cannot disconnect every client every second; `0` turns the limit off"),
    HOTSPOT_KEEPALIVE("hotspot.keepalive", "off", FLAG, "Mobile Hotspot only: `on` turns Windows' no-connections"
        + " timeout off on first use (Windows 10 2004+), so that an unattended hotspot stays on without clients; on"
        + " an older Windows (no `INetworkOperatorTetheringManagerStatics4`, asked with QueryInterface first) a"
        + " warning says it is too old and the hotspot works on with Windows' timeout; `off` leaves Windows' setting"
        + " alone (`HotspotBindingTest`, `MobileHotspotContract`)"),
    SIMULATED_FAULT("simulated.fault", "none", words(BackendSettings.SIMULATED_FAULTS.toArray(String[]::new),
        w -> w, Option::simulatedFault), "`backend=simulated` only: starts the simulation meeting that Windows"
        + " failure on every call (`service-stopped`: 1062 `ERROR_SERVICE_NOT_ACTIVE`, reason `service_unavailable`;"
        + " `rpc`: 1722 `RPC_S_SERVER_UNAVAILABLE`; `unsupported`: 5023 `ERROR_INVALID_STATE`, reason"
        + " `interface_unavailable`, state `unavailable`), to see a real failure's words without Windows; the"
        + " `Backend` attribute then says `simulated (simulated.fault=...)`. Refused with any other backend"),
    USER("user", "", TEXT, "Jolokia user for HTTP basic authentication (needs one of the next two)"),
    USER_ROLE("user.role", "admin", words(Role.values(), Role::label, Role::of), "that user's role (see"
        + " [security](security.md))"),
    FOREIGN_ROLE("foreign.role", "operate", words(Role.values(), Role::label, Role::of), "the role of callers that"
        + " came through a connector the agent did not open (Jolokia's own agent, the JDK's remote agent or local"
        + " connector, JConsole's Local Process); `admin` names them all trusted (see [security](security.md))"),
    PASSWORD_FILE("password.file", "", FILE, "a file whose first line is that user's password (warned about if"
        + " others can read it)"),
    PASSWORD_ENV("password.env", "", VARIABLE, "an environment variable holding it. There is no `password=` option:"
        + " `ps` would show it"),
    HTTPS("https", "off", FLAG, "Jolokia over HTTPS, with `keystore` or `cert` + `key`"),
    KEYSTORE("keystore", "", FILE, "PKCS#12 (or `.jks`) keystore with the server's key and certificate, for `https`"
        + " and `jmx.ssl`"),
    KEYSTORE_PASSWORD_FILE("keystore.password.file", "", FILE, "a file whose first line is the keystore's password"),
    KEYSTORE_PASSWORD_ENV("keystore.password.env", "", VARIABLE, "an environment variable holding it"),
    CERT("cert", "", FILE, "PEM certificate chain, with `key` instead of a keystore"),
    KEY("key", "", FILE, "PEM unencrypted PKCS#8 private key, with `cert`"),
    JMX_PASSWORD_FILE("jmx.password.file", "", FILE, "JMX password file (`user password` lines; the JDK may rewrite"
        + " a writable one with hashes)"),
    JMX_ACCESS_FILE("jmx.access.file", "", FILE, "JMX access file (`user readonly` / `user readwrite`): a read-only"
        + " user can read but not refresh"),
    JMX_PLATFORM("jmx.platform", "off", FLAG, "serve every platform MBean on the JMX connector, not only the agent's;"
        + " needs `jmx.password.file`"),
    JMX_SSL("jmx.ssl", "off", FLAG, "TLS for the JMX registry and connections (clients:"
        + " `-Dcom.sun.jndi.rmi.factory.socket=javax.rmi.ssl.SslRMIClientSocketFactory` and a trust store)"),
    HOSTS("hosts", "", NAMES, "more names the `Host` header may carry (for a DNS name pointing at a non-loopback"
        + " bind)"),
    ORIGINS("origins", "", OptionType.ORIGINS, "web consoles trusted by origin, exactly as the browser sends it"
        + " (`http://localhost:8080`): their pages may call the agent (see"
        + " [examples/hawtio.md](../../../examples/hawtio.md))"),
    INSECURE("insecure", "off", FLAG, "accept a non-loopback bind without authentication, or Jolokia with a"
        + " password but without `https`; warned about at every start"),
    CONFIG("config", "", FILE, "a properties file with any of the above; the command line overrides it");

    private final String key;
    private final String defaultValue;
    private final OptionType type;
    private final String meaning;

    Option(String key, String defaultValue, OptionType type, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.type = type;
        this.meaning = meaning;
    }

    /** @return the key users write, such as {@code jmx.port} */
    public String key() {
        return key;
    }

    /** @return the default, as users would write it ("" for none) */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return what values it takes, in the manual's words */
    public String typeName() {
        return type.manual();
    }

    /** @return the manual's sentence for it (Markdown) */
    public String meaning() {
        return meaning;
    }

    /** @return the option of that key, if there is one */
    static Optional<Option> of(String key) {
        for (Option o : values()) {
            if (o.key.equals(key)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException that begins with key=text, then says what is expected */
    Object read(String text) {
        try {
            return type.read(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "=" + text + e.getMessage(), e);
        }
    }

    boolean flag(Map<Option, Object> values) {
        return value(values, Boolean.class);
    }

    int number(Map<Option, Object> values) {
        return value(values, Integer.class);
    }

    Duration duration(Map<Option, Object> values) {
        return value(values, Duration.class);
    }

    /** @return the text, or null when it is blank */
    String text(Map<Option, Object> values) {
        return value(values, String.class);
    }

    /** @return the file, or null when none is given */
    Path path(Map<Option, Object> values) {
        return value(values, Path.class);
    }

    /** @return the list's lower-case entries */
    List<String> list(Map<Option, Object> values) {
        return ((List<?>) values.get(this)).stream().map(String.class::cast).toList();
    }

    /** @return the value read by this option's type; a wrong class is a mistake in this table, not in the input */
    <T> T value(Map<Option, Object> values, Class<T> type) {
        return type.cast(values.get(this));
    }

    private static String simulatedFault(String v) {
        String w = v.strip().toLowerCase(Locale.ROOT);
        if (!BackendSettings.SIMULATED_FAULTS.contains(w)) {
            throw new IllegalArgumentException("use " + String.join(", ", BackendSettings.SIMULATED_FAULTS));
        }
        return w;
    }
}
