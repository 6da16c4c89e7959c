package dev.hostednet.agent.jolokia;

import org.jolokia.core.api.LogHandler;

/**
 * Jolokia's own debug and info lines are dropped; errors go to System.Logger at warning, except one: Jolokia's check that
 * its classes come from one class loader warns in five lines when the host also runs Jolokia's own agent. Two agents
 * side by side is a supported setup here (each has its own classes, port and services), so it is said once, quietly.
 */
final class QuietLog implements LogHandler {
    private static final String TWO_AGENTS = "org.jolokia.server.core.service.api.JolokiaService interface is"
        + " available from multiple class loaders";
    /** The lines of that warning after its first one: two class loaders, "Possible reason", "Possible effect". */
    private int twoAgentsLinesLeft;

    /**
     * Dropped, as {@link #info}: Jolokia says which restrictor and contexts it uses while the agent starts, and a
     * logger asked for then would initialise java.util.logging before the host chose its LogManager. Nothing in
     * those lines is for an operator to act on.
     */
    @Override
    public void debug(String message) {
        // see above
    }

    @Override
    public void info(String message) {
        // see debug
    }

    @Override
    public synchronized void error(String message, Throwable t) {
        if (message != null && message.startsWith(TWO_AGENTS)) {
            twoAgentsLinesLeft = 4;
            log().log(System.Logger.Level.DEBUG, "another Jolokia agent runs in this JVM with classes of its own;"
                + " supported: each agent serves its own port");
            return;
        }
        if (twoAgentsLinesLeft > 0 && t == null) {
            twoAgentsLinesLeft--;
            log().log(System.Logger.Level.DEBUG, message);
            return;
        }
        log().log(System.Logger.Level.WARNING, message, t);
    }

    @Override
    public boolean isDebug() {
        return false;
    }

    /**
     * Asked for at each line, never held in a static field: getting a System.Logger initialises java.util.logging,
     * and this class is loaded at start, before the host may have chosen its LogManager.
     */
    private static System.Logger log() {
        return System.getLogger("dev.hostednet.jolokia");
    }
}
