package dev.hostednet.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trivial host of the start-up benchmark. With no argument its main returns at once; with "wait" it waits for
 * a line on standard input. At exit it prints its CPU time, peak RSS, loaded classes and peak thread count.
 */
public final class TrivialHost {

    private TrivialHost() {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(TrivialHost::stats));
        if (args.length > 0 && args[0].equals("wait")) {
            System.out.println("READY");
            System.in.read();
        }
    }

    private static void stats() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
        long rssKb = -1;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    rssKb = Long.parseLong(l.replaceAll("\\D+", ""));
                }
            }
        } catch (Exception e) {
            // not Linux: no RSS figure
        }
        System.out.println("STATS " + cpu + " " + rssKb + " " + ManagementFactory.getClassLoadingMXBean()
            .getTotalLoadedClassCount() + " " + ManagementFactory.getThreadMXBean().getPeakThreadCount());
    }
}
