package dev.hostednet.agent;

import dev.hostednet.agent.jolokia.JolokiaEndpoint;
import dev.hostednet.agent.jolokia.PasswordAuthenticator;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.DescribedMXBean;
import dev.hostednet.jmx.ManagedHostedNetwork;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.LazyHostedNetwork;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * One running agent: the MBean, the Jolokia endpoint, the JMX connector and the control MBean. Starting is all or
 * nothing: if any part fails, what was started is closed again and the reason is thrown.
 */
final class Agent implements AgentControlMXBean {

    static final String JOLOKIA_URL_PROPERTY = "hostednet.jolokia.url";
    static final String JMX_URL_PROPERTY = "hostednet.jmx.url";
    /** The options the running agent was started with (never secret: passwords are never options). */
    static final String OPTIONS_PROPERTY = "hostednet.agent.options";
    private static final System.Logger LOG = System.getLogger("dev.hostednet.agent");

    private final Instant startedAt = Instant.now();
    private final String version = readVersion();
    private final HostedNetwork network;
    private MBeanServer server;
    private ObjectName control;
    private ManagedHostedNetwork managed;
    private JolokiaEndpoint jolokia;
    private JmxEndpoint jmx;
    private volatile boolean started;
    private boolean stopped;

    private Agent(AgentOptions options) {
        this.network = LazyHostedNetwork.of(options.backend(), options.backendSettings());
    }

    /**
     * @param options the parsed options
     * @return the running agent
     * @throws AgentStartException saying what failed, or that an agent already runs in this JVM
     */
    static Agent start(AgentOptions options) throws AgentStartException {
        Agent a = new Agent(options);
        try {
            a.open(options);
            return a;
        } catch (AgentStartException e) {
            a.stop();
            throw e;
        } catch (Exception | LinkageError e) {
            a.stop();
            throw new AgentStartException(e.getMessage() != null ? e.getMessage() : e.toString(), e);
        } catch (Error e) {
            a.stop(); // what opened must close even then: a bound port would outlive the failed start
            throw e;
        }
    }

    private void open(AgentOptions o) throws Exception {
        SecurityOptions sec = o.security();
        Exposure.check(o);
        CallerContext callers = new CallerContext();
        server = ManagementFactory.getPlatformMBeanServer();
        ObjectName running = new ObjectName(OBJECT_NAME);
        if (server.isRegistered(running)) {
            throw AgentStartException.alreadyRunning(server.getAttribute(running, "JolokiaUrl"));
        }
        managed = ManagedHostedNetwork.register(server, network, o.jmxSettings(), callers);
        // Bound now, answered once serve() is called below; Jolokia's own services wait for the first request.
        if (o.jolokia()) {
            jolokia = JolokiaEndpoint.open(o.host(), o.port(), o.context(), o.threads(), new JolokiaEndpoint.Access(
                sec.authenticated() ? new PasswordAuthenticator(sec.user(), sec.password()) : null,
                sec.https() ? sec.tls() : null, sec.hosts(), sec.origins(), sec.userRole()), callers);
        }
        if (o.jmx()) {
            jmx = JmxEndpoint.start(o.jmxHost(), o.jmxPort(), server, new JmxEndpoint.Access(sec.jmxPasswordFile(),
                sec.jmxAccessFile(), sec.jmxSsl() ? sec.tls() : null, sec.jmxPlatform(), callers));
        }
        control = server.registerMBean(DescribedMXBean.of(this, AgentControlMXBean.class),
            new ObjectName(OBJECT_NAME)).getObjectName();
        if (jolokia != null) {
            jolokia.serve();
        }
        // Published last, so that whoever sees a URL finds everything up (scripts and the demo wait for them).
        if (jmx != null) {
            System.setProperty(JMX_URL_PROPERTY, jmx.url().toString());
        }
        if (jolokia != null) {
            System.setProperty(JOLOKIA_URL_PROPERTY, jolokia.url());
        }
        started = true;
        LOG.log(System.Logger.Level.INFO, "hostednet-agent " + getVersion() + " started: backend=" + getBackend()
            + (jolokia != null ? ", Jolokia at " + jolokia.url() : ", Jolokia off")
            + (jmx != null ? ", JMX at " + jmx.address(o.jmxHost()) + " (" + jmx.url() + ")" : ", JMX connector off"));
    }

    @Override
    public String getJolokiaUrl() {
        return jolokia == null ? "" : jolokia.url();
    }

    @Override
    public String getJmxUrl() {
        return jmx == null ? "" : jmx.url().toString();
    }

    @Override
    public String getBackend() {
        return network.backendName();
    }

    @Override
    public String getStartedAt() {
        return startedAt.toString();
    }

    @Override
    public String getVersion() {
        return version;
    }

    private static String readVersion() {
        // Not the manifest: the isolated loader reads our classes from a directory inside the jar, without one.
        try (java.io.InputStream in = Agent.class.getResourceAsStream("version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (control != null) { // ours: never another agent's, found running at start
                server.unregisterMBean(control);
            }
        } catch (JMException e) {
            LOG.log(System.Logger.Level.WARNING, "hostednet-agent: could not unregister " + OBJECT_NAME, e);
        }
        if (jmx != null) {
            jmx.close();
        }
        if (jolokia != null) {
            jolokia.close();
        }
        if (started) { // only our own URLs: a start that found another agent running must not clear its
            System.clearProperty(JMX_URL_PROPERTY);
            System.clearProperty(JOLOKIA_URL_PROPERTY);
            System.clearProperty(OPTIONS_PROPERTY);
        }
        if (managed != null) {
            managed.close();
        } else {
            network.close();
        }
        if (started) {
            LOG.log(System.Logger.Level.INFO, "hostednet-agent stopped");
        }
    }
}
