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
     * @param outcome a refresh's outcome, by item name, however the door delivered it
     * @return the line the command line prints for it
     */
    static String outcomeLine(java.util.function.Function<String, Object> outcome) {
        return outcome.apply("message") + " State: " + outcome.apply("stateBefore") + " -> "
            + outcome.apply("stateAfter") + ".";
    }
}
