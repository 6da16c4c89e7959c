import java.time.Duration;
import java.time.Instant;

/**
 * A stand-in for your application: it does its own work and knows nothing of the agent. Run it with the agent
 * (see README.md); it prints where to point JConsole and curl, then runs until you press Ctrl-C
 * (or for the number of seconds given as its argument).
 */
public final class DemoHost {

    public static void main(String[] args) throws InterruptedException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : Long.MAX_VALUE / 1000;
        System.out.println("demo host running as process " + ProcessHandle.current().pid());
        String jolokia = waitFor("hostednet.jolokia.url");
        String jmx = System.getProperty("hostednet.jmx.url", "");
        if (jolokia.isEmpty() && jmx.isEmpty()) {
            System.out.println("no agent endpoint is up (see the agent's message above); the host runs on regardless");
        }
        if (!jolokia.isEmpty()) {
            String m = "dev.hostednet:type=HostedNetworkSecurity";
            System.out.println();
            System.out.println("Jolokia:  " + jolokia);
            System.out.println("  curl " + jolokia + "read/" + m + "/State");
            System.out.println("  curl -d '{\"type\":\"exec\",\"mbean\":\"" + m
                + "\",\"operation\":\"refreshSecuritySettings\"}' " + jolokia);
        }
        if (!jmx.isEmpty()) {
            String hostPort = jmx.replaceAll(".*//([^/]+)/jmxrmi$", "$1").replaceAll(".*rmi://", "");
            System.out.println();
            System.out.println("JConsole: jconsole " + hostPort + "   (MBeans tab: dev.hostednet > HostedNetworkSecurity)");
        }
        System.out.println();
        System.out.println("Without a password, curl, the JMX port and JConsole's Local Process may read and refresh;"
            + " start, stop, the restart, rotateUserKey and joinInfo need the admin role: use the command line with"
            + " this process id, for example java -jar target/hostednet-agent.jar rotate "
            + ProcessHandle.current().pid() + " --qr");
        System.out.println();
        System.out.println("Ctrl-C to stop.");
        Instant end = Instant.now().plus(Duration.ofSeconds(seconds));
        while (Instant.now().isBefore(end)) {
            Thread.sleep(200); // the application's own work would be here
        }
    }

    private static String waitFor(String property) throws InterruptedException {
        for (int i = 0; i < 100 && System.getProperty(property) == null; i++) {
            Thread.sleep(50); // the agent starts in the background, so as not to delay the application
        }
        return System.getProperty(property, "");
    }
}
