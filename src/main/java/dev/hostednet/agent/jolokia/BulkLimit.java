package dev.hostednet.agent.jolokia;

/**
 * At most {@value #MAX} requests in one HTTP request. Jolokia runs a bulk POST entry by entry, and a 1 MiB body holds
 * tens of thousands of entries ({@code list} walks every MBean each time): without a limit one anonymous POST keeps
 * the host busy for minutes and fills its heap with the answer. Counted per HTTP request, on the thread that serves
 * it, by {@link RequestGate} as Jolokia asks it about each entry.
 */
final class BulkLimit {

    static final int MAX = 100;
    private final ThreadLocal<int[]> count = new ThreadLocal<>();

    /** Runs one HTTP request with a fresh count. */
    void within(IoWork work) throws java.io.IOException {
        count.set(new int[1]);
        try {
            work.run();
        } finally {
            count.remove();
        }
    }

    /** @return whether one more request fits into the current HTTP request (always outside of one) */
    boolean take() {
        int[] c = count.get();
        return c == null || ++c[0] <= MAX;
    }

    /** Work that may fail with an IOException. */
    interface IoWork {
        void run() throws java.io.IOException;
    }
}
