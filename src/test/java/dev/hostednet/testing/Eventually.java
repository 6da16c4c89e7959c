package dev.hostednet.testing;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits in a test for what another thread or process does. The timeout guards against a hang and is never a claim
 * about speed: keep it generous (the machine may be loaded) and assert what happened, not when. The pause between
 * looks starts at 5 ms and doubles up to 100 ms, so a quick change is seen at once and a slow one costs few looks.
 */
public final class Eventually {

    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    /**
     * What is waited for.
     *
     * @param <E> what it may throw; the waiting passes it on
     */
    @FunctionalInterface
    public interface Condition<E extends Exception> {
        boolean holds() throws E;
    }

    /**
     * A look at something that may not be there yet.
     *
     * @param <T> what it answers
     * @param <E> what it may throw; the waiting passes it on
     */
    @FunctionalInterface
    public interface Probe<T, E extends Exception> {
        /** @return the answer, or null while there is none */
        T get() throws E;
    }

    private Eventually() {
    }

    /**
     * @param timeout how long at most
     * @param condition what is waited for
     * @param <E> what the condition may throw
     * @return whether it held within the timeout
     * @throws E as the condition threw it
     * @throws InterruptedException when the test is interrupted
     */
    public static <E extends Exception> boolean within(Duration timeout, Condition<E> condition)
        throws E, InterruptedException {
        return value(timeout, () -> condition.holds() ? Boolean.TRUE : null) != null;
    }

    /**
     * Fails with the message when the condition did not hold within the timeout.
     *
     * @param timeout how long at most
     * @param condition what is waited for
     * @param failure the failure's message, made only when it fails (it may show what was seen instead)
     * @param <E> what the condition may throw
     * @throws E as the condition threw it
     * @throws InterruptedException when the test is interrupted
     */
    public static <E extends Exception> void await(Duration timeout, Condition<E> condition, Supplier<String> failure)
        throws E, InterruptedException {
        if (!within(timeout, condition)) {
            throw new AssertionError(failure.get());
        }
    }

    /**
     * @param timeout how long at most
     * @param probe looked at until it answers
     * @param <T> what it answers
     * @param <E> what the probe may throw
     * @return the first answer, or null when there was none within the timeout (after one last look)
     * @throws E as the probe threw it
     * @throws InterruptedException when the test is interrupted
     */
    public static <T, E extends Exception> T value(Duration timeout, Probe<T, E> probe)
        throws E, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (System.nanoTime() - end < 0) {
            T answer = probe.get();
            if (answer != null) {
                return answer;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
        return probe.get();
    }
}
