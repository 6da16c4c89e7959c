package dev.hostednet.agent.cli;

import dev.hostednet.jmx.HostedNetworkSecurityMXBean;
import java.io.PrintStream;

/** Where the state and refresh commands go: a process (JMX) or a Jolokia URL. */
interface Target {
    /** The MBean's ObjectName, as the doors name it. */
    String MBEAN = HostedNetworkSecurityMXBean.OBJECT_NAME;

    int state(PrintStream out, PrintStream err);

    int refresh(boolean restart, PrintStream out, PrintStream err);

    /**
     * An operation without arguments that returns an outcome (start, stop): prints the outcome line.
     *
     * @param operation the MBean's operation name
     * @param out where the outcome line goes
     * @param err where failures go
     * @return the exit code
     */
    int network(String operation, PrintStream out, PrintStream err);

    /** rotateUserKey: prints the outcome line. */
    int rotateUserKey(PrintStream out, PrintStream err);

    /**
     * Checks that the agent hands keys over (its RevealOn attribute) before something is changed that only a
     * hand-over makes usable; says on err how to turn it on when it is off.
     *
     * @param command the command that needs it, for the message
     * @return {@link Cli#OK} when keys are handed over, otherwise the exit code
     */
    int requireReveal(String command, PrintStream err);

    /**
     * joinInfo: hands the answer (ssid, uri, ...) to {@code show}, or says on err why there is none.
     *
     * @param which user or system
     * @param show prints or writes the card; returns the exit code
     * @param err where failures go
     * @return the exit code
     */
    int joinInfo(String which, java.util.function.ToIntFunction<java.util.function.Function<String, Object>> show,
                 PrintStream err);

    /**
     * @param command what was refused, such as "rotate 1234 --qr"
     * @param options the agent's options now, or null when unknown
     * @param pid the process, or null for a URL
     * @return why nothing was done, and the exact options to restart the agent with
     */
    static String revealOff(String command, String options, String pid) {
        String with = options == null ? "its options,reveal=on" : withRevealOn(options);
        String p = pid == null ? "PID" : pid;
        return command + " refused: the agent runs without reveal=on, so it would make a new user key that nobody"
            + " can read (clients would be locked out). Nothing was changed. Restart the JVM with"
            + " -javaagent:hostednet-agent.jar=" + with + " (or, for an agent loaded with start: java -jar"
            + " hostednet-agent.jar stop " + p + ", then java -jar hostednet-agent.jar start " + p + " " + with
            + "), then run it again; rotate without --qr makes a key without handing it over.";
    }

    /** @return the options with reveal set to on, the rest unchanged */
    static String withRevealOn(String options) {
        StringBuilder b = new StringBuilder();
        for (String o : options.split(",")) {
            if (!o.isBlank() && !o.strip().startsWith("reveal=")) {
                b.append(o.strip()).append(',');
            }
        }
        return b.append("reveal=on").toString();
    }

    /**
     * @param outcome a refresh's outcome, by item name, however the door delivered it
     * @return the line the command line prints for it
     */
    static String outcomeLine(java.util.function.Function<String, Object> outcome) {
        return outcome.apply("message") + " State: " + outcome.apply("stateBefore") + " -> "
            + outcome.apply("stateAfter") + ".";
    }
}
