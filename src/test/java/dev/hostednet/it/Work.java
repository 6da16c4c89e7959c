package dev.hostednet.it;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The host's own work for the flood tests: it allocates steadily and keeps 48 MiB alive, as an application with
 * caches and requests would, so a flood that takes the heap shows as this work failing (the host's own thread is
 * the first to meet the OutOfMemoryError, as in the reported attacks).
 */
final class Work {

    private static final AtomicLong ROUNDS = new AtomicLong();
    private static final AtomicReference<String> FAILED = new AtomicReference<>();

    private Work() {
    }

    static void start() {
        Thread t = new Thread(Work::run, "host-work");
        t.setDaemon(true); // the host still returns from main when told
        t.start();
    }

    private static void run() {
        byte[][] live = new byte[48][];
        try {
            for (int i = 0; ; i++) {
                live[i % live.length] = new byte[1 << 20];
                ROUNDS.incrementAndGet();
                if (i % 16 == 0) {
                    Thread.sleep(5);
                }
            }
        } catch (OutOfMemoryError e) {
            live = null;
            FAILED.set(String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return "ok N" (allocations so far) or "failed MESSAGE" */
    static String state() {
        String f = FAILED.get();
        return f == null ? "ok " + ROUNDS.get() : "failed " + f;
    }
}
