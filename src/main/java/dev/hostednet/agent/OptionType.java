package dev.hostednet.agent;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What values an option takes: the words the manual's type column shows, and the reader that turns the text into a
 * value. A reader refuses with the end of a sentence (" is not valid: use on or off") that {@link Option} begins
 * with {@code key=value}, so no message can forget to name its option.
 *
 * @param manual the type as the manual's table shows it
 * @param reader the text to the value; blank optional texts read as null
 */
record OptionType(String manual, Function<String, Object> reader) {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    static final OptionType FLAG = new OptionType("on/off", OptionType::flag);
    static final OptionType DURATION_ON = new OptionType("duration", v -> duration(v, false));
    static final OptionType DURATION_OR_OFF = new OptionType("duration, `0`: off", v -> duration(v, true));
    static final OptionType HOST = new OptionType("host", OptionType::host);
    static final OptionType URL_PATH = new OptionType("URL path", OptionType::urlPath);
    static final OptionType TEXT = new OptionType("text", OptionType::blankToNull);
    static final OptionType FILE = new OptionType("file", OptionType::file);
    static final OptionType VARIABLE = new OptionType("environment variable", OptionType::blankToNull);
    static final OptionType NAMES = new OptionType("names, `;`-separated", OptionType::list);
    static final OptionType ORIGINS = new OptionType("origins, `;`-separated", OptionType::origins);

    /** @return a whole number from min to max */
    static OptionType range(int min, int max) {
        return new OptionType("whole number, " + min + " to " + max, v -> number(v, min, max));
    }

    /**
     * @return one of a few words, the names of an enum's values: listed in the manual from the enum itself, read
     *     (and refused, in words that list them) by the enum's own parse
     */
    static <E> OptionType words(E[] all, Function<E, String> word, Function<String, E> parse) {
        String manual = Arrays.stream(all).map(e -> "`" + word.apply(e) + "`").collect(Collectors.joining(", "));
        return new OptionType(manual, v -> {
            try {
                return parse.apply(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(" is not valid: " + e.getMessage(), e);
            }
        });
    }

    /** @return the value of the text, or an IllegalArgumentException whose message is the end of a sentence */
    Object read(String text) {
        return reader.apply(text);
    }

    private static Boolean flag(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException(" is not valid: use on or off");
        };
    }

    private static Integer number(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(" is not valid: use a whole number from " + min + " to " + max);
    }

    private static Duration duration(String text, boolean zeroAllowed) {
        String v = text.trim();
        Matcher m = DURATION.matcher(v);
        if (m.matches() && m.group(2) == null && Long.parseLong(m.group(1)) != 0) {
            // The trap: a bare number is ambiguous (timeout=10 could mean 10 ms or 10 s), so it is refused.
            throw new IllegalArgumentException(" has no unit: write " + v + "ms, " + v + "s or " + v
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
        throw new IllegalArgumentException(" is not valid: use a duration such as 500ms, 10s or 1m (units: ms, s, m)"
            + (zeroAllowed ? "; 0 turns it off" : ""));
    }

    private static String host(String v) {
        String h = v.trim();
        if (h.isEmpty() || !h.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            throw new IllegalArgumentException(" is not a host name or address");
        }
        return h;
    }

    private static String urlPath(String v) {
        if (!v.startsWith("/") || v.contains(" ")) {
            throw new IllegalArgumentException(" must be a path starting with '/'");
        }
        return v;
    }

    private static String blankToNull(String v) {
        return v.isBlank() ? null : v.strip();
    }

    private static Path file(String v) {
        String b = blankToNull(v);
        try {
            return b == null ? null : Path.of(b);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(" is not a file name: " + e.getReason(), e);
        }
    }

    private static List<String> list(String v) {
        return Arrays.stream(v.split(";")).map(String::strip).filter(h -> !h.isEmpty())
            .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Origins as browsers send them: scheme://host, or scheme://host:port for a port other than the default. */
    private static List<String> origins(String v) {
        List<String> all = list(v);
        for (String o : all) {
            URI u;
            try {
                u = new URI(o);
            } catch (URISyntaxException e) {
                u = null;
            }
            boolean ok = u != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                && u.getHost() != null && u.getRawUserInfo() == null
                && (u.getRawPath() == null || u.getRawPath().isEmpty()) && u.getRawQuery() == null
                && u.getRawFragment() == null;
            if (!ok) {
                throw new IllegalArgumentException(": '" + o + "' is not an origin; write it as the browser sends it,"
                    + " scheme://host:port (such as http://127.0.0.1:8080), several separated by ';'");
            }
        }
        return all;
    }
}
