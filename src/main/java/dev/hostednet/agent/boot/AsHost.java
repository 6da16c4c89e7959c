package dev.hostednet.agent.boot;

import java.util.concurrent.Callable;

/**
 * The host application's own way to call the agent with the admin role: {@code AsHost.call(() ->
 * ManagementFactory.getPlatformMBeanServer().invoke(...))}. It is Java code the host runs on its own thread, which
 * no connector can reach: Jolokia, the JDK's connectors and a framework's actuator call MBeans, never this class. A
 * caller of the platform MBeanServer outside it gets what any foreign caller gets (the operate role).
 */
public final class AsHost {

    /** Set on the calling thread for the duration of {@link #call}; per thread, never shared. */
    private static final ThreadLocal<Boolean> ON = new ThreadLocal<>();

    private AsHost() {
    }

    /**
     * Runs work as the host application.
     *
     * @param work what the host calls (MBean operations of the agent, through the platform MBeanServer)
     * @param <T> its result
     * @return what it returned
     * @throws Exception whatever it threw
     */
    public static <T> T call(Callable<T> work) throws Exception {
        Boolean previous = ON.get();
        ON.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                ON.remove();
            }
        }
    }

    /** @return whether the current thread runs inside {@link #call} */
    public static boolean active() {
        return ON.get() != null;
    }
}
