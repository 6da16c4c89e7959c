package dev.hostednet.it;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The host of the flood benchmark. It collects fully four times a second and records the heap still in use after
 * each full collection: what was reachable then. "idle" collects, prints "IDLE bytes" and starts a new peak;
 * "peak" prints "PEAK bytes", the most in use after a full collection since.
 */
public final class FloodHost {

    private static final AtomicLong PEAK = new AtomicLong();
    /** The heap's pools: a collection's report covers the others too (metaspace, code cache). */
    private static final java.util.Set<String> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
        .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    private FloodHost() {
    }

    public static void main(String[] args) throws Exception {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) n.getUserData());
                if (info.getGcAction().contains("major")) { // only a full collection leaves what is reachable
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> HEAP.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        Thread sampler = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(250);
                    System.gc(); // a full collection four times a second: the live heap, sampled
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "flood-sampler");
        sampler.setDaemon(true);
        sampler.start();
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("idle")) {
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(200);
                }
                long idle = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                PEAK.set(0);
                System.out.println("IDLE " + idle);
            } else if (line.equals("peak")) {
                System.gc(); // the flood's last allocations are seen too
                Thread.sleep(200);
                System.out.println("PEAK " + PEAK.get());
            }
        }
    }
}
