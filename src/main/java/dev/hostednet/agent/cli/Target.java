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
     * @param outcome a refresh's outcome, by item name, however the door delivered it
     * @return the line the command line prints for it
     */
    static String outcomeLine(java.util.function.Function<String, Object> outcome) {
        return outcome.apply("message") + " State: " + outcome.apply("stateBefore") + " -> "
            + outcome.apply("stateAfter") + ".";
    }
}
