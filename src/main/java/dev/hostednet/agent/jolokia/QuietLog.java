package dev.hostednet.agent.jolokia;

import org.jolokia.core.api.LogHandler;

/**
 * Jolokia's own log lines go to System.Logger at debug level; errors at warning, except one: Jolokia's check that
 * its classes come from one class loader warns in five lines when the host also runs Jolokia's own agent. Two agents
 * side by side is a supported setup here (each has its own classes, port and services), so it is said once, quietly.
 */
final class QuietLog implements LogHandler {
    private static final System.Logger LOG = System.getLogger("dev.hostednet.jolokia");
    private static final String TWO_AGENTS = "org.jolokia.server.core.service.api.JolokiaService interface is"
        + " available from multiple class loaders";
    /** The lines of that warning after its first one: two class loaders, "Possible reason", "Possible effect". */
    private int twoAgentsLinesLeft;

    @Override
    public void debug(String message) {
        LOG.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void info(String message) {
        LOG.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public synchronized void error(String message, Throwable t) {
        if (message != null && message.startsWith(TWO_AGENTS)) {
            twoAgentsLinesLeft = 4;
            LOG.log(System.Logger.Level.DEBUG, "another Jolokia agent runs in this JVM with classes of its own;"
                + " supported: each agent serves its own port");
            return;
        }
        if (twoAgentsLinesLeft > 0 && t == null) {
            twoAgentsLinesLeft--;
            LOG.log(System.Logger.Level.DEBUG, message);
            return;
        }
        LOG.log(System.Logger.Level.WARNING, message, t);
    }

    @Override
    public boolean isDebug() {
        return false;
    }
}
