package dev.hostednet.agent.cli;

import dev.hostednet.agent.AgentVersion;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code java -jar hostednet-agent.jar COMMAND}: find JVMs, start and stop the agent in them, and rotate a key or
 * read the state from a shell. Exit codes: 0 done, 1 the operation failed, 2 usage error, 3 no agent or target
 * reachable, 70 internal error.
 */
public final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int UNREACHABLE = 3;

    private static final String HELP = String.join("\n",
        "usage: java -jar hostednet-agent.jar COMMAND",
        "  list                         Java processes this user can attach to",
        "  start PID [OPTIONS]          load the agent into a running JVM (OPTIONS as for -javaagent)",
        "  stop PID                     stop the agent in that JVM; the JVM runs on",
        "  status PID                   is the agent running there, and where are its doors",
        "  state PID|URL                print the Hosted Network state (URL: the Jolokia URL, such as",
        "                               http://127.0.0.1:8778/jolokia/, not a host:port)",
        "  refresh PID|URL [--restart]  rotate the system key (--restart: start again if it was active)",
        "  rotate PID|URL [--qr]        rotate the user key, the one clients type; the network stays up",
        "                               (--qr: show the new key's QR code at once; needs reveal=on)",
        "  start-network PID|URL        start the Hosted Network (ForceStart), also after a refresh left it idle",
        "  stop-network PID|URL         stop the Hosted Network (ForceStop) for every client",
        "  qr PID|URL [user|system] [--png FILE]",
        "                               the QR code, SSID and join URI of a key (needs reveal=on)",
        "  --version                    print this agent's version",
        "rotate, qr, refresh --restart, start-network and stop-network need the admin role:",
        "a PID, or a Jolokia user with user.role=admin",
        "PID goes through the attach API and JMX; URL is a Jolokia URL such as http://127.0.0.1:8778/jolokia",
        "(with authentication on, set HOSTEDNET_USER and HOSTEDNET_PASSWORD in the environment;",
        " for HTTPS with your own certificate, -Djavax.net.ssl.trustStore=FILE before -jar)",
        "Exit codes: 0 done, 1 the operation failed, 2 usage error, 3 no agent or target reachable,",
        "70 a broken agent jar.",
        "On JDK 21+ a dynamic start prints the JVM's own warning; start the target with",
        "-XX:+EnableDynamicAgentLoading to silence it, or use -javaagent at launch instead.");

    private Cli() {
    }

    /**
     * @param args the command line
     * @return the exit code
     */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(HELP);
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            out.println("hostednet-agent " + AgentVersion.current());
            return OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "list" -> Attach.list(out);
                case "start" -> Attach.start(pid(rest, 1, 2), rest.length > 1 ? rest[1] : "", out, err);
                case "stop" -> Attach.stop(pid(rest, 1, 1), out, err);
                case "status" -> Attach.status(pid(rest, 1, 1), out, err);
                case "state" -> target(rest, 1).state(out, err);
                case "refresh" -> target(rest, 2).refresh(rest.length > 1 && restart(rest[1]), out, err);
                case "rotate" -> rotate(rest, out, err);
                case "start-network" -> target(rest, 1).network("start", out, err);
                case "stop-network" -> target(rest, 1).network("stop", out, err);
                case "qr" -> qr(rest, out, err);
                default -> usage(err, "unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        }
    }

    private static int rotate(String[] rest, PrintStream out, PrintStream err) throws UsageException {
        Target t = target(rest, 2);
        boolean qr = rest.length > 1 && flag(rest[1], "--qr");
        // Checked before rotating: afterwards, a refused hand-over leaves a new key nobody can read.
        int code = qr ? t.requireReveal("rotate " + rest[0] + " --qr", err) : OK;
        code = code != OK ? code : t.rotateUserKey(out, err);
        return code != OK || !qr ? code : t.joinInfo("user", card -> JoinCard.show(card, null, out, err), err);
    }

    private static int qr(String[] rest, PrintStream out, PrintStream err) throws UsageException {
        if (rest.length < 1) {
            throw new UsageException("wrong number of arguments");
        }
        String which = "user";
        java.nio.file.Path png = null;
        for (int i = 1; i < rest.length; i++) {
            if (rest[i].equals("user") || rest[i].equals("system")) {
                which = rest[i];
            } else if (rest[i].equals("--png") && i + 1 < rest.length) {
                png = java.nio.file.Path.of(rest[++i]);
            } else {
                throw new UsageException(rest[i].equals("--png") ? "--png needs a FILE" : "unknown argument '"
                    + rest[i] + "'");
            }
        }
        java.nio.file.Path file = png;
        return target(new String[] {rest[0]}, 1).joinInfo(which, card -> JoinCard.show(card, file, out, err), err);
    }

    private static boolean flag(String given, String expected) throws UsageException {
        if (!given.equals(expected)) {
            throw new UsageException("unknown flag '" + given + "'");
        }
        return true;
    }

    private static boolean restart(String flag) throws UsageException {
        if (!flag.equals("--restart")) {
            throw new UsageException("unknown flag '" + flag + "'");
        }
        return true;
    }

    private static String pid(String[] rest, int min, int max) throws UsageException {
        if (rest.length < min || rest.length > max) {
            throw new UsageException("wrong number of arguments");
        }
        if (!rest[0].matches("\\d+")) {
            throw new UsageException("'" + rest[0] + "' is not a process id");
        }
        return rest[0];
    }

    private static Target target(String[] rest, int max) throws UsageException {
        if (rest.length < 1 || rest.length > max) {
            throw new UsageException("wrong number of arguments");
        }
        String t = rest[0];
        if (t.startsWith("http://") || t.startsWith("https://")) {
            return new JolokiaTarget(t);
        }
        if (t.contains(":")) {
            // host:port is what JConsole takes, so people try it here too; the HTTP door needs its context path
            throw new UsageException("'" + t + "' is neither a process id nor a URL: give the agent's Jolokia URL,"
                + " such as http://" + t + "/jolokia/ (status PID prints it)");
        }
        return new JmxTarget(pid(new String[] {t}, 1, 1));
    }

    private static int usage(PrintStream err, String problem) {
        err.println("hostednet-agent: " + problem);
        err.println(HELP);
        return USAGE;
    }

    /** A command line that does not parse. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
