package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.jmx.CallerContext;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.MBeanServer;
import javax.management.MBeanServerConnection;
import javax.management.MBeanServerFactory;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.remote.MBeanServerForwarder;
import org.junit.jupiter.api.Test;

/**
 * Every method of {@link MBeanServerConnection}, called through the agent's JMX door with names it does not serve,
 * answers as a server without those MBeans answers, and never with an exception the method does not declare (which
 * a client receives as an UndeclaredThrowableException: JConsole then says "Connection Failed").
 */
class JmxDoorScopeTest {

    private static final ObjectName OWN = Scope.name("dev.hostednet:type=Own");
    private static final ObjectName THREADING = Scope.name("java.lang:type=Threading");
    private static final ObjectName MISSING = Scope.name("nowhere:type=Missing");

    /** A server with the agent's MBean and the platform's. */
    private static MBeanServer full() throws Exception {
        MBeanServer s = MBeanServerFactory.newMBeanServer();
        s.registerMBean(ManagementFactory.getRuntimeMXBean(), OWN);
        s.registerMBean(ManagementFactory.getThreadMXBean(), THREADING);
        return s;
    }

    /** The same server without the MBeans the door does not serve. */
    private static MBeanServer bare() throws Exception {
        MBeanServer s = MBeanServerFactory.newMBeanServer();
        s.registerMBean(ManagementFactory.getRuntimeMXBean(), OWN);
        return s;
    }

    private static MBeanServerConnection door(boolean platform) throws Exception {
        MBeanServerForwarder f = JmxDoor.create(new CallerContext(), platform);
        f.setMBeanServer(full());
        return f;
    }

    @Test
    void everyMethodAnswersForeignNamesAsAServerWithoutThem() throws Exception {
        MBeanServerConnection door = door(false);
        MBeanServer bare = bare();
        List<String> differences = new ArrayList<>();
        for (Method m : MBeanServerConnection.class.getMethods()) {
            for (ObjectName foreign : List.of(THREADING, MISSING)) {
                Object[] args = args(m, foreign);
                String got = outcome(m, door, args);
                String want = outcome(m, bare, args);
                if (!got.equals(want) && !(m.getName().equals("createMBean") && got.startsWith("SecurityException"))) {
                    differences.add(m.getName() + Arrays.toString(m.getParameterTypes()) + " with " + foreign
                        + ": door " + got + ", a server without it " + want);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void onlyDeclaredExceptionsComeBackWithTheWholePlatformOpenToo() throws Exception {
        for (boolean platform : List.of(false, true)) {
            MBeanServerConnection door = door(platform);
            for (Method m : MBeanServerConnection.class.getMethods()) {
                for (ObjectName foreign : List.of(THREADING, MISSING, OWN)) {
                    outcome(m, door, args(m, foreign)); // throws AssertionError on an undeclared exception
                }
            }
        }
    }

    @Test
    void jconsolesFirstQuestionsGetAnswers() throws Exception {
        MBeanServerConnection door = door(false);
        assertFalse(door.isRegistered(THREADING), "JConsole's platform check");
        assertFalse(door.isRegistered(Scope.name("com.sun.management:type=HotSpotDiagnostic")));
        assertTrue(door.isRegistered(OWN));
        assertEquals(Set.of(OWN, Scope.name("JMImplementation:type=MBeanServerDelegate")),
            door.queryNames(Scope.name("*:type=*"), null), "no platform name leaks");
        assertEquals(Set.of(), door.queryNames(THREADING, null));
        assertEquals(Set.of("dev.hostednet", "JMImplementation"), new HashSet<>(Arrays.asList(door.getDomains())));
        assertTrue(door(true).isRegistered(THREADING), "jmx.platform=on serves the platform");
    }

    @Test
    void theDelegateAnnouncesServedMBeansOnly() throws Exception {
        MBeanServerForwarder door = JmxDoor.create(new CallerContext(), false);
        MBeanServer server = full();
        door.setMBeanServer(server);
        List<ObjectName> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        door.addNotificationListener(Scope.name("JMImplementation:type=MBeanServerDelegate"),
            (n, h) -> heard.add(((javax.management.MBeanServerNotification) n).getMBeanName()), null, null);
        server.registerMBean(ManagementFactory.getClassLoadingMXBean(), Scope.name("java.lang:type=ClassLoading"));
        server.registerMBean(ManagementFactory.getMemoryMXBean(), Scope.name("dev.hostednet:type=Later"));
        assertEquals(List.of(Scope.name("dev.hostednet:type=Later")), heard, "JConsole's tree learns of ours only");
    }

    private static Object[] args(Method m, ObjectName name) {
        Class<?>[] types = m.getParameterTypes();
        Object[] a = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            a[i] = t == ObjectName.class ? name : t == String.class ? "Uptime" : t == Object[].class ? new Object[0]
                : t == String[].class ? new String[] {"Uptime"} : t == NotificationListener.class
                ? (NotificationListener) (n, h) -> { } : t == Attribute.class ? new Attribute("Uptime", 1L)
                : t == AttributeList.class ? new AttributeList() : null;
        }
        return a;
    }

    /** @return the result, or the exception's class and whether its method declares it */
    private static String outcome(Method m, Object target, Object[] args) {
        try {
            Object r = m.invoke(target, args);
            return "returned " + (r instanceof Object[] o ? new HashSet<>(Arrays.asList(o)) : r);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            boolean declared = t instanceof RuntimeException && !(t instanceof UndeclaredThrowableException)
                || Arrays.stream(m.getExceptionTypes()).anyMatch(d -> d.isInstance(t));
            if (!declared) {
                throw new AssertionError(m + " threw an undeclared " + t, t);
            }
            return t.getClass().getSimpleName();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
