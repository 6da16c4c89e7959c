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

    Apartment(Combase combase) {
        this.combase = combase;
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
            lock.unlock();
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
        if (!lock.tryLock()) {
            LOG.log(System.Logger.Level.WARNING, "hostednet-agent: a WinRT call still hangs; its thread keeps WinRT"
                + " initialised");
            return;
        }
        try {
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
