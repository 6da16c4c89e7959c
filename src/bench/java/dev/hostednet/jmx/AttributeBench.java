package dev.hostednet.jmx;

import dev.hostednet.wlan.simulated.SimulatedHostedNetwork;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** In process: our attributes through the MBeanServer against a trivial MXBean attribute (the baseline). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(5)
public class AttributeBench {

    /** The baseline: the most trivial MXBean attribute there is. */
    public interface TrivialMXBean {
        String getState();
    }

    /** Its implementation. */
    public static final class Trivial implements TrivialMXBean {
        @Override
        public String getState() {
            return "active";
        }
    }

    private MBeanServer server;
    private ManagedHostedNetwork managed;
    private ObjectName ours;
    private ObjectName trivial;
    private ObjectName trivialOurDomain;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = MBeanServerFactory.newMBeanServer();
        managed = ManagedHostedNetwork.register(server, SimulatedHostedNetwork.open(), MBeanSettings.defaults(),
            new CallerContext());
        ours = managed.objectName();
        trivial = new ObjectName("bench:type=Trivial");
        server.registerMBean(new Trivial(), trivial);
        // The MBeanServer interns the domain of every name it looks up, at a cost that grows with its length:
        // the same trivial MXBean under our domain shows how much of the gap is the name, not the MBean.
        trivialOurDomain = new ObjectName("dev.hostednet:type=Trivial");
        server.registerMBean(new Trivial(), trivialOurDomain);
        Thread.sleep(500);
        server.invoke(ours, "refreshSecuritySettings", null, null); // so that LastRefresh holds an outcome
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        managed.close();
    }

    @Benchmark
    public Object trivialState() throws Exception {
        return server.getAttribute(trivial, "State");
    }

    @Benchmark
    public Object trivialStateOurDomain() throws Exception {
        return server.getAttribute(trivialOurDomain, "State");
    }

    @Benchmark
    public Object ourState() throws Exception {
        return server.getAttribute(ours, "State");
    }

    @Benchmark
    public Object ourRefreshCount() throws Exception {
        return server.getAttribute(ours, "RefreshCount");
    }

    @Benchmark
    public Object ourLastRefresh() throws Exception {
        return server.getAttribute(ours, "LastRefresh");
    }
}
