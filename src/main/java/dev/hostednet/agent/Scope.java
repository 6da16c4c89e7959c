package dev.hostednet.agent;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.management.InstanceNotFoundException;
import javax.management.ListenerNotFoundException;
import javax.management.MBeanServer;
import javax.management.MBeanServerNotification;
import javax.management.MalformedObjectNameException;
import javax.management.Notification;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;
import javax.management.ObjectInstance;
import javax.management.ObjectName;
import javax.management.QueryExp;

/**
 * What the agent's JMX connector answers about MBeans it does not serve (unless the operator opened the platform):
 * exactly what an MBeanServer without them would answer. {@code isRegistered} says false, queries and domains leave
 * them out, the delegate announces none of them, and every call that names one throws the
 * {@link InstanceNotFoundException} its signature declares.
 *
 * <p>The trap: the connector is a {@link java.lang.reflect.Proxy}, and a checked exception a method does not declare
 * reaches the client as an {@link java.lang.reflect.UndeclaredThrowableException}. JConsole asks
 * {@code isRegistered(java.lang:type=Threading)} right after connecting and gives up on anything but a boolean.
 */
final class Scope {

    static final String DOMAIN = "dev.hostednet";
    /** Returned by {@link #answer} when the call may go to the MBeanServer as it is. */
    static final Object PASS = new Object();
    /** JConsole and VisualVM subscribe to it to follow registrations; it names no secret. */
    private static final ObjectName DELEGATE = name("JMImplementation:type=MBeanServerDelegate");
    /** Calls that would change what the server holds: this connector serves the agent's MBeans, it adds none. */
    private static final Set<String> REFUSED = Set.of("createMBean", "registerMBean", "unregisterMBean",
        "instantiate", "deserialize", "setAttribute", "setAttributes");
    private static final String NEXT_STEP = "this connector serves only the " + DOMAIN + " MBeans; for the whole"
        + " platform start the agent with jmx.platform=on and jmx.password.file=FILE";

    private Scope() {
    }

    /**
     * @param server the MBeanServer behind the connector
     * @param m the call
     * @param a its arguments
     * @return the answer for the client, or {@link #PASS} when the call goes to the server unchanged
     * @throws Exception what a server without the foreign MBeans would throw (always an exception the call declares)
     */
    static Object answer(MBeanServer server, Method m, Object[] a) throws Exception {
        switch (m.getName()) {
            case "isRegistered": return visible((ObjectName) a[0]) && server.isRegistered((ObjectName) a[0]);
            case "queryNames": return names(server, (ObjectName) a[0], (QueryExp) a[1]);
            case "queryMBeans": return instances(server, (ObjectName) a[0], (QueryExp) a[1]);
            case "getMBeanCount": return names(server, null, null).size();
            case "getDomains": return Arrays.stream(server.getDomains())
                .filter(d -> d.equals(DOMAIN) || d.equals(DELEGATE.getDomain())).toArray(String[]::new);
            default: break;
        }
        if (m.getName().equals("addNotificationListener") && DELEGATE.equals(a[0])
            && a[1] instanceof NotificationListener listener) {
            server.addNotificationListener(DELEGATE, listener, new ServedOnly((NotificationFilter) a[2]), a[3]);
            return null;
        }
        if (m.getName().equals("removeNotificationListener") && a[1] instanceof ObjectName l && !visible(l)) {
            // The listener is looked up before the source, as the JDK's server does.
            throw new ListenerNotFoundException(l + " is not a listener here: " + NEXT_STEP);
        }
        for (Object arg : a) { // every name: addNotificationListener takes a second one, the listener's
            if (arg instanceof ObjectName n && !n.isPattern() && !visible(n)
                && declares(m, InstanceNotFoundException.class)) {
                throw new InstanceNotFoundException(n + " is not served here: " + NEXT_STEP);
            }
        }
        if (REFUSED.contains(m.getName())) {
            throw new SecurityException(m.getName() + " is refused: " + NEXT_STEP);
        }
        return PASS;
    }

    /**
     * What the delegate tells a client: registrations of served MBeans only. JConsole adds every name it hears of to
     * its tree, and the connector's own notification buffer would subscribe to each.
     */
    private record ServedOnly(NotificationFilter inner) implements NotificationFilter {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isNotificationEnabled(Notification n) {
            return !(n instanceof MBeanServerNotification r && !visible(r.getMBeanName()))
                && (inner == null || inner.isNotificationEnabled(n));
        }
    }

    private static boolean declares(Method m, Class<?> exception) {
        return Arrays.stream(m.getExceptionTypes()).anyMatch(t -> t.isAssignableFrom(exception));
    }

    static boolean visible(ObjectName n) {
        return n != null && (DOMAIN.equals(n.getDomain()) || DELEGATE.equals(n));
    }

    /**
     * The query runs on the served MBeans only, one at a time: run on the whole server it would read attributes of
     * MBeans this connector does not serve, and could tell a client their values by what it matched.
     */
    private static Set<ObjectName> names(MBeanServer server, ObjectName pattern, QueryExp query) {
        Set<ObjectName> out = new HashSet<>();
        for (ObjectName n : candidates(server, pattern)) {
            out.addAll(server.queryNames(n, query));
        }
        return out;
    }

    private static Set<ObjectInstance> instances(MBeanServer server, ObjectName pattern, QueryExp query) {
        Set<ObjectInstance> out = new HashSet<>();
        for (ObjectName n : candidates(server, pattern)) {
            out.addAll(server.queryMBeans(n, query));
        }
        return out;
    }

    private static Set<ObjectName> candidates(MBeanServer server, ObjectName pattern) {
        Set<ObjectName> served = new HashSet<>(server.queryNames(name(DOMAIN + ":*"), null));
        served.add(DELEGATE);
        served.removeIf(n -> pattern != null && !pattern.apply(n));
        return served;
    }

    static ObjectName name(String s) {
        try {
            return new ObjectName(s);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
