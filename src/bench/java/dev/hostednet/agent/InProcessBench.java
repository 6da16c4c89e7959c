package dev.hostednet.agent;

import dev.hostednet.wlan.win32.Standin;
import dev.hostednet.wlan.win32.StandinBackstage;
import dev.hostednet.wlan.win32.Win32HostedNetwork;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * In-process parts of the benchmark, on the real binding over the native stand-in: a refresh end to end through
 * each door against the bare native call, and attribute reads while a native call hangs against reads without.
 */
public final class InProcessBench {

    private InProcessBench() {
    }

    /** @return the Markdown table rows */
    public static String refresh(int n) throws Exception {
        Standin s = Standin.LIB;
        s.standin_reset();
        double direct;
        try (Win32HostedNetwork w = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            direct = median(n, () -> w.rotateSystemKey());
        }
        Clients.startAgent("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=0,poll=0");
        try (Clients c = new Clients()) {
            javax.management.MBeanServer local = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            double inProcess = median(n, () -> local.invoke(c.name, "refreshSecuritySettings", null, null));
            double jmx = median(n, () -> c.conn.invoke(c.name, "refreshSecuritySettings", null, null));
            String refresh = "{\"type\":\"exec\",\"mbean\":\"" + Clients.MBEAN
                + "\",\"operation\":\"refreshSecuritySettings\"}";
            String read = "{\"type\":\"read\",\"mbean\":\"" + Clients.MBEAN + "\",\"attribute\":\"State\"}";
            double jolokia;
            double jolokiaRead;
            try (RawHttp raw = new RawHttp(c.url)) {
                jolokia = median(n, () -> raw.post(refresh));
                jolokiaRead = median(n, () -> raw.post(read));
            }
            double httpClient = median(n, () -> c.exec("refreshSecuritySettings"));
            return "| path | median µs | over the bare call, µs |\n|---|---|---|\n"
                + row("bare native call (JNA to the stand-in)", direct, direct)
                + row("in process (MBeanServer.invoke)", inProcess, direct)
                + row("JMX connector (RMI, loopback)", jmx, direct)
                + row("Jolokia (HTTP POST, loopback, keep-alive socket)", jolokia, direct)
                + row("for scale: Jolokia POST read of State, same socket (no native call)", jolokiaRead, direct)
                + row("for scale: the refresh through java.net.http instead", httpClient, direct);
        } finally {
            Clients.stopAgent();
        }
    }

    /** @return the Markdown table: read latencies of State over Jolokia, idle vs. while a native call hangs */
    public static String readsWhileHanging(int n) throws Exception {
        Standin s = Standin.LIB;
        s.standin_reset();
        Clients.startAgent("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=0,poll=0,timeout=60s");
        try (Clients c = new Clients()) {
            String read = "{\"type\":\"read\",\"mbean\":\"" + Clients.MBEAN + "\",\"attribute\":\"State\"}";
            long[] idle = sample(n, () -> c.post(read));
            s.standin_set_hang_millis(120_000);
            CompletableFuture<String> hanging = CompletableFuture.supplyAsync(() -> {
                try {
                    return c.exec("refreshSecuritySettings");
                } catch (Exception e) {
                    return e.toString();
                }
            });
            Thread.sleep(200);
            long[] busy = sample(n, () -> c.post(read));
            s.standin_set_hang_millis(0);
            hanging.join();
            return "| reads of State over Jolokia | p50 µs | p99 µs |\n|---|---|---|\n"
                + "| no native call in flight | " + idle[n / 2] / 1000 + " | " + idle[n * 99 / 100] / 1000 + " |\n"
                + "| a native call hanging | " + busy[n / 2] / 1000 + " | " + busy[n * 99 / 100] / 1000 + " |\n"
                + String.format("| ratio | x%.2f | x%.2f |%n", busy[n / 2] / (double) idle[n / 2],
                    busy[n * 99 / 100] / (double) idle[n * 99 / 100]);
        } finally {
            Clients.stopAgent();
        }
    }

    interface Op {
        Object run() throws Exception;
    }

    private static String row(String name, double median, double direct) {
        return String.format("| %s | %.0f | %.0f |%n", name, median, median - direct);
    }

    private static double median(int n, Op op) throws Exception {
        long[] t = sample(n, op);
        return t[t.length / 2] / 1000.0;
    }

    private static long[] sample(int n, Op op) throws Exception {
        for (int i = 0; i < n / 2; i++) {
            op.run(); // warm-up
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            op.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t;
    }
}
