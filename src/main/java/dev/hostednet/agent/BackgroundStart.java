package dev.hostednet.agent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One part of the start-up run on a daemon thread of its own while the starting thread does another, then
 * awaited. Awaiting is not interruptible: a start that gave up waiting would leave whatever the task opens (a bound
 * port) open behind it.
 *
 * @param <T> what the task opens
 */
final class BackgroundStart<T> {

    private final FutureTask<T> task;

    private BackgroundStart(FutureTask<T> task) {
        this.task = task;
    }

    /**
     * @param name the thread's name
     * @param work the task
     * @param <T> what it opens
     * @return the running task
     */
    static <T> BackgroundStart<T> begin(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true); // threads it creates inherit this: none of them may keep the host alive
        t.start();
        return new BackgroundStart<>(task);
    }

    /**
     * @return what the task opened
     * @throws Exception what the task threw
     */
    T await() throws Exception {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) cause;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
