package dev.hostednet.agent;

import dev.hostednet.jmx.Audit;
import dev.hostednet.jmx.Caller;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.Role;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.remote.MBeanServerForwarder;

/**
 * What the agent's JMX connector puts between its clients and the MBeanServer. It declares every call's caller (the
 * authenticated user, or anonymous, with its role), so the MBean knows who asks, and, unless the operator opens the
 * whole platform, it serves only the agent's MBeans, answering about others as a server without them would
 * ({@link Scope}), and nothing can be created, registered or unregistered. Without that, {@code jmx=on} without a password would hand
 * DiagnosticCommand and every other platform MBean to every local user.
 */
final class JmxDoor implements InvocationHandler {

    private static final ObjectName CONTROL = name(AgentControlMXBean.OBJECT_NAME);

    private final CallerContext callers;
    private final boolean platform;
    private final String door;
    private MBeanServer next;

    private JmxDoor(CallerContext callers, boolean platform, String door) {
        this.callers = callers;
        this.platform = platform;
        this.door = door;
    }

    /**
     * @param callers where the caller is declared
     * @param platform whether every platform MBean is served (the operator opted in, with a password file)
     * @return the forwarder to install on the connector
     */
    static MBeanServerForwarder create(CallerContext callers, boolean platform) {
        return create(callers, platform, "jmx");
    }

    /**
     * @param door the door's name in the audit and History: jmx, or local for the command line's
     * @return the forwarder to install on that door's connector
     */
    static MBeanServerForwarder create(CallerContext callers, boolean platform, String door) {
        return (MBeanServerForwarder) Proxy.newProxyInstance(JmxDoor.class.getClassLoader(),
            new Class<?>[] {MBeanServerForwarder.class}, new JmxDoor(callers, platform, door));
    }

    private static ObjectName name(String s) {
        try {
            return new ObjectName(s);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
        switch (m.getName()) {
            case "getMBeanServer": return next;
            case "setMBeanServer": next = (MBeanServer) args[0]; return null;
            case "hashCode": return System.identityHashCode(proxy);
            case "equals": return proxy == args[0];
            case "toString": return "hostednet JMX door";
            default: break;
        }
        Object[] a = args == null ? new Object[0] : args;
        if (!platform) {
            Object scoped = Scope.answer(next, m, a);
            if (scoped != Scope.PASS) {
                return scoped;
            }
        }
        Caller caller = caller();
        if (m.getName().equals("invoke") && CONTROL.equals(a[0]) && !caller.role().allows(Role.ADMIN)) {
            // The operation name is the client's: written as a quoted value, never as part of the line.
            Audit.log(System.Logger.Level.WARNING, "operation", "agent." + a[1], "caller", caller.principal(),
                "door", door, "outcome", "refused", "role", caller.role().label(), "needed", "admin");
            throw new SecurityException("the agent's " + a[1] + " needs the admin role, which " + caller + " lacks:"
                + " connect as a user of jmx.password.file, or use the command line by process id");
        }
        return callers.runAs(caller, () -> call(m, a));
    }

    private Object call(Method m, Object[] a) throws Exception {
        try {
            return m.invoke(next, a);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw (Error) e.getCause();
        }
    }

    /** Authenticated users are admins: the JDK's access file has already kept read-only users from any operation. */
    private Caller caller() {
        String p = CallerContext.subjectPrincipal();
        return p == null ? new Caller("anonymous", door, Role.OPERATE) : new Caller(p, door, Role.ADMIN);
    }
}
