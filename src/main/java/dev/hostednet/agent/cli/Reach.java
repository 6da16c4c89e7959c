package dev.hostednet.agent.cli;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reaches a process id through the attach API, and says in one sentence why not when it cannot: what happened and
 * what to do. It looks before it attaches: the JDK's own client answers a pid that is not a JVM with an 11 s wait
 * and a socket-file message, or (JDK 17 on Linux) with SIGQUIT, which ends a program that does not handle it.
 */
final class Reach {

    static final String LIST = "see the JVMs you can reach with: java -jar hostednet-agent.jar list";
    /** Linux's per-process status; absent elsewhere, where only the attach API is asked. */
    private static final Path PROC = Path.of("/proc");
    private static final long SIGQUIT_BIT = 1L << (3 - 1);

    private Reach() {
    }

    /** A process the command line cannot reach; the message is the whole sentence for the user. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String message) {
            super(message);
        }
    }

    /**
     * @param pid a process id (digits)
     * @return the attached VM; the caller detaches
     * @throws Unreachable when there is no such process, or it is not a JVM this user can attach to
     */
    static VirtualMachine attach(String pid) throws Unreachable {
        ProcessHandle p = ProcessHandle.of(Long.parseLong(pid)).orElseThrow(() -> gone(pid));
        // What the JDK lists (its perf-data files) can be attached to; the rest is checked first, not tried blindly:
        // a JVM started with -XX:-UsePerfData, or in a container, is not listed but can be reached.
        if (VirtualMachine.list().stream().noneMatch(d -> d.id().equals(pid))) {
            refuseWhatLinuxWouldRefuse(p);
        }
        try {
            return VirtualMachine.attach(pid);
        } catch (AttachNotSupportedException | IOException e) {
            throw explain(pid, e);
        }
    }

    /**
     * Prints why a command could not reach the process, in words; never the exception's class.
     *
     * @return the exit code
     */
    static int report(PrintStream err, String pid, Exception e) {
        err.println("hostednet-agent: " + explain(pid, e).getMessage());
        return Cli.UNREACHABLE;
    }

    private static Unreachable explain(String pid, Exception e) {
        if (e instanceof Unreachable u) {
            return u;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        if (p.isEmpty()) {
            return gone(pid);
        }
        String jdk = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AttachNotSupportedException || jdk.contains(".java_pid")) {
            return new Unreachable("process " + pid + name(p.get()) + " is not a Java VM this user can attach to:"
                + " it may be a program other than Java, a JVM run by another user, or one started with"
                + " -XX:+DisableAttachMechanism (the JDK says: " + jdk + "); " + LIST);
        }
        return new Unreachable("cannot talk to process " + pid + name(p.get()) + " (" + jdk + "): check that it is"
            + " still running and try again; " + LIST);
    }

    private static Unreachable gone(String pid) {
        return new Unreachable("no process " + pid + " on this machine (it may have ended); " + LIST
            + " (run it as the user who started the target)");
    }

    /**
     * On Linux, what HotSpot's attach would refuse after a wait: another user's process (HotSpot takes only its own
     * user, or root), and one that does not handle SIGQUIT, the signal a JVM starts its attach listener on.
     */
    private static void refuseWhatLinuxWouldRefuse(ProcessHandle p) throws Unreachable {
        Path status = PROC.resolve(Long.toString(p.pid())).resolve("status");
        if (!Files.isReadable(status)) {
            return;
        }
        String me = System.getProperty("user.name");
        String owner = p.info().user().orElse(me);
        String pid = Long.toString(p.pid());
        if (!owner.equals(me) && !me.equals("root")) {
            throw new Unreachable("process " + pid + name(p) + " belongs to user " + owner + ", and a JVM lets"
                + " only its own user attach: run this command as " + owner + " (e.g. sudo -u " + owner + " java -jar"
                + " hostednet-agent.jar ...); " + LIST);
        }
        if (!handlesSigquit(status)) {
            throw new Unreachable("process " + pid + name(p) + " is not a Java VM this user can attach to: it does"
                + " not handle SIGQUIT, which every JVM does unless started with -Xrs (so it is a program other than"
                + " Java, or such a JVM); " + LIST);
        }
    }

    private static boolean handlesSigquit(Path status) {
        try {
            List<String> lines = Files.readAllLines(status);
            return lines.stream().filter(l -> l.startsWith("SigCgt:")).findFirst()
                .map(l -> (Long.parseUnsignedLong(l.substring(7).trim(), 16) & SIGQUIT_BIT) != 0).orElse(true);
        } catch (IOException | RuntimeException e) {
            return true; // unreadable (it just ended, or another kernel's format): let the attach API decide
        }
    }

    /** " (sleep)": the program's file name, when the OS tells it. */
    private static String name(ProcessHandle p) {
        return p.info().command().map(c -> " (" + Path.of(c).getFileName() + ")").orElse("");
    }
}
