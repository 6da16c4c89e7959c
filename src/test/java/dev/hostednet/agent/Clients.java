package dev.hostednet.agent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Real clients of an agent running in this JVM: Jolokia over HTTP, and a JMX connector. */
final class Clients implements AutoCloseable {

    static final String MBEAN = "dev.hostednet:type=HostedNetworkSecurity";
    final String url = System.getProperty("hostednet.jolokia.url");
    final JMXConnector jmx;
    final MBeanServerConnection conn;
    final ObjectName name;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    Clients() throws Exception {
        jmx = JMXConnectorFactory.connect(new JMXServiceURL(System.getProperty("hostednet.jmx.url")));
        conn = jmx.getMBeanServerConnection();
        name = new ObjectName(MBEAN);
    }

    /**
     * Starts the agent in this JVM as a host that uses JMX itself: the platform MBeanServer exists first, so the
     * agent registers its MBeans at once (otherwise it waits for a client, or sees the server within a second).
     */
    static void startAgent(String options) {
        java.lang.management.ManagementFactory.getPlatformMBeanServer();
        if (!AgentLauncher.start(options)) {
            throw new AssertionError("agent did not start: " + System.getProperty(AgentLauncher.ERROR_PROPERTY));
        }
    }

    static void stopAgent() {
        AgentLauncher.agentmain("stop");
    }

    HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String exec(String operation) throws Exception {
        return post("{\"type\":\"exec\",\"mbean\":\"" + MBEAN + "\",\"operation\":\"" + operation + "\"}").body();
    }

    /**
     * Runs an operation as the host's own code does (an in-process caller, with the admin role): start and stop
     * are refused to anonymous Jolokia and JMX callers.
     *
     * @return whether it succeeded
     */
    static boolean invokeInProcess(String operation) throws Exception {
        Object o = host().invoke(new ObjectName(MBEAN), operation, new Object[0], new String[0]);
        return (Boolean) ((javax.management.openmbean.CompositeData) o).get("succeeded");
    }

    /**
     * @return the platform MBeanServer as the host's own code reaches it with the admin role: every call made
     *     through the host API ({@link dev.hostednet.agent.boot.AsHost}); a plain platform caller is foreign
     */
    static javax.management.MBeanServer host() {
        javax.management.MBeanServer platform = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        return (javax.management.MBeanServer) java.lang.reflect.Proxy.newProxyInstance(Clients.class.getClassLoader(),
            new Class<?>[] {javax.management.MBeanServer.class}, (proxy, m, args) -> {
                try {
                    return dev.hostednet.agent.boot.AsHost.call(() -> m.invoke(platform, args));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    Object attr(String attribute) throws Exception {
        return conn.getAttribute(name, attribute);
    }

    long refreshes() throws Exception {
        return (Long) attr("RefreshCount") + (Long) attr("FailedRefreshCount");
    }

    @Override
    public void close() throws Exception {
        jmx.close();
    }
}
