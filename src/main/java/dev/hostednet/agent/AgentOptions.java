package dev.hostednet.agent;

import dev.hostednet.jmx.MBeanSettings;
import dev.hostednet.jmx.UserKeyPolicy;
import dev.hostednet.wlan.BackendKind;
import dev.hostednet.wlan.BackendSettings;
import java.time.Duration;

/**
 * The agent's options, parsed and checked: the typed values other code uses. Each option's key, default, type and
 * meaning are in {@link Option} (and the manual's table made from it), not repeated here.
 *
 * @param backend {@link Option#BACKEND}
 * @param hotspotKeepAlive {@link Option#HOTSPOT_KEEPALIVE}
 * @param simulatedFault {@link Option#SIMULATED_FAULT}
 * @param jolokia {@link Option#JOLOKIA}
 * @param host {@link Option#HOST}
 * @param port {@link Option#PORT}
 * @param context {@link Option#CONTEXT}
 * @param threads {@link Option#THREADS}
 * @param jmx {@link Option#JMX}
 * @param jmxHost {@link Option#JMX_HOST}
 * @param jmxPort {@link Option#JMX_PORT}
 * @param timeout {@link Option#TIMEOUT}
 * @param poll {@link Option#POLL}
 * @param history {@link Option#HISTORY}
 * @param userKey {@link Option#USERKEY_LENGTH} and {@link Option#USERKEY_PERSISTENT}
 * @param reveal {@link Option#REVEAL}
 * @param security the options of {@link SecurityOptions}
 */
public record AgentOptions(BackendKind backend, boolean hotspotKeepAlive, String simulatedFault, boolean jolokia,
                           String host, int port, String context, int threads, boolean jmx, String jmxHost,
                           int jmxPort, Duration timeout, Duration poll, int history, UserKeyPolicy userKey,
                           boolean reveal, SecurityOptions security) {

    /** @return what the backends need of the options */
    public BackendSettings backendSettings() {
        return new BackendSettings(timeout, hotspotKeepAlive, simulatedFault);
    }

    /** @return the settings of the MBean layer */
    public MBeanSettings mbeanSettings() {
        return new MBeanSettings(timeout, poll, history, security.refreshInterval(), userKey, reveal);
    }
}
