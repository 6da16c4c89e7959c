package dev.hostednet.examples;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jolokia.json.parser.JSONParser;

/**
 * How a documented output is compared with what a command printed. Times, durations and keys differ from run to
 * run, so: a placeholder in angle brackets ({@code <pid>}, {@code <time>}, {@code <the key>}) matches any text within
 * a line; a line holding only {@code ...} matches any number of lines; and an output that starts with a brace or a
 * bracket is JSON (Jolokia's answers, formatted in the documents), compared as values: object members in any order,
 * the members that hold a time or a duration ({@link #TIMES}) matching any value, and a string that is only a
 * placeholder matching any value. Everything else must be equal.
 */
public final class Expected {

    /** JSON members whose values are times or durations. */
    static final Set<String> TIMES = Set.of("timestamp", "time", "timeMillis", "durationMicros", "SnapshotTime",
        "SystemKeyRotatedEpochSeconds", "UserKeyRotatedEpochSeconds");

    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z][a-z0-9 ,.'-]*>");

    private Expected() {
    }

    /**
     * @param documented the lines a document shows
     * @param actual what the command printed
     * @return null when they match, or a sentence saying where they differ
     */
    public static String mismatch(List<String> documented, String actual) {
        String doc = String.join("\n", documented).strip();
        if (doc.startsWith("{") || doc.startsWith("[")) {
            try {
                return json("$", new JSONParser().parse(doc), new JSONParser().parse(actual.strip()));
            } catch (org.jolokia.json.parser.ParseException | java.io.IOException | RuntimeException e) {
                return "not the JSON documented (" + e.getMessage() + ")";
            }
        }
        List<String> want = new ArrayList<>(documented);
        while (!want.isEmpty() && want.get(want.size() - 1).isBlank()) {
            want.remove(want.size() - 1);
        }
        List<String> got = actual.strip().isEmpty() ? List.of() : List.of(actual.stripTrailing().split("\n", -1));
        return lines(want, 0, got, 0) ? null : "the lines differ";
    }

    /** @return whether the documented lines from {@code w} on match the printed lines from {@code g} on */
    private static boolean lines(List<String> want, int w, List<String> got, int g) {
        if (w == want.size()) {
            return g == got.size();
        }
        if (want.get(w).strip().equals("...")) {
            for (int skip = g; skip <= got.size(); skip++) {
                if (lines(want, w + 1, got, skip)) {
                    return true;
                }
            }
            return false;
        }
        return g < got.size() && line(want.get(w), got.get(g)) && lines(want, w + 1, got, g + 1);
    }

    /**
     * @param documented one documented line, perhaps with placeholders
     * @param printed one printed line
     * @return whether they match
     */
    public static boolean line(String documented, String printed) {
        StringBuilder regex = new StringBuilder();
        var m = PLACEHOLDER.matcher(documented);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(documented.substring(at, m.start()))).append(".*?");
            at = m.end();
        }
        regex.append(Pattern.quote(documented.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(printed.stripTrailing()).matches()
            || documented.stripTrailing().equals(printed.stripTrailing());
    }

    private static String json(String path, Object want, Object got) {
        if (want instanceof String s && PLACEHOLDER.matcher(s).matches()) {
            return null;
        }
        if (want instanceof Map<?, ?> w && got instanceof Map<?, ?> g) {
            if (!w.keySet().equals(g.keySet())) {
                return path + " has the members " + new java.util.TreeSet<>(keys(g)) + ", documented "
                    + new java.util.TreeSet<>(keys(w));
            }
            for (Object k : w.keySet()) {
                String differs = TIMES.contains(String.valueOf(k)) ? null : json(path + "." + k, w.get(k), g.get(k));
                if (differs != null) {
                    return differs;
                }
            }
            return null;
        }
        if (want instanceof List<?> w && got instanceof List<?> g) {
            if (w.size() != g.size()) {
                return path + " has " + g.size() + " entries, documented " + w.size();
            }
            for (int i = 0; i < w.size(); i++) {
                String differs = json(path + "[" + i + "]", w.get(i), g.get(i));
                if (differs != null) {
                    return differs;
                }
            }
            return null;
        }
        if (want instanceof Number w && got instanceof Number g) {
            return w.doubleValue() == g.doubleValue() ? null : path + " is " + g + ", documented " + w;
        }
        if (want instanceof String w && got instanceof String g) {
            return line(w, g) ? null : path + " is \"" + g + "\", documented \"" + w + "\"";
        }
        return java.util.Objects.equals(want, got) ? null : path + " is " + got + ", documented " + want;
    }

    private static Collection<String> keys(Map<?, ?> m) {
        return m.keySet().stream().map(String::valueOf).toList();
    }
}
