package dev.hostednet.agent;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.remote.JMXConnectionNotification;

/**
 * At most {@value #PER_CONNECTION} notification listeners added by one JMX connection and {@value #TOTAL} by all
 * connections open at once. The trap: the connector keeps every remote listener's filter, deserialized from the
 * client, for as long as the listener lives, and the JDK sets no limit on how many one connection adds; about 1,300
 * listeners with a 90 KiB filter each fill a 128 MiB heap. With the serial filter's {@code maxbytes} bounding each
 * filter, these caps bound them all.
 *
 * <p>The JDK asks its notification access controller (a {@code com.sun.jmx.remote.security} interface, taken
 * from the connector's environment under {@link #ENV}) before each listener is added, with the connection's id;
 * the interface is not exported, so this is a proxy for it. It is not told reliably when listeners are removed
 * (one call for several, and before they are known to exist), so a connection's adds are counted for as long as
 * it lives: a client that has added {@value #PER_CONNECTION} reconnects. The count of a connection goes when it
 * closes, which the connector server announces.
 */
final class ListenerCap implements InvocationHandler, NotificationListener {

    static final String ENV = "com.sun.jmx.remote.notification.access.controller";
    static final int PER_CONNECTION = 64;
    static final int TOTAL = 256;

    private final Map<String, Integer> added = new HashMap<>();
    private int total;

    /** @return the controller for the connector's environment, or null where this JDK has no such interface */
    Object controller() {
        try {
            Class<?> type = Class.forName("com.sun.jmx.remote.security.NotificationAccessController");
            return Proxy.newProxyInstance(ListenerCap.class.getClassLoader(), new Class<?>[] {type}, this);
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) {
        switch (m.getName()) {
            case "addNotificationListener": add((String) args[0]); return null;
            case "hashCode": return System.identityHashCode(proxy);
            case "equals": return proxy == args[0];
            case "toString": return "hostednet listener cap";
            default: return null; // removals and notifications: allowed, nothing counted
        }
    }

    private synchronized void add(String connection) {
        int mine = added.getOrDefault(connection, 0);
        if (mine >= PER_CONNECTION) {
            throw new SecurityException("too many notification listeners: this JMX connection has added "
                + PER_CONNECTION + ", the most it may; reconnect to add others (listeners are counted for as long"
                + " as the connection is open)");
        }
        if (total >= TOTAL) {
            throw new SecurityException("too many notification listeners: the JMX connections open now have added "
                + TOTAL + ", the most the agent keeps; close connections you no longer need and try again");
        }
        added.put(connection, mine + 1);
        total++;
    }

    /** A connection closed or failed: its listeners are gone with it. */
    @Override
    public synchronized void handleNotification(Notification n, Object handback) {
        if (n instanceof JMXConnectionNotification c
            && (JMXConnectionNotification.CLOSED.equals(c.getType())
                || JMXConnectionNotification.FAILED.equals(c.getType()))) {
            Integer gone = added.remove(c.getConnectionId());
            if (gone != null) {
                total -= gone;
            }
        }
    }
}
