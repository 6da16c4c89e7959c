package dev.hostednet.agent;

import java.util.Set;

/**
 * Lets the host JVM exit although the JMX connector is open. An exported RMI object keeps the non-daemon
 * "RMI Reaper" thread alive, so a JVM whose main has returned would never exit. This daemon thread notices when
 * only such threads (and DestroyJavaVM, which waits for them) are left, and closes the agent then.
 */
final class ExitWatcher {

    private static final Set<String> OURS = Set.of("DestroyJavaVM", "RMI Reaper");

    private ExitWatcher() {
    }

    static Thread watch(Runnable closeAgent) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(250);
                    if (onlyOursLeft()) {
                        closeAgent.run();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hostednet-exit-watcher");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static boolean onlyOursLeft() {
        boolean destroying = false;
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() * 2 + 16];
        int n = root.enumerate(all, true);
        for (int i = 0; i < n; i++) {
            Thread t = all[i];
            if (!t.isAlive() || t.isDaemon()) {
                continue;
            }
            if (!OURS.contains(t.getName())) {
                return false;
            }
            destroying |= t.getName().equals("DestroyJavaVM");
        }
        return destroying;
    }
}
