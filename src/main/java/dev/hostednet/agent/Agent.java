package dev.hostednet.agent;

import dev.hostednet.agent.jolokia.JolokiaEndpoint;
import dev.hostednet.agent.jolokia.PasswordAuthenticator;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.DescribedMXBean;
import dev.hostednet.jmx.HostedNetworkSecurityMXBean;
import dev.hostednet.jmx.ManagedHostedNetwork;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.LazyHostedNetwork;
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

    private final Instant startedAt = Instant.now();
    private final String version = AgentVersion.current();
    private final HostedNetwork network;
    private final AgentOptions options;
    private final CallerContext callers;
    private final PlatformMBeans mbeans = new PlatformMBeans(new Publication(), this::stop);
    private final LocalDoor localDoor;
    private JolokiaEndpoint jolokia;
    private JmxEndpoint jmx;
    private volatile boolean started;
    private boolean claimed;
    private boolean stopped;

    private Agent(AgentOptions options) {
        this.options = options;
        this.callers = new CallerContext(options.security().foreignRole());
        this.localDoor = new LocalDoor(mbeans::server, callers);
        this.network = LazyHostedNetwork.of(options.backend(), options.backendSettings());
    }

    /**
     * @param options the parsed options
     * @param text the options as given, published while the agent runs
     * @return the running agent
     * @throws AgentStartException saying what failed, or that an agent already runs in this JVM
     */
    static Agent start(AgentOptions options, String text) throws AgentStartException {
        Agent a = new Agent(options);
        try {
            a.open(options, text);
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

    /**
     * Binds the doors and publishes their URLs; the MBeans, and the platform MBeanServer they live in, wait for
     * the first client (see {@link PlatformMBeans}).
     */
    private void open(AgentOptions o, String text) throws Exception {
        SecurityOptions sec = o.security();
        Exposure.check(o);
        // One agent per JVM, claimed without the MBeanServer: Properties is a concurrent map, so two starts at once
        // (premain and an attach) cannot both win.
        if (System.getProperties().putIfAbsent(OPTIONS_PROPERTY, text) != null) {
            throw AgentStartException.alreadyRunning(System.getProperty(JOLOKIA_URL_PROPERTY, ""));
        }
        claimed = true;
        if (o.jolokia()) {
            jolokia = JolokiaEndpoint.open(o.host(), o.port(), o.context(), o.threads(), new JolokiaEndpoint.Access(
                sec.authenticated() ? new PasswordAuthenticator(sec.user(), sec.password()) : null,
                sec.https() ? sec.tls() : null, sec.hosts(), sec.origins(), sec.userRole()), callers, mbeans::server);
        }
        if (o.jmx()) {
            jmx = JmxEndpoint.start(o.jmxHost(), o.jmxPort(), mbeans::server, new JmxEndpoint.Access(
                sec.jmxPasswordFile(), sec.jmxAccessFile(), sec.jmxSsl() ? sec.tls() : null, sec.jmxPlatform(),
                callers));
        }
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
        mbeans.watch();
        // Straight to stderr, as the JDK's own agents say where they listen: a System.Logger line here would
        // initialise java.util.logging before the host could choose its LogManager.
        System.err.println("hostednet-agent " + getVersion() + " started: backend=" + getBackend()
            + (jolokia != null ? ", Jolokia at " + jolokia.url() : ", Jolokia off")
            + (jmx != null ? ", JMX at " + jmx.address(o.jmxHost()) + " (" + jmx.url() + ")" : ", JMX connector off"));
    }

    /** The MBeans, registered when the platform MBeanServer is first needed, with the backend behind them. */
    private final class Publication implements PlatformMBeans.Publication {
        private MBeanServer server;
        private ManagedHostedNetwork managed;
        private ObjectName control;

        @Override
        public void register(MBeanServer platform) throws JMException {
            server = platform;
            ObjectName name = new ObjectName(OBJECT_NAME);
            for (String taken : new String[] {OBJECT_NAME, HostedNetworkSecurityMXBean.OBJECT_NAME}) {
                if (server.isRegistered(new ObjectName(taken))) {
                    throw new JMException(taken + " is registered already, by the host or another copy of"
                        + " hostednet-agent in its own class loader");
                }
            }
            managed = ManagedHostedNetwork.register(server, network, options.mbeanSettings(), callers);
            control = server.registerMBean(DescribedMXBean.of(new AgentControl(Agent.this, callers),
                AgentControlMXBean.class), name).getObjectName();
        }

        @Override
        public void unregister() {
            try {
                if (control != null) {
                    server.unregisterMBean(control);
                }
            } catch (JMException e) {
                log().log(System.Logger.Level.WARNING, "hostednet-agent: could not unregister " + OBJECT_NAME, e);
            }
            if (managed != null) {
                managed.close();
            }
        }
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

    @Override
    public String openLocalDoor() {
        try {
            return localDoor.open();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the agent's local door could not be opened: " + e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        localDoor.close();
        if (jmx != null) {
            jmx.close();
        }
        if (jolokia != null) {
            jolokia.close();
        }
        mbeans.close(); // unregisters the MBeans and closes the backend, if they were ever made; none made after it
        if (!mbeans.published()) {
            network.close();
        }
        if (started) { // only our own URLs: a start that found another agent running must not clear its
            System.clearProperty(JMX_URL_PROPERTY);
            System.clearProperty(JOLOKIA_URL_PROPERTY);
        }
        if (claimed) {
            System.clearProperty(OPTIONS_PROPERTY);
        }
        if (started) {
            System.err.println("hostednet-agent stopped");
        }
    }

    /**
     * Asked for at each line, never held in a static field: getting a System.Logger initialises java.util.logging,
     * and this class is loaded at start, before the host may have chosen its LogManager.
     */
    private static System.Logger log() {
        return System.getLogger("dev.hostednet.agent");
    }
}
