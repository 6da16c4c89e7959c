package dev.hostednet.agent;

import dev.hostednet.jmx.Description;

/**
 * The running agent itself, registered as {@value #OBJECT_NAME}: where its doors are, and a way to stop it. The
 * command line ({@code status}, {@code stop}) and a second start use it to find the agent: the MBeanServer, not a
 * static field, is where the running instance lives.
 */
@Description("The hostednet agent itself: where its doors are, its backend and version; stop() unloads it.")
public interface AgentControlMXBean {

    /** The ObjectName. */
    String OBJECT_NAME = "dev.hostednet:type=Agent";

    /** @return the Jolokia URL, or "" when Jolokia is off */
    @Description("The Jolokia URL, empty when Jolokia is off.")
    String getJolokiaUrl();

    /** @return the JMX service URL, or "" when the connector is off */
    @Description("The JMX service URL, empty when the connector is off.")
    String getJmxUrl();

    /** @return the backend's name */
    @Description("The backend: hostednetwork, mobilehotspot, simulated or unavailable (with auto's reason).")
    String getBackend();

    /** @return when the agent started (ISO-8601) */
    @Description("When the agent started (ISO-8601 UTC).")
    String getStartedAt();

    /** @return the agent's version */
    @Description("The agent's version.")
    String getVersion();

    /**
     * Opens the agent's local door for the command line, if not open yet.
     *
     * @return the file (readable by this JVM's OS user only) holding the door's address and token
     */
    @Description(value = "Open the agent's local door for the command line of this JVM's OS user; returns the path"
        + " of the owner-only file holding its address and token.", impact = javax.management.MBeanOperationInfo.ACTION)
    String openLocalDoor();

    /** Stops the agent: unregisters its MBeans, closes its ports and threads. The host runs on. */
    @Description(value = "Stop the agent: unregister its MBeans, close its ports and threads. The application runs on.",
        impact = javax.management.MBeanOperationInfo.ACTION)
    void stop();
}
