package dev.hostednet.agent;

import dev.hostednet.jmx.UserKeyPolicy;
import dev.hostednet.wlan.BackendKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code key=value,key=value} (a backslash escapes ',', '=' and itself) and {@code config=FILE}, a
 * properties file whose entries the command line overrides. Every mistake is an {@link IllegalArgumentException}
 * that names the option and says what is expected; nothing is started then.
 */
public final class OptionsParser {

    /** The options and their defaults, in the order README.md lists them. */
    static final Map<String, String> DEFAULTS = defaults();
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    private OptionsParser() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("backend", "auto");
        d.put("jolokia", "on");
        d.put("host", "127.0.0.1");
        d.put("port", "8778");
        d.put("context", "/jolokia");
        d.put("threads", "256");
        d.put("jmx", "off");
        d.put("jmx.host", "127.0.0.1");
        d.put("jmx.port", "0");
        d.put("timeout", "10s");
        d.put("poll", "5s");
        d.put("history", "20");
        d.put("userkey.length", "20");
        d.put("userkey.persistent", "on");
        d.put("reveal", "off");
        d.put("hotspot.keepalive", "off");
        return Collections.unmodifiableMap(d); // Map.copyOf would lose the order
    }

    /**
     * @param text the agent argument (null or empty: all defaults)
     * @return the options
     * @throws IllegalArgumentException naming the first bad option
     */
    public static AgentOptions parse(String text) {
        Map<String, String> given = split(text == null ? "" : text);
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(SecurityOptions.DEFAULTS);
        String config = given.remove("config");
        if (config != null) {
            all.putAll(readFile(config));
        }
        all.putAll(given);
        return build(all);
    }

    /** Splits on unescaped commas, then on the first unescaped '='. */
    static Map<String, String> split(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder();
        StringBuilder value = new StringBuilder();
        StringBuilder cur = key;
        boolean sawEquals = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '\\' && i + 1 < text.length()) {
                cur.append(text.charAt(++i));
            } else if (c == '=' && !sawEquals) {
                sawEquals = true;
                cur = value;
            } else if (c == ',') {
                if (key.length() > 0 || sawEquals) {
                    String k = key.toString().trim();
                    if (!sawEquals) {
                        throw new IllegalArgumentException("option '" + k + "' has no value: write " + k + "=VALUE");
                    }
                    if (out.put(k, value.toString()) != null) {
                        throw new IllegalArgumentException("option '" + k + "' is given twice");
                    }
                }
                key.setLength(0);
                value.setLength(0);
                cur = key;
                sawEquals = false;
            } else {
                cur.append(c);
            }
        }
        return out;
    }

    private static Map<String, String> readFile(String file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("config=" + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        if (out.containsKey("config")) {
            throw new IllegalArgumentException("config=" + file + " must not name another config file");
        }
        return out;
    }

    /** Typed access to the merged option values, each mistake named. */
    record Values(Map<String, String> map) {
        boolean flag(String k) {
            return OptionsParser.flag(map, k);
        }

        Duration duration(String k, boolean zeroAllowed) {
            return OptionsParser.duration(map, k, zeroAllowed);
        }
    }

    private static AgentOptions build(Map<String, String> o) {
        if (o.containsKey("password")) {
            throw new IllegalArgumentException("password is never taken as an option (ps would show it to every"
                + " user): use password.file=FILE or password.env=VARIABLE");
        }
        List<String> unknown = o.keySet().stream()
            .filter(k -> !DEFAULTS.containsKey(k) && !SecurityOptions.DEFAULTS.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option '" + unknown.get(0) + "'; the options are: "
                + String.join(", ", DEFAULTS.keySet()) + ", " + String.join(", ", SecurityOptions.DEFAULTS.keySet())
                + ", config");
        }
        BackendKind backend;
        try {
            backend = BackendKind.parse(o.get("backend"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backend=" + o.get("backend") + " is not valid: " + e.getMessage());
        }
        String context = o.get("context");
        if (!context.startsWith("/") || context.contains(" ")) {
            throw new IllegalArgumentException("context=" + context + " must be a path starting with '/'");
        }
        return new AgentOptions(backend, flag(o, "hotspot.keepalive"), flag(o, "jolokia"), host(o, "host"),
            port(o, "port"), context,
            number(o, "threads", 2, 4096), flag(o, "jmx"), host(o, "jmx.host"), port(o, "jmx.port"),
            duration(o, "timeout", false), duration(o, "poll", true), number(o, "history", 1, 10_000),
            new UserKeyPolicy(number(o, "userkey.length", 8, 63), flag(o, "userkey.persistent")), flag(o, "reveal"),
            SecurityOptions.from(o, new Values(o)));
    }

    private static boolean flag(Map<String, String> o, String k) {
        return switch (o.get(k).toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(k + "=" + o.get(k) + " is not valid: use on or off");
        };
    }

    private static String host(Map<String, String> o, String k) {
        String h = o.get(k).trim();
        if (h.isEmpty() || !h.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            throw new IllegalArgumentException(k + "=" + h + " is not a host name or address");
        }
        return h;
    }

    private static int port(Map<String, String> o, String k) {
        return number(o, k, 0, 65535);
    }

    private static int number(Map<String, String> o, String k, int min, int max) {
        try {
            int n = Integer.parseInt(o.get(k).trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(k + "=" + o.get(k) + " is not valid: use a whole number from " + min
            + " to " + max);
    }

    private static Duration duration(Map<String, String> o, String k, boolean zeroAllowed) {
        String v = o.get(k).trim();
        Matcher m = DURATION.matcher(v);
        if (m.matches() && m.group(2) == null && Long.parseLong(m.group(1)) != 0) {
            // The trap: a bare number used to mean milliseconds, so timeout=10 (meant as seconds) waited 10 ms.
            throw new IllegalArgumentException(k + "=" + v + " has no unit: write " + v + "ms, " + v + "s or " + v
                + "m (units: ms, s, m)");
        }
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2) == null ? "ms" : m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofMillis(n);
            };
            if (zeroAllowed || !d.isZero()) {
                return d;
            }
        }
        throw new IllegalArgumentException(k + "=" + o.get(k) + " is not valid: use a duration such as 500ms, 10s"
            + " or 1m (units: ms, s, m)" + (zeroAllowed ? "; 0 turns it off" : ""));
    }
}
