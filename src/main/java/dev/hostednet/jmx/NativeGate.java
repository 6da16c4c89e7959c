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

    private volatile Thread nativeThread;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hostednet-native");
        t.setDaemon(true);
        nativeThread = t;
        return t;
    });
    /** Native thread only: a call's task runs and its caller is not answered yet. */
    private boolean answering;
    /** Native thread only: what that task left for after the answer (see {@link #afterAnswer}). */
    private final java.util.List<Runnable> afterAnswer = new java.util.ArrayList<>();
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
            thread.execute(() -> {
                answering = true;
                try {
                    future.run();
                } finally {
                    answering = false;
                    runAfterAnswer();
                }
            });
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

    /**
     * Runs {@code work} once the caller of the current call has its answer, still on the native thread and before
     * its next task; anywhere else (a caller's thread, a poll) at once. For work the caller need not wait for, such
     * as writing the audit line through the host's log handlers, however slow they are.
     *
     * @param work never throws (a failure is dropped: it must not stop the native thread)
     */
    void afterAnswer(Runnable work) {
        if (Thread.currentThread() == nativeThread && answering) {
            afterAnswer.add(work);
        } else {
            work.run();
        }
    }

    private void runAfterAnswer() {
        for (Runnable r : afterAnswer) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // a host's log handler failed: nothing to do about it here
            }
        }
        afterAnswer.clear();
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
