package dev.hostednet.agent.jolokia;

import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long a request thread may spend on a request's head. The JDK HttpServer hands a connection to the pool
 * as soon as its first bytes arrive and reads the head (and, for HTTPS, the TLS handshake) on the pool thread, from a
 * blocking channel: a client that stalls half-way holds that thread. The JDK's own request timer is a JVM-wide
 * setting read once, by the first HttpServer in the JVM, so it never applies when the host made one before the
 * agent started. Interrupting the thread closes the channel it blocks on, which ends the request and frees the thread.
 * <p>
 * A task is "reading" from its start until the agent's first filter takes the request ({@link #served()}) or the
 * task ends; the watchdog interrupts only a reading task, and both state changes happen under the task's lock, so an
 * interrupt never lands on a request the agent serves. One daemon timer thread, made with the first request and gone
 * after 30 s without any.
 */
final class HeadWatchdog {

    private enum State { READING, SERVED, CUT, DONE }

    private final long nanos;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadLocal<Watch> current = new ThreadLocal<>();

    /**
     * @param time how long a head may take
     * @param unit its unit
     */
    HeadWatchdog(long time, TimeUnit unit) {
        this.nanos = unit.toNanos(time);
        timer = new ScheduledThreadPoolExecutor(0, r -> {
            Thread t = new Thread(r, "hostednet-jolokia-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setMaximumPoolSize(1); // with no core threads, at most this one
        timer.setKeepAliveTime(30, TimeUnit.SECONDS); // the trap: its default, 10 ms, would poll 100 times a second
        timer.setRemoveOnCancelPolicy(true); // a served request leaves nothing behind
    }

    /** On the request thread, as its task starts. */
    void started() {
        Watch w = new Watch(Thread.currentThread());
        try {
            w.timeout = timer.schedule(w::expire, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return; // stopped with the pool: the task is about to end
        }
        current.set(w);
    }

    /**
     * On the request thread, in the agent's first filter.
     *
     * @return true when the request is the agent's to serve; false when the watchdog cut it first (the thread's
     *     interrupt is then cleared, and the request must be dropped)
     */
    boolean served() {
        Watch w = current.get();
        return w == null || w.serve();
    }

    /** On the request thread, as its task ends, whatever happened. */
    void ended() {
        Watch w = current.get();
        current.remove();
        if (w != null) {
            w.end();
        }
    }

    /** Stops the timer thread, with the pool. */
    void stop() {
        timer.shutdownNow();
    }

    private static final class Watch {
        private final Thread thread;
        private State state = State.READING;
        private Future<?> timeout;

        Watch(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (state == State.READING) {
                state = State.CUT;
                thread.interrupt(); // a blocking channel closes: ClosedByInterruptException ends the request
            }
        }

        boolean serve() {
            timeout.cancel(false);
            synchronized (this) {
                if (state == State.READING) {
                    state = State.SERVED;
                }
                if (state == State.CUT) {
                    Thread.interrupted(); // the head came in just as the watchdog struck: the request is dropped
                    return false;
                }
                return true;
            }
        }

        void end() {
            timeout.cancel(false);
            synchronized (this) {
                state = State.DONE;
            }
            // The pool clears a leftover interrupt before its next task (ThreadPoolExecutor.runWorker, JDK 17 and
            // 25); cleared here too, now that nothing can set it again, so that nothing else depends on that.
            Thread.interrupted();
        }
    }
}
