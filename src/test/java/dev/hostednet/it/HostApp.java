package dev.hostednet.it;

import java.time.Duration;
import dev.hostednet.testing.Eventually;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A host application for the integration tests. It prints what it sees and returns from main (never System.exit)
 * when told "exit" on standard input (and "heap" prints its used heap after GC), or at once with the argument
 * "quick", so tests prove the JVM then exits.
 * With "libs" it uses its own JNA and Jolokia, to show the agent does not replace them. With "doors NAME..." it
 * waits until the agent has published those system properties, prints "HOST-RETURNS" and the wall-clock time, and
 * returns: how long the JVM takes to end after that is what the host pays at exit. "rmi NAME..." does the same after
 * exporting an RMI object of its own, which rightly keeps the JVM running.
 */
public final class HostApp {

    /** The host's own RMI object: RMI holds it weakly, so without this it would be collected and the JVM end. */
    static java.rmi.Remote exported;
    /** The host's own HTTP server, made on "httpserver" and never started. */
    static Object hostServer;

    private HostApp() {
    }

    /** A remote interface of the host's own. */
    public interface Ping extends java.rmi.Remote {
        /** @return "pong" */
        String ping() throws java.rmi.RemoteException;
    }

    private static final class Pinger implements Ping {
        @Override
        public String ping() {
            return "pong";
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("HOST-READY " + ProcessHandle.current().pid());
        if (args.length > 0 && args[0].equals("quick")) {
            System.out.println("HOST-DONE");
            return;
        }
        if (args.length > 0 && (args[0].equals("doors") || args[0].equals("rmi"))) {
            if (args[0].equals("rmi")) {
                Pinger pinger = new Pinger();
                java.rmi.server.UnicastRemoteObject.exportObject(pinger, 0);
                exported = pinger;
            }
            for (int i = 1; i < args.length; i++) {
                while (System.getProperty(args[i]) == null) {
                    Thread.sleep(5);
                }
                System.out.println("HOST-PROP " + args[i] + "=" + System.getProperty(args[i]));
            }
            // A moment for the JIT to finish compiling the start-up: HotSpot also waits for busy compiler threads
            // at exit, which would be measured as the agent's cost at exit though any start-up pays it.
            Thread.sleep(1000);
            // What would keep the JVM from ending once main returns: a live thread that is not a daemon.
            System.out.println("HOST-NONDAEMON " + Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !t.isDaemon() && t != Thread.currentThread() && !t.getName().equals("DestroyJavaVM"))
                .map(Thread::getName).sorted().toList());
            System.out.println("HOST-RETURNS " + System.currentTimeMillis());
            return;
        }
        if (args.length > 0 && args[0].equals("libs")) {
            Class<?> nat = Class.forName("com.sun.jna.Native");
            java.lang.reflect.Field version = Class.forName("com.sun.jna.Version").getField("VERSION");
            version.setAccessible(true); // declared in a package-private interface
            System.out.println("HOST-JNA " + version.get(null) + " from "
                + nat.getProtectionDomain().getCodeSource().getLocation());
            nat.getMethod("getNativeSize", Class.class).invoke(null, int.class); // loads its native library
            Class<?> ver = Class.forName("org.jolokia.Version");
            System.out.println("HOST-JOLOKIA " + ver.getMethod("getAgentVersion").invoke(null));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("exit")) {
                break;
            }
            if (line.equals("heap")) {
                System.out.println("HEAP " + heapAfterGc());
            }
            if (line.equals("work")) {
                Work.start();
                System.out.println("WORKING");
            }
            if (line.equals("work?")) {
                System.out.println("WORK " + Work.state());
            }
            if (line.equals("logmanager")) {
                // What a WildFly-style host does early in main: choose its own LogManager, then log.
                System.setProperty("java.util.logging.manager", HostLogManager.class.getName());
                System.out.println("LOGMANAGER " + java.util.logging.LogManager.getLogManager().getClass().getName());
            }
            if (line.equals("made")) {
                System.out.println("MADE mbeanservers=" + javax.management.MBeanServerFactory.findMBeanServer(null)
                    .size() + " rmi-threads=" + Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("RMI")).count());
            }
            if (line.equals("platform")) {
                System.out.println("PLATFORM " + waitForAgentMBean());
            }
            if (line.startsWith("squat ")) {
                // The host's own MBean (or another copy of the agent's) under a name the agent means to use.
                java.lang.management.ManagementFactory.getPlatformMBeanServer().registerMBean(
                    new javax.management.StandardMBean((Runnable) () -> { }, Runnable.class),
                    new javax.management.ObjectName(line.substring(6)));
                System.out.println("SQUAT " + line.substring(6));
            }
            if (line.startsWith("invoke ") || line.startsWith("ashost ")) {
                // The host's own code calls an operation of the agent: plainly (a foreign caller), or through the
                // host API the agent's bootstrap offers (on the class path with -javaagent).
                System.out.println("INVOKED " + hostInvoke(line.substring(7), line.startsWith("ashost ")));
            }
            if (line.equals("httpserver")) {
                // A host's own HttpServer made before any agent: the JDK reads its JVM-wide settings now, once.
                hostServer = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
                System.out.println("HTTPSERVER maxReqTime=" + System.getProperty("sun.net.httpserver.maxReqTime"));
            }
            if (line.equals("jolokia-threads")) {
                java.util.Set<Thread> all = Thread.getAllStackTraces().keySet();
                System.out.println("JOLOKIA-THREADS " + all.stream()
                    .filter(t -> t.getName().matches("hostednet-jolokia-\\d+")).count() + " watchdog="
                    + all.stream().filter(t -> t.getName().equals("hostednet-jolokia-watchdog")).count());
            }
            if (line.startsWith("prop ")) {
                System.out.println("PROP " + line.substring(5) + "=" + System.getProperty(line.substring(5), ""));
            }
        }
        System.out.println("HOST-DONE");
    }

    private static String hostInvoke(String operation, boolean asHost) {
        java.util.concurrent.Callable<Object> call = () -> java.lang.management.ManagementFactory
            .getPlatformMBeanServer().invoke(new javax.management.ObjectName("dev.hostednet:type=HostedNetworkSecurity"),
                operation, new Object[0], new String[0]);
        try {
            Object r = asHost ? Class.forName("dev.hostednet.agent.boot.AsHost")
                .getMethod("call", java.util.concurrent.Callable.class).invoke(null, call) : call.call();
            return "ok " + ((javax.management.openmbean.CompositeData) r).get("door");
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return "refused " + t.getClass().getSimpleName();
        }
    }

    /** The host's own LogManager, as WildFly's. */
    public static final class HostLogManager extends java.util.logging.LogManager {
    }

    /** Makes the platform MBeanServer as the host's own code would; then waits for the agent's MBean in it. */
    private static String waitForAgentMBean() throws Exception {
        javax.management.MBeanServer s = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        javax.management.ObjectName name = new javax.management.ObjectName("dev.hostednet:type=HostedNetworkSecurity");
        return Eventually.within(java.time.Duration.ofSeconds(10), () -> s.isRegistered(name)) ? "registered"
            : "not registered";
    }

    /** Used heap after collections, settled: what the agent keeps alive, not what it has thrown away. */
    private static long heapAfterGc() throws InterruptedException {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
