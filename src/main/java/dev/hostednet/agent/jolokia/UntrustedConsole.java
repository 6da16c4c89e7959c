package dev.hostednet.agent.jolokia;

import java.io.IOException;

/**
 * Why the page of a console that reaches the agent through its own proxy (Hawtio) is not trusted, for the HTTP
 * request this thread serves: set by {@link GuardFilter} on the headers, read by {@link RequestGate} on each request
 * Jolokia parsed. A thread-local, not an exchange attribute: on JDK 17 those live in the shared context.
 */
final class UntrustedConsole {

    private final ThreadLocal<String> reason = new ThreadLocal<>();

    /** Runs one HTTP request with {@code why} (null: a trusted page, or none) as its reason. */
    void within(String why, BulkLimit.IoWork work) throws IOException {
        reason.set(why);
        try {
            work.run();
        } finally {
            reason.remove();
        }
    }

    /** @return why the current request's console is not trusted, or null */
    String reason() {
        return reason.get();
    }
}
