package dev.hostednet.agent;

import dev.hostednet.wlan.winrt.TetherStandin;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A Mobile Hotspot rotation's agent overhead: refreshSecuritySettings through the MBean (in process, so no
 * transport is counted) on an active hotspot of the combase stand-in, minus the stand-in's own time (the summed
 * lifetimes of its StopTetheringAsync and ConfigureAccessPointAsync, creation to completion, measured in C). What
 * remains is the binding's calls, its polling for completion, the MBean layer and the native gate.
 * {@code -Dbench.pause=MS} spaces the rotations (the pause is not counted), as an operator's are: then a rotation
 * does not pay for what the previous one left running (its audit line, written after the answer; the stand-in's
 * completion threads ending). 0, the default, runs them back to back.
 * Run: {@code mvn -B -Pbench test-compile exec:exec@bench -Dbench.main=dev.hostednet.agent.HotspotRotationBench}.
 */
public final class HotspotRotationBench {

    private static int pauseMs;

    private HotspotRotationBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.n", 2000);
        int delayMs = Integer.getInteger("bench.delay", 1);
        pauseMs = Integer.getInteger("bench.pause", 0);
        TetherStandin s = TetherStandin.LIB;
        s.tether_reset();
        s.tether_set_delay_ms(delayMs);
        if (Boolean.getBoolean("bench.direct")) {
            try (var h = dev.hostednet.wlan.winrt.MobileHotspot.open(dev.hostednet.wlan.BackendSettings.DEFAULT)) {
                measure(n, delayMs, "backend alone (MobileHotspot.rotateSystemKey)", h::rotateSystemKey);
            }
            return;
        }
        Clients.startAgent("backend=mobilehotspot,port=0,jmx=off,refresh.interval=0,poll=0,timeout=10s");
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(Clients.MBEAN);
            measure(n, delayMs, "through the MBean, in process",
                () -> server.invoke(name, "refreshSecuritySettings", null, null));
        } finally {
            Clients.stopAgent();
        }
    }

    private interface Rotation {
        Object run() throws Exception;
    }

    private static void measure(int n, int delayMs, String path, Rotation rotation) throws Exception {
        TetherStandin s = TetherStandin.LIB;
        {
            long[] overhead = new long[n];
            long[] total = new long[n];
            for (int i = -n / 10; i < n; i++) { // the first tenth warms up and is not kept
                if (pauseMs > 0) {
                    Thread.sleep(pauseMs);
                }
                s.tether_set_state(TetherStandin.STATE_ON);
                long own = s.tether_async_nanos();
                long t0 = System.nanoTime();
                rotation.run();
                long took = System.nanoTime() - t0;
                if (i >= 0) {
                    total[i] = took;
                    overhead[i] = took - (s.tether_async_nanos() - own);
                }
            }
            Arrays.sort(overhead);
            Arrays.sort(total);
            System.out.printf("%s: %d rotations, stand-in delay per async operation: %d ms, %s%n", path, n, delayMs,
                pauseMs > 0 ? pauseMs + " ms apart" : "back to back");
            System.out.printf("rotation end to end: median %.3f ms, p90 %.3f ms%n", total[n / 2] / 1e6,
                total[n * 9 / 10] / 1e6);
            System.out.printf("agent overhead over the stand-in's own time: median %.3f ms, p90 %.3f ms,"
                + " max %.3f ms%n", overhead[n / 2] / 1e6, overhead[n * 9 / 10] / 1e6, overhead[n - 1] / 1e6);
        }
    }
}
