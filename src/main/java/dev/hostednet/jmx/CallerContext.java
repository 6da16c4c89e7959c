package dev.hostednet.jmx;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.security.auth.Subject;

/**
 * Tells who is calling: each of the agent's doors (the Jolokia handler, the agent's JMX connector) declares the
 * caller for the duration of a request; anything else is in-process. One instance is shared by the MBean and the doors; it holds no static state.
 */
public final class CallerContext {

    private final ThreadLocal<Caller> declared = new ThreadLocal<>();

    /**
     * Runs work on behalf of a caller.
     *
     * @param caller who, and through which door
     * @param work the work
     * @return its result
     * @throws Exception whatever the work throws
     */
    public <T> T runAs(Caller caller, Callable<T> work) throws Exception {
        Caller previous = declared.get();
        declared.set(caller);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                declared.remove();
            } else {
                declared.set(previous);
            }
        }
    }

    /** @return the current caller */
    public Caller current() {
        Caller c = declared.get();
        if (c != null) {
            return c;
        }
        // Not declared by one of the agent's doors: the host's own code, or a JDK connector (the local one that
        // attach and JConsole's "Local Process" use, or a com.sun.management.jmxremote one the host set up). Those
        // already reach every platform MBean, DiagnosticCommand included, so the agent lends them nothing.
        String principal = subjectPrincipal();
        return new Caller(principal != null ? principal : System.getProperty("user.name", "local"), "in-process",
            Role.ADMIN);
    }

    /**
     * The JMX connector runs operations inside the authenticated Subject. Subject.current() exists from JDK 18;
     * on 17 the old Subject.getSubject(AccessController.getContext()) is the way. Both are reached reflectively
     * so that neither a missing method nor a deprecation warning matters on any JDK.
     */
    /** @return the name of the current JMX Subject's first principal, or null without one */
    public static String subjectPrincipal() {
        try {
            Subject s;
            try {
                s = (Subject) Subject.class.getMethod("current").invoke(null);
            } catch (NoSuchMethodException e) {
                Class<?> ac = Class.forName("java.security.AccessController");
                Object context = ac.getMethod("getContext").invoke(null);
                Method get = Subject.class.getMethod("getSubject", Class.forName("java.security.AccessControlContext"));
                s = (Subject) get.invoke(null, context);
            }
            if (s == null) {
                return null;
            }
            Set<Principal> ps = s.getPrincipals();
            return ps.isEmpty() ? null : ps.iterator().next().getName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
