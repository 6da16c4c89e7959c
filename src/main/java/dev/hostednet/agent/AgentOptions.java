package dev.hostednet.agent;

import dev.hostednet.jmx.MBeanSettings;
import dev.hostednet.jmx.UserKeyPolicy;
import dev.hostednet.wlan.BackendKind;
import dev.hostednet.wlan.BackendSettings;
import java.time.Duration;

/**
 * The agent's options, parsed and checked. Every option, with its default, is in README.md's option table.
 *
 * @param backend auto, hostednetwork (windows), mobilehotspot or simulated
 * @param hotspotKeepAlive whether Mobile Hotspot's no-connections timeout is turned off (an unattended hotspot stays on)
 * @param jolokia whether the Jolokia HTTP endpoint runs
 * @param host the address Jolokia binds
 * @param port Jolokia's port (0: any free port)
 * @param context Jolokia's context path
 * @param threads Jolokia's request threads (more than one, so a hanging call never stalls reads)
 * @param jmx whether the JMX remote connector runs
 * @param jmxHost the address the JMX connector binds
 * @param jmxPort its single port, registry and connection alike (0: any free port)
 * @param timeout how long an operation waits for its native call
 * @param poll how often the attributes are refreshed in the background (0: never)
 * @param history how many outcomes the History attribute keeps
 * @param userKey how rotateUserKey makes the user key (userkey.length, userkey.persistent)
 * @param reveal whether joinInfo hands keys over at all (reveal)
 * @param security authentication, TLS and the refresh rate limit
 */
public record AgentOptions(BackendKind backend, boolean hotspotKeepAlive, boolean jolokia, String host, int port, String context, int threads,
                           boolean jmx, String jmxHost, int jmxPort, Duration timeout, Duration poll, int history,
                           UserKeyPolicy userKey, boolean reveal, SecurityOptions security) {

    /** @return what the backends need of the options */
    public BackendSettings backendSettings() {
        return new BackendSettings(timeout, hotspotKeepAlive);
    }

    /** @return the settings of the MBean layer */
    public MBeanSettings mbeanSettings() {
        return new MBeanSettings(timeout, poll, history, security.refreshInterval(), userKey, reveal);
    }
}
