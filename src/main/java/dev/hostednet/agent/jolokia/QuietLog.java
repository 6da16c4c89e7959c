package dev.hostednet.agent.jolokia;

import org.jolokia.core.api.LogHandler;

/** Jolokia's own log lines go to System.Logger at debug level; errors at warning. */
final class QuietLog implements LogHandler {
    private static final System.Logger LOG = System.getLogger("dev.hostednet.jolokia");

    @Override
    public void debug(String message) {
        LOG.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void info(String message) {
        LOG.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.log(System.Logger.Level.WARNING, message, t);
    }

    @Override
    public boolean isDebug() {
        return false;
    }
}
