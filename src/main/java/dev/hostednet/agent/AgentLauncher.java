package dev.hostednet.agent;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Entry points called by {@code dev.hostednet.agent.boot.AgentBootstrap} inside the isolated class loader. Nothing
 * escapes from here into the host: every failure is logged in words, published in the system property
 * {@value #ERROR_PROPERTY} (the attach command line reads it), and the host runs on.
 */
public final class AgentLauncher {

    /** Why the last start failed; cleared by a successful start. */
    public static final String ERROR_PROPERTY = "hostednet.agent.error";
    /** The running agent's options, set while it runs (never secret: passwords are never options). */
    public static final String OPTIONS_PROPERTY = Agent.OPTIONS_PROPERTY;
    /** What {@value #ERROR_PROPERTY} says after a stop that found no agent. */
    public static final String NOT_RUNNING = "not running, nothing to stop";
    /** How {@value #ERROR_PROPERTY} begins when a start found an agent running with the very same options. */
    public static final String SAME_OPTIONS = "already running with these options";

    private AgentLauncher() {
    }

    /**
     * {@code -javaagent}: called on the bootstrap's daemon thread, so the host's main is not delayed.
     *
     * @param args the options
     */
    public static void premain(String args) {
        start(args);
    }

    /**
     * Attach: "stop" stops a running agent; anything else is the options of a start, done before returning.
     *
     * @param args the options, or "stop"
     */
    public static void agentmain(String args) {
        if ("stop".equals(args == null ? "" : args.trim())) {
            stop();
        } else {
            Thread t = new Thread(() -> start(args), "hostednet-start");
            t.setDaemon(true); // so that the HTTP server's threads are daemons too
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts the agent unless one is running already.
     *
     * @param args the options
     * @return whether an agent runs now
     */
    static boolean start(String args) {
        try {
            Agent.start(OptionsParser.parse(args), options(args));
            System.clearProperty(ERROR_PROPERTY);
            return true;
        } catch (IllegalArgumentException e) {
            fail("not started: bad option: " + e.getMessage());
        } catch (AgentStartException e) {
            if (e.alreadyRunning()) {
                // The trap: a start with other options used to report success, and the user believed them applied.
                String running = System.getProperty(Agent.OPTIONS_PROPERTY, "");
                fail(running.equals(options(args)) ? SAME_OPTIONS + "; nothing changed"
                    : "already running with other options (" + running + "), which stay in force: stop it first"
                    + " (java -jar hostednet-agent.jar stop PID), then start it with the new ones");
                return true;
            }
            fail("not started: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            fail("not started: " + e);
        }
        return false;
    }

    private static void stop() {
        try {
            System.clearProperty(ERROR_PROPERTY);
            if (System.getProperty(Agent.OPTIONS_PROPERTY) == null) {
                System.setProperty(ERROR_PROPERTY, NOT_RUNNING); // the attach command line exits 3 on it
                System.err.println("hostednet-agent: " + NOT_RUNNING);
                return;
            }
            // Made here if nobody had: the running agent sees it within a second and registers its control MBean.
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName control = new ObjectName(AgentControlMXBean.OBJECT_NAME);
            for (int i = 0; i < 50 && !server.isRegistered(control); i++) {
                Thread.sleep(100);
            }
            // An attach loaded this: HotSpot admitted only the JVM's own OS user (or root), so it stops as the host.
            dev.hostednet.jmx.CallerContext.throughHostApi(() -> server.invoke(control, "stop", new Object[0],
                new String[0]));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
            fail("stop failed: " + e);
        }
    }

    private static String options(String args) {
        return args == null ? "" : args.trim();
    }

    /** To stderr, not a logger: at start, a System.Logger line would initialise java.util.logging for the host. */
    private static void fail(String message) {
        System.setProperty(ERROR_PROPERTY, message);
        System.err.println("hostednet-agent " + message);
    }
}
