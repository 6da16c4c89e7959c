package dev.hostednet.agent;

import dev.hostednet.jmx.UserKeyPolicy;
import dev.hostednet.wlan.BackendKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Parses {@code key=value,key=value} (a backslash escapes ',', '=' and itself) and {@code config=FILE}, a
 * properties file whose entries the command line overrides. Every mistake is an {@link IllegalArgumentException}
 * that names the option and says what is expected; nothing is started then. The options, with their defaults and
 * types, are {@link Option}.
 */
public final class OptionsParser {

    private OptionsParser() {
    }

    /**
     * @param text the agent argument (null or empty: all defaults)
     * @return the options
     * @throws IllegalArgumentException naming the first bad option
     */
    public static AgentOptions parse(String text) {
        Map<String, String> given = split(text == null ? "" : text);
        Map<String, String> all = new LinkedHashMap<>();
        Arrays.stream(Option.values()).forEach(o -> all.put(o.key(), o.defaultValue()));
        String config = given.remove(Option.CONFIG.key());
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
        if (out.containsKey(Option.CONFIG.key())) {
            throw new IllegalArgumentException("config=" + file + " must not name another config file");
        }
        return out;
    }

    private static AgentOptions build(Map<String, String> given) {
        if (given.containsKey("password")) {
            throw new IllegalArgumentException("password is never taken as an option (ps would show it to every"
                + " user): use password.file=FILE or password.env=VARIABLE");
        }
        List<String> unknown = given.keySet().stream().filter(k -> Option.of(k).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option '" + unknown.get(0) + "'; the options are: "
                + Arrays.stream(Option.values()).map(Option::key).collect(Collectors.joining(", ")));
        }
        Map<Option, Object> o = new EnumMap<>(Option.class);
        for (Option option : Option.values()) {
            o.put(option, option.read(given.get(option.key())));
        }
        BackendKind backend = Option.BACKEND.value(o, BackendKind.class);
        String fault = Option.SIMULATED_FAULT.value(o, String.class);
        if (!fault.equals("none") && backend != BackendKind.SIMULATED) {
            // The trap: a fault on a real backend would be silently ignored, so a test run would pass on a working one.
            throw new IllegalArgumentException("simulated.fault=" + fault + " needs backend=simulated: the real"
                + " backends meet only the failures Windows gives");
        }
        return new AgentOptions(backend, Option.HOTSPOT_KEEPALIVE.flag(o), fault, Option.JOLOKIA.flag(o),
            Option.HOST.text(o), Option.PORT.number(o), Option.CONTEXT.text(o), Option.THREADS.number(o),
            Option.JMX.flag(o), Option.JMX_HOST.text(o), Option.JMX_PORT.number(o), Option.TIMEOUT.duration(o),
            Option.POLL.duration(o), Option.HISTORY.number(o),
            new UserKeyPolicy(Option.USERKEY_LENGTH.number(o), Option.USERKEY_PERSISTENT.flag(o)),
            Option.REVEAL.flag(o), SecurityOptions.from(o));
    }
}
