package dev.hostednet.bench;

import java.lang.management.ManagementFactory;

/**
 * The host of the idle benchmark: it does nothing (or, with "mbs", only creates the platform MBeanServer) until its
 * standard input closes, then prints "RETURNS" and the wall-clock time and returns from main. It measures nothing
 * itself: asking the JVM for its own figures would load the very management classes whose cost is measured.
 */
public final class IdleHost {

    private IdleHost() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("mbs")) {
            ManagementFactory.getPlatformMBeanServer();
        }
        while (System.in.read() >= 0) {
            // wait for the end of standard input
        }
        System.out.println("RETURNS " + System.currentTimeMillis());
    }
}
