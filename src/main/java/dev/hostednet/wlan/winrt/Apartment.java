package dev.hostednet.wlan.winrt;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs WinRT calls on the calling thread, initialised multithreaded (RO_INIT_MULTITHREADED) on its first call: in
 * the agent that is always its native thread, so no call pays a second thread hop. Trap: RoInitialize is per
 * thread, a thread already single-threaded answers RPC_E_CHANGED_MODE (a host's UI thread calling the backend
 * directly: refused in words), and RoUninitialize must run on the thread that initialised, so the agent closes
 * its backend on its native thread (NativeGate.closeWith). Calls are serialised: interface pointers are used by
 * one thread at a time.
 */
final class Apartment implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Apartment.class.getName());

    private final Combase combase;
    private final Set<Thread> initialised = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    /** Set by a close that found a call hanging: that call releases the kept interfaces when it ends. */
    private volatile Runnable releaseLater;

    Apartment(Combase combase) {
        this.combase = combase;
    }

    /** @return the lock a call holds: a seam for the test that holds it as a call at its last step does */
    ReentrantLock lock() {
        return lock;
    }

    /**
     * @return the task's result
     * @throws WinRtException RoInitialize's failure, or the task's
     */
    <T> T run(Callable<T> task) throws Exception {
        lock.lock();
        try {
            return runLocked(task);
        } finally {
            releaseLeftovers();
            unlockAndLookAgain();
        }
    }

    /**
     * The end of a call. The trap: a close may leave its release between the call's last look and its unlock (the
     * close's second tryLock fails because the call still holds the lock), and nobody would run it. So the call
     * looks once more with the lock free; the close sets its release before its second tryLock: one side sees it.
     */
    void unlockAndLookAgain() {
        lock.unlock();
        if (releaseLater != null && lock.tryLock()) {
            try {
                releaseLeftovers();
            } finally {
                lock.unlock();
            }
        }
    }

    /** With the lock held: what a close that found a call running left for that call's end. */
    private void releaseLeftovers() {
        Runnable r = releaseLater;
        if (r != null) {
            releaseLater = null;
            r.run();
        }
    }

    private <T> T runLocked(Callable<T> task) throws Exception {
        Thread t = Thread.currentThread();
        if (!initialised.contains(t)) {
            int hr = combase.RoInitialize(Combase.RO_INIT_MULTITHREADED);
            if (hr == HResult.RPC_E_CHANGED_MODE) {
                throw new WinRtException("RoInitialize(RO_INIT_MULTITHREADED) on thread '" + t.getName()
                    + "', already single-threaded (WinRT calls belong on the agent's native thread)", hr);
            }
            WinRtException.check("RoInitialize(RO_INIT_MULTITHREADED)", hr);
            initialised.add(t); // S_OK and S_FALSE alike need their RoUninitialize
        }
        return task.call();
    }

    /**
     * Balances RoInitialize on this thread; other threads' initialisation ends with them. Idempotent, and never
     * waits for a WinRT call that hangs (the agent's stop must not hang with it): then it only says so.
     */
    @Override
    public void close() {
        close(() -> { });
    }

    /**
     * As {@link #close()}, releasing what was kept across calls (the cached factories) first, while WinRT is
     * still initialised; when a call hangs, it releases them itself when it ends (on its thread, initialised).
     *
     * @param releaseFirst releases the interfaces kept across calls; never throws
     */
    void close(Runnable releaseFirst) {
        if (!lock.tryLock()) {
            releaseLater = releaseFirst;
            if (lock.tryLock()) { // the call ended meanwhile, perhaps before it could see releaseLater
                try {
                    releaseLeftovers();
                } finally {
                    lock.unlock();
                }
            }
            LOG.log(System.Logger.Level.WARNING, "hostednet-agent: a WinRT call still hangs; its thread keeps WinRT"
                + " initialised");
            return;
        }
        try {
            releaseFirst.run();
            if (initialised.remove(Thread.currentThread())) {
                combase.RoUninitialize();
            }
            if (!initialised.isEmpty()) {
                LOG.log(System.Logger.Level.DEBUG, "WinRT stays initialised on threads closed elsewhere: "
                    + initialised);
                initialised.clear();
            }
        } finally {
            lock.unlock();
        }
    }
}
