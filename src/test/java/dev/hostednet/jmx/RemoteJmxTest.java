package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import dev.hostednet.testing.Eventually;
import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/** Through a real RMI JMXConnector, as JConsole connects: proxy, open data, notifications, the caller's door. */
class RemoteJmxTest {

    @Test
    void aRemoteClientRefreshesAndReceivesNotifications() throws Exception {
        try (Fixture f = new Fixture(SimulatedHostedNetwork.open(), MBeanSettings.defaults())) {
            JMXConnectorServer cs = JMXConnectorServerFactory.newJMXConnectorServer(
                new JMXServiceURL("service:jmx:rmi://127.0.0.1"), null, f.server);
            cs.start();
            try (JMXConnector c = JMXConnectorFactory.connect(cs.getAddress())) {
                MBeanServerConnection conn = c.getMBeanServerConnection();
                List<Notification> seen = new CopyOnWriteArrayList<>();
                conn.addNotificationListener(f.name, (n, h) -> seen.add(n), null, null);
                HostedNetworkSecurityMXBean m = JMX.newMXBeanProxy(conn, f.name, HostedNetworkSecurityMXBean.class,
                    true);
                assertEquals("active", m.getState());
                OutcomeData o = m.refreshSecuritySettings();
                // A JDK connector the host set up itself is not one of the agent's doors: its callers are foreign
                // (the agent's own connector declares "jmx", its local door "local").
                assertEquals("foreign", o.getDoor());
                assertEquals("idle", o.getStateAfter());
                CompositeData raw = (CompositeData) conn.getAttribute(f.name, "LastRefresh");
                assertEquals("refreshSecuritySettings", raw.get("operation"));
                Eventually.within(Duration.ofSeconds(5), () -> seen.size() >= 2);
                assertTrue(seen.stream().anyMatch(n -> n.getType().equals(Notifier.REFRESH)), seen.toString());
                assertTrue(seen.stream().anyMatch(n -> n.getType().equals("jmx.attribute.change")), seen.toString());
            } finally {
                cs.stop();
            }
        }
    }
}
