package dev.hostednet.wlan.winrt;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that makes WinRT calls, initialised multithreaded (RO_INIT_MULTITHREADED) when it starts and
 * uninitialised on {@link #close()}. Trap: RoInitialize is per thread, and a thread already in the single-threaded
 * model answers RPC_E_CHANGED_MODE; RoUninitialize must run on the thread that initialised. A thread of our own
 * gives both for certain, whoever calls and whoever closes; it is a daemon, started on first use.
 */
final class WinRtThread implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WinRtThread.class.getName());

    private final Combase combase;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hostednet-winrt");
        t.setDaemon(true);
        return t;
    });
    private final Future<Integer> initialised;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    WinRtThread(Combase combase) {
        this.combase = combase;
        this.initialised = thread.submit(() -> combase.RoInitialize(Combase.RO_INIT_MULTITHREADED));
    }

    /**
     * Runs a task on the WinRT thread and waits for it; the caller's own bound (the agent's native gate) limits
     * the wait, so this one does not add another.
     *
     * @return its result
     * @throws WinRtException RoInitialize's failure, or the task's
     */
    <T> T run(Callable<T> task) throws Exception {
        Future<T> f = thread.submit(() -> {
            WinRtException.check("RoInitialize(RO_INIT_MULTITHREADED)", initialised.get());
            return task.call();
        });
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /**
     * Balances RoInitialize on its own thread, then ends the thread; a hung WinRT call is abandoned (a daemon).
     * Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Future<?> done = thread.submit(() -> {
            try {
                if (initialised.get() >= 0) { // S_OK and S_FALSE both need their RoUninitialize
                    combase.RoUninitialize();
                }
            } catch (ExecutionException | InterruptedException e) {
                LOG.log(System.Logger.Level.DEBUG, "RoInitialize never completed", e);
            }
        });
        thread.shutdown();
        try {
            done.get(2, TimeUnit.SECONDS);
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "hostednet-agent: the WinRT thread did not end (a WinRT call"
                + " hangs); it is left to the JVM");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }
}
