package dev.hostednet.jmx;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.security.auth.Subject;

/**
 * Tells who is calling: each of the agent's doors (the Jolokia handler, the agent's JMX connector, its local door
 * for the command line) declares the caller for the duration of a request, with the role its authentication
 * proved. A caller no door declared is foreign: it came through a connector the agent did not open. One instance
 * is shared by the MBean and the doors; it holds no static state.
 */
public final class CallerContext {

    /** The door of a caller that none of the agent's doors declared. */
    public static final String FOREIGN = "foreign";

    /** The bootstrap's class the host application calls through (on the system class path with the agent jar). */
    static final String HOST_API = "dev.hostednet.agent.boot.AsHost";

    private final ThreadLocal<Caller> declared = new ThreadLocal<>();
    private final Role foreignRole;
    private final java.util.function.BooleanSupplier host = hostApi();

    /** Foreign callers get the operate role: what Windows allows any user. */
    public CallerContext() {
        this(Role.OPERATE);
    }

    /** @param foreignRole the role of callers no door of the agent declared (the operator's foreign.role) */
    public CallerContext(Role foreignRole) {
        this.foreignRole = foreignRole;
    }

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
        // Not declared by one of the agent's doors. The trap: "no door labelled it" is not "the host's own code".
        // It may be Jolokia's own JVM agent answering anonymous HTTP, the JDK's remote agent with
        // authenticate=false, a framework's actuator, or the JDK's local connector: from here they look alike (the
        // same platform MBeanServer, RMI or HTTP worker threads whose names anyone's server may choose). So nothing
        // is proven but what the connector's Subject says, and the role is the operator's foreign.role (operate
        // unless named otherwise). The command line proves "same OS user" through the agent's own local door.
        if (host.getAsBoolean()) {
            return new Caller(System.getProperty("user.name", "host"), "host", Role.ADMIN);
        }
        String principal = subjectPrincipal();
        return new Caller(principal != null ? principal : "anonymous", FOREIGN, foreignRole);
    }

    /**
     * The host's API lives in the bootstrap, loaded by the system class loader, while this class lives in the
     * agent's isolated loader, which cannot name it: reached by reflection once, per context.
     */
    private static java.util.function.BooleanSupplier hostApi() {
        try {
            Method active = Class.forName(HOST_API, true, ClassLoader.getSystemClassLoader()).getMethod("active");
            return () -> {
                try {
                    return Boolean.TRUE.equals(active.invoke(null));
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            };
        } catch (ReflectiveOperationException | LinkageError e) {
            return () -> false; // no bootstrap on the class path: no host API, nobody is the host
        }
    }

    /**
     * Runs work through the host's API: for the agent's own launcher, which an attach (same OS user) started.
     *
     * @param work the work
     * @return its result
     * @throws Exception whatever it throws, or when the API is missing
     */
    @SuppressWarnings("unchecked")
    public static <T> T throughHostApi(Callable<T> work) throws Exception {
        Method call = Class.forName(HOST_API, true, ClassLoader.getSystemClassLoader())
            .getMethod("call", Callable.class);
        try {
            return (T) call.invoke(null, work);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The JMX connector runs operations inside the authenticated Subject. Subject.current() exists from JDK 18;
     * on 17 the old Subject.getSubject(AccessController.getContext()) is the way. Both are reached reflectively
     * so that neither a missing method nor a deprecation warning matters on any JDK.
     *
     * @return the name of the current JMX Subject's first principal, or null without one
     */
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
