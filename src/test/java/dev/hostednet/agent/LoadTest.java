package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.win32.Standin;
import dev.hostednet.wlan.win32.StandinBackstage;
import dev.hostednet.wlan.win32.Win32HostedNetwork;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.RuntimeMBeanException;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients (eight over JMX, eight over Jolokia) mix reads and refreshes against the agent on the real
 * binding for a bounded time (load.seconds, 15 by default). Nothing unexpected fails, the counters are exact, the
 * agent's threads stay bounded, the heap returns to its baseline and the stand-in has nothing outstanding.
 */
class LoadTest {

    private static final String[] READS = {"State", "RefreshCount", "LastRefresh", "Peers", "History", "Ssid"};

    @Test
    void sixteenClientsMixReadsAndRefreshesWithNothingLost() throws Exception {
        Standin s = Standin.LIB;
        s.standin_reset();
        try (Win32HostedNetwork setup = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            setup.start();
        }
        long heapBefore = usedHeapAfterGc();
        Clients.startAgent("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=0,poll=200ms,timeout=10s");
        long seconds = Long.getLong("load.seconds", 15);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicLong refreshes = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicInteger maxThreads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(17);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean jmx = i % 2 == 0;
            Random r = new Random(i);
            clients.add(pool.submit(() -> {
                try (Clients c = new Clients()) {
                    while (System.nanoTime() < deadline) {
                        if (r.nextInt(10) == 0) {
                            refresh(c, jmx, errors);
                            refreshes.incrementAndGet();
                        } else {
                            read(c, jmx, READS[r.nextInt(READS.length)], errors);
                            reads.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        pool.submit(() -> {
            while (System.nanoTime() < deadline) {
                maxThreads.accumulateAndGet(agentThreads(), Math::max);
                Thread.sleep(100);
            }
            return null;
        });
        pool.shutdown();
        assertTrue(pool.awaitTermination(seconds + 60, TimeUnit.SECONDS), "a client hung: deadlock?");
        for (Future<?> f : clients) {
            f.get();
        }
        Clients probe = new Clients();
        long counted = probe.refreshes();
        long failedCount = (Long) probe.attr("FailedRefreshCount");
        probe.close();
        Clients.stopAgent();
        s.standin_wait_notifications_idle(5000);
        long heapAfter = usedHeapAfterGc();
        System.out.printf("load: 16 clients, %d s: %d reads (%.0f/s), %d refreshes (%.0f/s), agent threads max %d,"
                + " heap %d KiB before, %d KiB after%n", seconds, reads.get(), reads.get() / (double) seconds,
            refreshes.get(), refreshes.get() / (double) seconds, maxThreads.get(), heapBefore / 1024,
            heapAfter / 1024);

        assertTrue(errors.isEmpty(), () -> errors.size() + " unexpected errors, first: " + errors.get(0));
        assertEquals(refreshes.get(), counted, "RefreshCount + FailedRefreshCount = refresh calls that returned");
        assertEquals(0, failedCount);
        // Request threads are made as concurrent requests need them (8 Jolokia clients here) and reused: about one a
        // client, plus the native thread and the poller; not one a request.
        assertTrue(maxThreads.get() <= 14, "the agent's threads follow its concurrent clients: " + maxThreads.get());
        assertEquals(0, agentThreads(), "no agent thread outlives stop");
        assertTrue(heapAfter < heapBefore + 24L * 1024 * 1024, "heap back near its baseline: " + heapBefore
            + " -> " + heapAfter);
        assertEquals(0, s.standin_outstanding_allocations());
        assertEquals(0, s.standin_open_handles());
    }

    private static void refresh(Clients c, boolean jmx, List<String> errors) throws Exception {
        if (jmx) {
            try {
                c.conn.invoke(c.name, "refreshSecuritySettings", null, null);
            } catch (RuntimeMBeanException e) {
                errors.add("jmx refresh: " + e.getCause().getMessage());
            }
        } else {
            String body = c.exec("refreshSecuritySettings");
            if (!body.contains("\"status\":200")) {
                errors.add("http refresh: " + body);
            }
        }
    }

    private static void read(Clients c, boolean jmx, String attribute, List<String> errors) throws Exception {
        if (jmx) {
            c.attr(attribute);
        } else {
            String body = c.post("{\"type\":\"read\",\"mbean\":\"" + Clients.MBEAN + "\",\"attribute\":\""
                + attribute + "\"}").body();
            if (!body.contains("\"status\":200")) {
                errors.add("http read: " + body);
            }
        }
    }

    static int agentThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith("hostednet-")).count();
    }

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
