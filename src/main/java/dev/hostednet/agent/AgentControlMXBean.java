package dev.hostednet.agent;

/**
 * The running agent itself, registered as {@value #OBJECT_NAME}: where its doors are, and a way to stop it. The
 * command line ({@code status}, {@code stop}) and a second start use it to find the agent: the MBeanServer, not a
 * static field, is where the running instance lives.
 */
public interface AgentControlMXBean {

    /** The ObjectName. */
    String OBJECT_NAME = "dev.hostednet:type=Agent";

    /** @return the Jolokia URL, or "" when Jolokia is off */
    String getJolokiaUrl();

    /** @return the JMX service URL, or "" when the connector is off */
    String getJmxUrl();

    /** @return the backend's name */
    String getBackend();

    /** @return when the agent started (ISO-8601) */
    String getStartedAt();

    /** @return the agent's version */
    String getVersion();

    /** Stops the agent: unregisters its MBeans, closes its ports and threads. The host runs on. */
    void stop();
}
