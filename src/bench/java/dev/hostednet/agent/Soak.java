package dev.hostednet.agent;

import dev.hostednet.wlan.win32.Standin;
import dev.hostednet.wlan.win32.StandinBackstage;
import dev.hostednet.wlan.win32.Win32HostedNetwork;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak run (a benchmark, not a test): the agent on the real binding over the native stand-in, 16 clients (8 JMX,
 * 8 Jolokia) mixing reads and refreshes (1 in 20) for soak.minutes (10 by default). Every minute it prints
 * throughput, latency percentiles, heap and agent threads; at the end, the stand-in's outstanding allocations.
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        long minutes = Long.getLong("soak.minutes", 10);
        Standin s = Standin.LIB;
        s.standin_reset();
        try (Win32HostedNetwork setup = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            setup.start();
        }
        Clients.startAgent("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=0,poll=1s");
        AtomicReference<ConcurrentLinkedQueue<Long>> reads = new AtomicReference<>(new ConcurrentLinkedQueue<>());
        AtomicReference<ConcurrentLinkedQueue<Long>> refreshes = new AtomicReference<>(new ConcurrentLinkedQueue<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 16; i++) {
            boolean jmx = i % 2 == 0;
            Random r = new Random(i);
            pool.submit(() -> {
                try (Clients c = new Clients()) {
                    while (System.nanoTime() < end) {
                        boolean refresh = r.nextInt(20) == 0;
                        long t0 = System.nanoTime();
                        boolean ok = refresh ? refresh(c, jmx) : read(c, jmx);
                        (refresh ? refreshes : reads).get().add(System.nanoTime() - t0);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                }
                return null;
            });
        }
        pool.shutdown();
        System.out.println("minute  reads/s  read p50/p99/max ms     refreshes/s  refresh p50/p99/max ms  heap MiB"
            + "  agent threads  errors");
        for (int m = 1; m <= minutes; m++) {
            Thread.sleep(60_000);
            long[] rd = drain(reads);
            long[] rf = drain(refreshes);
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            System.out.printf("%6d  %7.0f  %-22s  %11.1f  %-22s  %8d  %13d  %6d%n", m, rd.length / 60.0, pct(rd),
                rf.length / 60.0, pct(rf), heap, LoadTest.agentThreads(), errors.get());
        }
        pool.awaitTermination(60, TimeUnit.SECONDS);
        Clients probe = new Clients();
        System.out.println("RefreshCount=" + probe.attr("RefreshCount") + " FailedRefreshCount="
            + probe.attr("FailedRefreshCount"));
        probe.close();
        Clients.stopAgent();
        s.standin_wait_notifications_idle(5000);
        System.out.println("after stop: heap after GC " + (LoadTest.usedHeapAfterGc() >> 20) + " MiB, agent threads "
            + LoadTest.agentThreads() + ", stand-in allocations outstanding " + s.standin_outstanding_allocations()
            + ", open handles " + s.standin_open_handles());
    }

    private static long[] drain(AtomicReference<ConcurrentLinkedQueue<Long>> q) {
        ConcurrentLinkedQueue<Long> old = q.getAndSet(new ConcurrentLinkedQueue<>());
        long[] a = old.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static String pct(long[] sorted) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%.2f/%.2f/%.1f", sorted[sorted.length / 2] / 1e6,
            sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static boolean refresh(Clients c, boolean jmx) throws Exception {
        if (jmx) {
            try {
                c.conn.invoke(c.name, "refreshSecuritySettings", null, null);
                return true;
            } catch (javax.management.RuntimeMBeanException e) {
                return false;
            }
        }
        return c.exec("refreshSecuritySettings").contains("\"status\":200");
    }

    private static boolean read(Clients c, boolean jmx) throws Exception {
        if (jmx) {
            c.attr("State");
            return true;
        }
        return c.post("{\"type\":\"read\",\"mbean\":\"" + Clients.MBEAN + "\",\"attribute\":\"State\"}").body()
            .contains("\"status\":200");
    }

}
