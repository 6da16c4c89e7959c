package dev.hostednet.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.nio.file.Path;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import dev.hostednet.jmx.CallerContext;
import javax.management.MBeanServer;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.management.remote.rmi.RMIJRMPServerImpl;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.rmi.ssl.SslRMIClientSocketFactory;

/**
 * The JMX remote connector on one port for both the RMI registry and the connections (firewall friendly), bound
 * to the configured address only, so {@code jconsole HOST:PORT} and {@code jmxterm -l HOST:PORT} connect. Credentials
 * are deserialized as strings only, and {@link JmxDoor} declares each caller and keeps the connector to the agent's
 * MBeans unless the operator opens the platform.
 */
final class JmxEndpoint implements AutoCloseable {

    /**
     * What a JMX client may send: JMX's own classes, the open types' Java classes and the collections inside JMX's
     * notification filters and Subjects; 15 levels deep at most (nested sets cost the server twice as much per level).
     */
    static final String ARGUMENTS = "maxdepth=15;maxrefs=10000;maxbytes=" + JmxLimits.CALL_BYTES + ";maxarray="
        + JmxLimits.CALL_ARRAY + ";java.lang.*;java.math.*;java.util.*;java.rmi.MarshalledObject;javax.management.**;"
        + "javax.security.auth.Subject;!*";
    /**
     * The JDK's switch for what the RMI registry deserializes from a call: with strings only, no other process can
     * bind or rebind a name (it would redirect JConsole, and its password, to a connector of its own); lookups still
     * work. JVM-wide, read when the first registry is made; set unless the host set it.
     */
    static final String REGISTRY_FILTER = "sun.rmi.registry.registryFilter";
    /** The JDK's connector setting for exports that do not keep the JVM alive (read by RMIJRMPServerImpl). */
    static final String DAEMON = "jmx.remote.x.daemon";

    private final JmxPort port;
    private final JMXServiceURL url;
    private final Thread atExit = new Thread(this::stopConnector, "hostednet-jmx-exit");
    private final ListenerCap listeners = new ListenerCap();
    private Registry registry;
    private RMIConnectorServer server;
    private boolean closed;

    private JmxEndpoint(JmxPort port, JMXServiceURL url) {
        this.port = port;
        this.url = url;
    }

    /**
     * A factory that binds one address only (RMI's default binds every interface), optionally with TLS. Equal
     * factories share one listening socket: that is how the registry and the connector share the port.
     */
    private record BoundFactory(InetAddress address, SSLContext tls) implements RMIServerSocketFactory {
        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            if (tls == null) {
                return new ServerSocket(port, 50, address);
            }
            SSLServerSocket s = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(port, 50, address);
            s.setNeedClientAuth(false);
            return s;
        }
    }

    /**
     * Who may connect.
     *
     * @param passwordFile the password file ("user password" lines), or null for no authentication
     * @param accessFile the access file ("user readonly|readwrite" lines), or null: every user may do everything
     * @param tls TLS for the registry and the connections, or null
     * @param platform whether every platform MBean is served, not only the agent's
     * @param callers where each call's caller is declared
     */
    record Access(Path passwordFile, Path accessFile, SSLContext tls, boolean platform, CallerContext callers) {
    }

    /**
     * Binds the port and publishes nothing else yet: the registry, the connector and the MBeanServer behind them
     * are made when the first client connects (see {@link JmxPort}).
     *
     * @param host the bind address
     * @param requestedPort the port, 0 for any free one
     * @param mbeans the platform MBeanServer with the agent's MBeans, made on demand
     * @param access who may connect
     * @return the endpoint
     * @throws IOException when the port cannot be bound (the message names it)
     */
    static JmxEndpoint start(String host, int requestedPort, Supplier<MBeanServer> mbeans, Access access)
        throws IOException {
        InetAddress address = InetAddress.getByName(host);
        JmxPort port;
        try {
            port = new JmxPort(new BoundFactory(address, access.tls()), requestedPort);
        } catch (IOException e) {
            throw new IOException("the JMX port " + host + ":" + requestedPort + " cannot be used (" + e.getMessage()
                + "); choose another with jmx.port=PORT", e);
        }
        if (System.getProperty(REGISTRY_FILTER) == null) {
            System.setProperty(REGISTRY_FILTER, JmxLimits.CREDENTIALS);
        }
        String h = host.contains(":") ? "[" + host + "]" : host;
        JmxEndpoint endpoint = new JmxEndpoint(port,
            new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + h + ":" + port.port() + "/jmxrmi"));
        Runtime.getRuntime().addShutdownHook(endpoint.atExit);
        port.awaitFirst(() -> endpoint.export(h, mbeans.get(), access));
        return endpoint;
    }

    /** Makes the registry and the connector on the bound port, for the client waiting on it. */
    private synchronized void export(String h, MBeanServer mbeans, Access access) throws IOException {
        if (closed) {
            throw new IOException("the agent stopped");
        }
        int p = port.port();
        RMIClientSocketFactory clients = access.tls() == null ? null : new SslRMIClientSocketFactory();
        registry = LocateRegistry.createRegistry(p, clients, port);
        Map<String, Object> env = environment(access);
        Object controller = listeners.controller();
        if (controller != null) {
            env.put(ListenerCap.ENV, controller);
        }
        if (clients != null) {
            env.put(RMIConnectorServer.RMI_CLIENT_SOCKET_FACTORY_ATTRIBUTE, clients);
        }
        env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, port);
        // The connector is exported on the same port and its stub bound into our registry object directly, as
        // the JDK's own agent does: a JNDI bind would go over the network, and with TLS would have to trust us.
        RMIJRMPServerImpl impl = new LoginCheckedServer(p, clients, port, env);
        server = new RMIConnectorServer(new JMXServiceURL("service:jmx:rmi://" + h + ":" + p), env, impl, mbeans);
        // Installed before start(): the JDK puts its access-file check in front of it, so read-only users are
        // refused operations before this door declares them.
        server.setMBeanServerForwarder(JmxDoor.create(access.callers(), access.platform()));
        server.addNotificationListener(listeners, null, null); // a closed connection's listeners are gone
        try {
            server.start();
            registry.bind("jmxrmi", impl.toStub());
        } catch (IOException | java.rmi.AlreadyBoundException e) {
            stopConnector();
            throw new IOException("the JMX connector could not start: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> environment(Access access) {
        Map<String, Object> env = new HashMap<>();
        if (access.passwordFile() != null) {
            // The JDK's own file login module; it may rewrite a writable file with hashed passwords.
            env.put("jmx.remote.x.password.file", access.passwordFile().toString());
        }
        if (access.accessFile() != null) {
            env.put("jmx.remote.x.access.file", access.accessFile().toString());
        }
        // What a client sends as credentials is deserialized before it is checked: accept a String[] and nothing
        // else, as the JDK's own agent does, so no other class is ever instantiated from an unauthenticated stream.
        // Limits first: a String[] that announces 20 million elements is refused before it is allocated.
        env.put(RMIConnectorServer.CREDENTIALS_FILTER_PATTERN, JmxLimits.CREDENTIALS);
        // Operation arguments and query expressions arrive serialized too, before any role is checked: open types
        // and JMX's own values only, shallow, so nested collections cannot make the server spin.
        env.put(RMIConnectorServer.SERIAL_FILTER_PATTERN, ARGUMENTS);
        // The trap: every object RMI exports keeps its non-daemon "RMI Reaper" thread, and so the host JVM, alive
        // after main returns. Exported as daemons (as the JDK's own agent does), the connector and its client
        // connections never hold the host; the registry is exported that way by the JDK already.
        env.put(DAEMON, "true");
        return env;
    }

    JMXServiceURL url() {
        return url;
    }

    /** @return host:port, what JConsole's "Remote Process" field takes */
    String address(String host) {
        return host + ":" + port.port();
    }

    /** Stops the connector and unexports the registry: the RMI threads end and the port is free again. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook stops the connector
        }
        stopConnector();
    }

    /**
     * Also run at exit: the thread waiting on the port (ours, or RMI's once it took over) waits in native code, and
     * HotSpot waits up to 300 ms for such threads before the process ends. Closing the listening socket brings it
     * out.
     */
    private synchronized void stopConnector() {
        closed = true;
        port.close();
        if (server != null) {
            try {
                server.stop();
            } catch (IOException e) {
                // it is going away anyway
            }
        }
        if (registry != null) {
            try {
                UnicastRemoteObject.unexportObject(registry, true);
            } catch (NoSuchObjectException e) {
                // already gone
            }
        }
    }
}
