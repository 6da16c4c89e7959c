package dev.hostednet.agent.cli;

import java.io.PrintStream;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;

/** A local process, reached through the attach API and its local JMX connector. */
final class JmxTarget implements Target {

    private static final String OPTIONS_PROPERTY = dev.hostednet.agent.AgentLauncher.OPTIONS_PROPERTY;

    private final String pid;

    JmxTarget(String pid) {
        this.pid = pid;
    }

    @Override
    public int state(PrintStream out, PrintStream err) {
        return withMBean(err, c -> {
            out.println(c.getAttribute(new ObjectName(MBEAN), "State"));
            return Cli.OK;
        });
    }

    @Override
    public int refresh(boolean restart, PrintStream out, PrintStream err) {
        String op = restart ? "refreshSecuritySettingsAndRestart" : "refreshSecuritySettings";
        return withMBean(err, c -> {
            try {
                CompositeData o = (CompositeData) c.invoke(new ObjectName(MBEAN), op, new Object[0], new String[0]);
                out.println(Target.outcomeLine(o::get));
                return Cli.OK;
            } catch (RuntimeMBeanException e) {
                err.println("hostednet-agent: " + e.getCause().getMessage());
                return Cli.FAILED;
            }
        });
    }

    @Override
    public int network(String operation, PrintStream out, PrintStream err) {
        return exec(err, operation, null, o -> {
            out.println(Target.outcomeLine(o::get));
            return Cli.OK;
        });
    }

    @Override
    public int rotateUserKey(PrintStream out, PrintStream err) {
        return exec(err, "rotateUserKey", null, o -> {
            out.println(Target.outcomeLine(o::get));
            return Cli.OK;
        });
    }

    @Override
    public int requireReveal(String command, PrintStream err) {
        return withMBean(err, c -> {
            if (Boolean.TRUE.equals(c.getAttribute(new ObjectName(MBEAN), "RevealOn"))) {
                return Cli.OK;
            }
            // The agent's options are a system property of the target; the agent's own door serves only its
            // MBeans, so they are read through the attach API (a plain attach operation, no agent is loaded).
            com.sun.tools.attach.VirtualMachine vm = Reach.attach(pid);
            String options;
            try {
                options = vm.getSystemProperties().getProperty(OPTIONS_PROPERTY);
            } finally {
                vm.detach();
            }
            err.println("hostednet-agent: " + Target.revealOff(command, options, pid));
            return Cli.FAILED;
        });
    }

    @Override
    public int joinInfo(String which, java.util.function.ToIntFunction<java.util.function.Function<String, Object>>
        show, PrintStream err) {
        return exec(err, "joinInfo", which, o -> show.applyAsInt(o::get));
    }

    private int exec(PrintStream err, String op, String arg,
                     java.util.function.ToIntFunction<CompositeData> show) {
        Object[] args = arg == null ? new Object[0] : new Object[] {arg};
        String[] sig = arg == null ? new String[0] : new String[] {String.class.getName()};
        return withMBean(err, c -> {
            try {
                return show.applyAsInt((CompositeData) c.invoke(new ObjectName(MBEAN), op, args, sig));
            } catch (RuntimeMBeanException e) {
                err.println("hostednet-agent: " + e.getCause().getMessage());
                return Cli.FAILED;
            }
        });
    }

    /** Work against the target's MBeanServer. */
    interface Work {
        int run(MBeanServerConnection c) throws Exception;
    }

    private int withMBean(PrintStream err, Work work) {
        try (JMXConnector jmx = Attach.localJmx(pid)) {
            return work.run(jmx.getMBeanServerConnection());
        } catch (InstanceNotFoundException e) {
            err.println("hostednet-agent: no agent runs in process " + pid + "; start it with: java -jar"
                + " hostednet-agent.jar start " + pid);
            return Cli.UNREACHABLE;
        } catch (Exception e) {
            return Reach.report(err, pid, e);
        }
    }
}
