package dev.hostednet.agent;

/** The agent could not start; the message says why in words an operator can act on. */
final class AgentStartException extends Exception {
    private static final long serialVersionUID = 1L;

    AgentStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
