package dev.hostednet.agent.cli;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import dev.hostednet.agent.AgentControlMXBean;
import dev.hostednet.agent.AgentLauncher;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Properties;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;

/** The commands that attach to a process: list, start, stop, status. */
final class Attach {

    private static final String CONTROL = AgentControlMXBean.OBJECT_NAME;

    private Attach() {
    }

    static int list(PrintStream out) {
        String self = Long.toString(ProcessHandle.current().pid());
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            if (!d.id().equals(self)) {
                out.println(d.id() + "\t" + (d.displayName().isEmpty() ? "(no main class)" : d.displayName()));
            }
        }
        return Cli.OK;
    }

    static int start(String pid, String options, PrintStream out, PrintStream err) {
        try {
            VirtualMachine vm = Reach.attach(pid);
            try {
                vm.loadAgent(agentJar(), options);
                Properties p = vm.getSystemProperties();
                String error = p.getProperty(AgentLauncher.ERROR_PROPERTY);
                if (error != null) {
                    err.println("hostednet-agent: " + error);
                    return error.startsWith(AgentLauncher.SAME_OPTIONS) ? Cli.OK : Cli.FAILED;
                }
                out.println("hostednet-agent started in process " + pid);
                print(out, "Jolokia", p.getProperty("hostednet.jolokia.url"));
                print(out, "JMX", p.getProperty("hostednet.jmx.url"));
                return Cli.OK;
            } finally {
                vm.detach();
            }
        } catch (AgentLoadException | AgentInitializationException e) {
            err.println("hostednet-agent: " + refused(pid, String.valueOf(e.getMessage())));
            return Cli.FAILED;
        } catch (Exception e) {
            return Reach.report(err, pid, e);
        }
    }

    /** The target's JVM refused the agent before the agent could say why (its own refusals come as a property). */
    private static String refused(String pid, String jdk) {
        String javaagent = "-javaagent:" + jarName() + "=OPTIONS";
        if (jdk.contains("EnableDynamicAgentLoading")) {
            return "process " + pid + " does not let an agent be loaded while it runs (it was started with"
                + " -XX:-EnableDynamicAgentLoading): start it again with " + javaagent + ", or without that flag";
        }
        return "process " + pid + " refused the agent (the JVM says: " + jdk + "); its standard error may say more,"
            + " and " + javaagent + " at its start avoids loading into a running JVM";
    }

    private static String jarName() {
        try {
            return agentJar();
        } catch (IOException e) {
            return "hostednet-agent.jar";
        }
    }

    /**
     * Stops a running agent through the target's own local JMX connector, as {@code status} reads it: nothing is
     * loaded into the target (a dynamic agent load would print JDK 21+'s warning, and fail where the target forbids
     * dynamic loading). That connector, JConsole's "Local Process" door, stays open until the target exits.
     */
    static int stop(String pid, PrintStream out, PrintStream err) {
        try (JMXConnector jmx = localJmx(pid)) {
            MBeanServerConnection c = jmx.getMBeanServerConnection();
            ObjectName control = new ObjectName(CONTROL);
            if (!c.isRegistered(control)) {
                out.println("hostednet-agent is not running in process " + pid + ": nothing to stop");
                return Cli.UNREACHABLE;
            }
            c.invoke(control, "stop", new Object[0], new String[0]);
            out.println("hostednet-agent stopped in process " + pid);
            return Cli.OK;
        } catch (Exception e) {
            return Reach.report(err, pid, e);
        }
    }

    static int status(String pid, PrintStream out, PrintStream err) {
        try (JMXConnector jmx = localJmx(pid)) {
            MBeanServerConnection c = jmx.getMBeanServerConnection();
            ObjectName control = new ObjectName(CONTROL);
            if (!c.isRegistered(control)) {
                out.println("hostednet-agent is not running in process " + pid + "; start it with: java -jar"
                    + " hostednet-agent.jar start " + pid);
                return Cli.UNREACHABLE;
            }
            out.println("hostednet-agent " + c.getAttribute(control, "Version") + " running in process " + pid
                + " since " + c.getAttribute(control, "StartedAt"));
            out.println("  backend: " + c.getAttribute(control, "Backend"));
            out.println("  state:   " + c.getAttribute(new ObjectName(Target.MBEAN), "State"));
            print(out, "Jolokia", (String) c.getAttribute(control, "JolokiaUrl"));
            print(out, "JMX", (String) c.getAttribute(control, "JmxUrl"));
            return Cli.OK;
        } catch (Exception e) {
            return Reach.report(err, pid, e);
        }
    }

    private static void print(PrintStream out, String door, String url) {
        out.println("  " + (door + ":").concat(" ".repeat(Math.max(1, 9 - door.length())))
            + (url == null || url.isEmpty() ? "off" : url));
    }

    /** @see LocalJmx#connect */
    static JMXConnector localJmx(String pid) throws Exception {
        return LocalJmx.connect(pid);
    }

    /** The agent jar this command line runs from (the isolated loader reads it through a jar: URL). */
    static String agentJar() throws IOException {
        URL location = Attach.class.getProtectionDomain().getCodeSource().getLocation();
        String spec = location.toString();
        if (spec.startsWith("jar:")) {
            spec = spec.substring(4, spec.indexOf("!/"));
        }
        try {
            File f = new File(new URL(spec).toURI());
            if (!f.isFile()) {
                throw new IOException("not running from the agent jar (" + f + ")");
            }
            return f.getAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the agent jar from " + location, e);
        }
    }
}
