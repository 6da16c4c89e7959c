package dev.hostednet.jmx;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs native calls one at a time on a dedicated daemon thread, and lets callers wait a bounded time. A task that
 * has not started when its caller gives up is cancelled, so a queued refresh never runs behind the back of a caller
 * who was told it failed; a task that has started runs to its end and records its own result.
 */
final class NativeGate implements AutoCloseable {

    /** The caller gave up waiting. */
    static final class Timeout extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean started;

        Timeout(boolean started) {
            super(started ? "still running" : "never started");
            this.started = started;
        }

        /** @return whether the task had started (and will finish and record itself) */
        boolean started() {
            return started;
        }
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hostednet-native");
        t.setDaemon(true);
        return t;
    });
    private final Duration timeout;
    private final AtomicBoolean backgroundPending = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

    NativeGate(Duration timeout) {
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * @return the task's result
     * @throws Timeout when it did not finish in time
     * @throws IllegalStateException when the gate is closed
     */
    <T> T call(Callable<T> task) throws Timeout, InterruptedException {
        AtomicBoolean started = new AtomicBoolean();
        FutureTask<T> future = new FutureTask<>(() -> {
            started.set(true);
            waiting.decrementAndGet();
            return task.call();
        });
        waiting.incrementAndGet();
        try {
            thread.execute(future);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the agent is shutting down", e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            boolean cancelled = future.cancel(false);
            if (cancelled && !started.get()) {
                waiting.decrementAndGet();
            }
            throw new Timeout(!cancelled || started.get());
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c.getMessage(), c);
        }
    }

    /** @return whether a caller waits for the native thread: background work should yield to it */
    boolean callersWaiting() {
        return waiting.get() > 0;
    }

    /** Queues background work (a poll), unless one is already waiting: a hung call never piles up polls. */
    void background(Runnable task) {
        if (backgroundPending.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    backgroundPending.set(false);
                    task.run();
                });
            } catch (RejectedExecutionException e) {
                backgroundPending.set(false);
            }
        }
    }

    /** Stops taking work; a call that hangs is abandoned with its (daemon) thread. */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    /**
     * Runs {@code last} as the native thread's last task, then stops: a backend that initialised the thread (WinRT's
     * RoInitialize) must undo it on that thread. If the thread is stuck in a hung call beyond the timeout,
     * {@code last} runs here instead, once.
     *
     * @param last closes the backend; never throws
     */
    void closeWith(Runnable last) {
        AtomicBoolean ran = new AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) {
                last.run();
            }
        };
        try {
            java.util.concurrent.Future<?> f = thread.submit(once);
            thread.shutdown();
            f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
            once.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            once.run();
        } finally {
            thread.shutdownNow();
        }
    }
}
