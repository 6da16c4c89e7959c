package dev.hostednet.jmx;

/**
 * The audit record: one logger, one line per event, {@code hostednet audit: key=value ...}. Values are data: a
 * value a caller sent (an operation name, an argument, a user name) is written so that it can never start a line
 * of its own or pass for another field. The trap: a JMX client chooses the operation name it invokes, and a name
 * with a line break printed as-is makes lines that look exactly like the agent's own records.
 */
public final class Audit {

    /** The one logger name of the audit, whatever door or layer writes. */
    public static final String LOGGER = "dev.hostednet.audit";

    /** The most characters of one value written; the rest is counted, not written. */
    static final int MAX_VALUE = 200;

    private Audit() {
    }

    /**
     * Writes one audit line.
     *
     * @param level INFO for what went through, WARNING for refusals and failures
     * @param fields keys and values, alternately; keys are the agent's own words, values are quoted where needed
     */
    public static void log(System.Logger.Level level, String... fields) {
        // Asked for at each line, never held in a static field of a class loaded at start: getting a System.Logger
        // initialises java.util.logging before the host may have chosen its LogManager.
        System.getLogger(LOGGER).log(level, line(fields));
    }

    /**
     * Writes one audit line about an operation: its name, who called and through which door come first.
     *
     * @param level INFO for what went through, WARNING for refusals and failures
     * @param op the operation
     * @param who who called
     * @param more further keys and values, alternately
     */
    static void operation(System.Logger.Level level, Operation op, Caller who, String... more) {
        String[] fields = new String[6 + more.length];
        fields[0] = "operation";
        fields[1] = op.label();
        fields[2] = "caller";
        fields[3] = who.principal();
        fields[4] = "door";
        fields[5] = who.door();
        System.arraycopy(more, 0, fields, 6, more.length);
        log(level, fields);
    }

    /** @return the line {@link #log} writes */
    static String line(String... fields) {
        StringBuilder b = new StringBuilder("hostednet audit:");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            b.append(' ').append(fields[i]).append('=').append(value(fields[i + 1]));
        }
        return b.toString();
    }

    /**
     * @param v a value, possibly sent by a caller
     * @return v (its first {@value #MAX_VALUE} characters, and its length) itself when it is a plain word (letters,
     *     digits, {@code . _ - : / @ + > ,}), else in double quotes with backslash, quote and every control or
     *     line-separating character escaped
     */
    public static String value(String v) {
        if (v == null) {
            return "\"\"";
        }
        if (v.length() > MAX_VALUE) {
            // A caller chooses some values (a user name, an operation name, joinInfo's argument): one line stays short.
            v = v.substring(0, MAX_VALUE) + "...(" + v.length() + " chars)";
        }
        if (!v.isEmpty() && v.chars().allMatch(Audit::plain)) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    // C0, DEL, C1 (NEL among them), and Unicode's line and paragraph separators
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean plain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || "._-:/@+>,".indexOf(c) >= 0;
    }
}
