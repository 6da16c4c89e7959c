package dev.hostednet.jmx;

import dev.hostednet.testing.Eventually;
import dev.hostednet.wlan.HostedNetwork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.Notification;
import javax.management.ObjectName;

/** One MBean over a backend, in its own MBeanServer, with a proxy and a notification recorder. */
final class Fixture implements AutoCloseable {

    final MBeanServer server = MBeanServerFactory.newMBeanServer();
    final ManagedHostedNetwork managed;
    final HostedNetworkSecurityMXBean proxy;
    final List<Notification> notifications = new CopyOnWriteArrayList<>();
    final ObjectName name;
    /** Callers no door declared get the admin role here: these tests are about the MBean, not who may call it. */
    final CallerContext callers = new CallerContext(Role.ADMIN);

    Fixture(HostedNetwork network, MBeanSettings settings) throws Exception {
        managed = ManagedHostedNetwork.register(server, network, settings, callers);
        name = managed.objectName();
        server.addNotificationListener(name, (n, h) -> notifications.add(n), null, null);
        proxy = JMX.newMXBeanProxy(server, name, HostedNetworkSecurityMXBean.class);
        // the first poll, on the native thread, reads everything once
        Eventually.within(Duration.ofSeconds(10), () -> !proxy.getAuthAlgorithm().isEmpty()
            || !proxy.getQueryError().isEmpty());
    }

    static MBeanSettings settings(long timeoutMillis) {
        return new MBeanSettings(Duration.ofMillis(timeoutMillis), Duration.ofMillis(200), 20, Duration.ZERO);
    }

    boolean awaitNotification(String type, Duration timeout) throws InterruptedException {
        return Eventually.within(timeout, () -> notifications.stream().anyMatch(n -> n.getType().equals(type)));
    }

    /** Waits up to 5 s for a condition on the attributes (the background poll updates them). */
    void awaitAttribute(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Eventually.await(Duration.ofSeconds(5), condition::getAsBoolean,
            () -> "the attributes never showed the expected value");
    }

    @Override
    public void close() {
        managed.close();
    }
}
