package dev.hostednet.agent.jolokia;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jolokia's request threads: none while nobody asks, an idle one reused when there is one, a new one made when all are
 * busy, up to a maximum, and each gone after 30 s without work. The JDK HttpServer reads a request on the thread
 * that will serve it, so a client slow to send its request holds a thread until the server's request timeout closes
 * it: a pool that grows keeps such clients from delaying anyone else, and its {@link HeadWatchdog} cuts them after
 * 5 s. (A plain ThreadPoolExecutor either never grows past its core size when it has a queue, or makes a new thread
 * for every task below it even with idle ones.)
 */
final class RequestThreads extends LinkedBlockingQueue<Runnable> {

    private static final long serialVersionUID = 1L;
    private transient ThreadPoolExecutor pool;

    private RequestThreads() {
    }

    /**
     * @param max the most threads at once
     * @param loader the context class loader of every thread (Jolokia looks its classes up through it)
     * @param watchdog told when each task starts and ends; stopped with the pool
     * @return the executor
     */
    static ExecutorService create(int max, ClassLoader loader, HeadWatchdog watchdog) {
        RequestThreads queue = new RequestThreads();
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new Watched(max, queue, watchdog, r -> {
            Thread t = new Thread(r, "hostednet-jolokia-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        }, (r, executor) -> {
            if (!executor.isShutdown()) {
                queue.queue(r); // at the maximum after all: wait for a thread
            }
        });
        queue.pool = p;
        return p;
    }

    /** Refusing the task makes the executor try a new thread: done while every thread is busy. */
    @Override
    public boolean offer(Runnable r) {
        if (pool.getPoolSize() < pool.getMaximumPoolSize() && pool.getActiveCount() >= pool.getPoolSize()) {
            return false;
        }
        return super.offer(r);
    }

    private void queue(Runnable r) {
        super.offer(r);
    }

    /** The pool, telling its watchdog when a task starts and ends (on the task's thread) and when it is stopped. */
    private static final class Watched extends ThreadPoolExecutor {
        private final HeadWatchdog watchdog;

        Watched(int max, RequestThreads queue, HeadWatchdog watchdog, ThreadFactory threads,
                RejectedExecutionHandler full) {
            super(0, max, 30, TimeUnit.SECONDS, queue, threads, full);
            this.watchdog = watchdog;
        }

        @Override
        protected void beforeExecute(Thread t, Runnable r) {
            watchdog.started();
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            watchdog.ended();
        }

        @Override
        protected void terminated() {
            watchdog.stop();
        }
    }
}
