package dev.hostednet.agent.cli;

import com.sun.tools.attach.VirtualMachine;
import dev.hostednet.agent.AgentControlMXBean;
import dev.hostednet.agent.AgentLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** How the command line reaches a local process's agent: the agent's local door, found through the JDK's connector. */
final class LocalJmx {

    private static final String CONTROL = AgentControlMXBean.OBJECT_NAME;
    private static final String RUNNING = AgentLauncher.OPTIONS_PROPERTY;

    private LocalJmx() {
    }

    /**
     * The target's agent through its local door, or the JDK's local connector where no agent runs. The JDK's
     * connector is reached by attaching (HotSpot admits only its own OS user, or root); through it the command
     * line asks the agent to open its local door, and reads that door's token from a file only the same OS user
     * can read. Only that door gives the admin role: a caller the agent cannot tell apart from another connector's
     * gets the operate role (see the agent's LocalDoor).
     */
    static JMXConnector connect(String pid) throws Exception {
        VirtualMachine vm = Reach.attach(pid);
        String address;
        boolean agentRuns;
        try {
            address = vm.startLocalManagementAgent();
            agentRuns = vm.getSystemProperties().getProperty(RUNNING) != null;
        } finally {
            vm.detach();
        }
        JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
        if (!agentRuns) {
            return jmx;
        }
        try {
            // An agent nobody has asked yet registers its MBeans when it sees the platform MBeanServer, which the
            // local connector has just made: within half a second.
            MBeanServerConnection c = jmx.getMBeanServerConnection();
            ObjectName control = new ObjectName(CONTROL);
            for (int i = 0; i < 100 && !c.isRegistered(control); i++) {
                Thread.sleep(50);
            }
            if (!c.isRegistered(control)) {
                return jmx;
            }
            String file;
            try {
                file = (String) c.invoke(control, "openLocalDoor", new Object[0], new String[0]);
            } catch (javax.management.ReflectionException e) {
                return jmx; // an agent older than its local door: the JDK's connector, as it then was
            }
            JMXConnector door = throughDoor(pid, Path.of(file));
            if (door == null) {
                return jmx; // another file system (a container): the JDK's connector, with the foreign role
            }
            jmx.close();
            return door;
        } catch (Exception e) {
            jmx.close();
            throw e;
        }
    }

    private static JMXConnector throughDoor(String pid, Path file) throws Exception {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new Reach.Unreachable("cannot read the agent's local door file " + file + " (" + e.getMessage()
                + "): only the OS user who runs process " + pid + " can use the command line's admin door; run this"
                + " command as that user");
        }
        if (lines.size() < 2) {
            throw new Reach.Unreachable("the agent's local door file " + file + " is incomplete");
        }
        return JMXConnectorFactory.connect(new JMXServiceURL(lines.get(0)),
            Map.of(JMXConnector.CREDENTIALS, new String[] {"local", lines.get(1)}));
    }
}
