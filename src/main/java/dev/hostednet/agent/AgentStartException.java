package dev.hostednet.agent;

/** The agent could not start; the message says why in words an operator can act on. */
final class AgentStartException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Not a failure of the agent: one already runs in this JVM. */
    private final boolean alreadyRunning;

    AgentStartException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private AgentStartException(String message, Throwable cause, boolean alreadyRunning) {
        super(message, cause);
        this.alreadyRunning = alreadyRunning;
    }

    /**
     * @param jolokiaUrl where the running agent answers ("" when its Jolokia is off)
     * @return the exception that says so
     */
    static AgentStartException alreadyRunning(Object jolokiaUrl) {
        return new AgentStartException("already running (Jolokia: " + jolokiaUrl + "); stop it first", null, true);
    }

    /** @return whether an agent already runs in this JVM, which is not a failure to start */
    boolean alreadyRunning() {
        return alreadyRunning;
    }
}
