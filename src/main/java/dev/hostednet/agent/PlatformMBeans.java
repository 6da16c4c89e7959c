package dev.hostednet.agent;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The agent's MBeans in the platform MBeanServer, published the first time anybody needs that server: a client at
 * either door, or the host or another agent creating it (the JDK's local connector behind JConsole's "Local
 * Process", jmx_exporter, the host's own code).
 *
 * <p>Why not at start: creating the platform MBeanServer costs a host about 12 MiB and 0.4 s of CPU, as much as
 * half of what Jolokia's whole agent adds, and it initialises {@code java.util.logging}: a host that chooses its
 * LogManager in {@code main} (the WildFly pattern) would get the JDK's instead. Until someone asks, the agent only
 * looks, twice a second, whether somebody else made the server; {@link MBeanServerFactory#findMBeanServer} reads a
 * list without creating anything.
 */
final class PlatformMBeans implements AutoCloseable {

    /** What the agent registers, and unregisters again at stop. */
    interface Publication {
        /**
         * @param server the platform MBeanServer
         * @throws Exception when registration fails
         */
        void register(MBeanServer server) throws Exception;

        /** Takes down what {@link #register} set up; never throws. */
        void unregister();
    }

    private static final long LOOK_EVERY_MS = 500;
    /** Registered first by the platform server: seeing it means the server is the platform's and complete. */
    private static final ObjectName RUNTIME = name("java.lang:type=Runtime");

    private final Publication publication;
    private final Runnable onFailure;
    private Thread watcher;
    private MBeanServer server;
    private Exception failure;
    private boolean closed;

    /**
     * @param publication what to register
     * @param onFailure run once, on a thread of its own, when registration fails: the agent stops itself, as a failed
     *     start does, rather than keep doors open that can only answer that its MBeans are missing
     */
    PlatformMBeans(Publication publication, Runnable onFailure) {
        this.publication = publication;
        this.onFailure = onFailure;
    }

    /**
     * Creates the platform MBeanServer if nobody has, and publishes the agent's MBeans in it, once.
     *
     * @return the platform MBeanServer, the agent's MBeans in it
     * @throws IllegalStateException when the agent is stopped, or its MBeans could not be registered (why is the
     *     cause)
     */
    synchronized MBeanServer server() {
        if (closed) {
            throw new IllegalStateException("the agent is stopped");
        }
        if (server == null && failure == null) {
            MBeanServer s = ManagementFactory.getPlatformMBeanServer();
            try {
                publication.register(s);
                server = s;
            } catch (Exception e) {
                failure = e;
                publication.unregister();
                System.err.println("hostednet-agent: cannot register its MBeans (" + e + "); it stops and frees its"
                    + " ports; the host runs on");
                // Not on this thread: it may be a request thread that holds a door's lock the stop needs.
                Thread stop = new Thread(onFailure, "hostednet-stop");
                stop.setDaemon(true);
                stop.start();
            }
        }
        if (failure != null) {
            throw new IllegalStateException("the agent's MBeans could not be registered: " + failure, failure);
        }
        return server;
    }

    /**
     * Publishes at once if the platform MBeanServer exists already; else looks for it in the background until it
     * appears or {@link #close()}.
     */
    synchronized void watch() {
        if (created()) {
            server();
            return;
        }
        watcher = new Thread(this::look, "hostednet-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void look() {
        try {
            while (!created()) {
                Thread.sleep(LOOK_EVERY_MS);
            }
            server();
        } catch (InterruptedException | IllegalStateException e) {
            // stopped, or said already by server()
        }
    }

    /** @return whether somebody made the platform MBeanServer; never makes it */
    private static boolean created() {
        for (MBeanServer s : MBeanServerFactory.findMBeanServer(null)) {
            if (s.isRegistered(RUNTIME)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the agent's MBeans are registered now */
    synchronized boolean published() {
        return server != null;
    }

    /** Stops looking and unregisters what was registered. */
    @Override
    public void close() {
        Thread w;
        synchronized (this) {
            closed = true;
            w = watcher;
            if (server != null) {
                publication.unregister();
            }
        }
        if (w != null) {
            w.interrupt();
        }
    }

    private static ObjectName name(String s) {
        try {
            return new ObjectName(s);
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
