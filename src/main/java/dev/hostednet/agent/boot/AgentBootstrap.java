package dev.hostednet.agent.boot;

import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;

/**
 * The only classes of the agent the host application can see. The agent jar lands on the system class path, and
 * JNA and Jolokia cannot be relocated, so everything else (our implementation under {@code hostednet/impl/}, and
 * each dependency exploded under {@code hostednet/lib/NAME/}) is loaded by a class loader of its own whose parent
 * is the platform class loader: a host with its own JNA or Jolokia keeps its versions, and so does the agent.
 * Nothing thrown here ever reaches the host.
 */
public final class AgentBootstrap {

    private static final String IMPL = "hostednet/impl/";
    private static final String LIB = "hostednet/lib/";
    private static final String LAUNCHER = "dev.hostednet.agent.AgentLauncher";
    private static final String CLI = "dev.hostednet.agent.cli.Cli";

    private AgentBootstrap() {
    }

    /**
     * {@code -javaagent:hostednet-agent.jar=OPTIONS}: starts the agent in the background and returns at once.
     * Even opening the isolated class loader happens on that daemon thread, so the host's {@code main} does not
     * wait for any of it.
     *
     * @param args the options
     * @param inst unused
     */
    public static void premain(String args, Instrumentation inst) {
        try {
            Thread t = new Thread(new Launch(args), "hostednet-start");
            t.setDaemon(true); // never keeps the host alive; the HTTP server's threads inherit it
            t.start();
        } catch (Throwable e) { // anything escaping premain would stop the host JVM from starting at all
            System.err.println("hostednet-agent: not started: " + e);
        }
    }

    /** The background start of {@link #premain}; a class, not a lambda, which would cost a cold JVM more. */
    private static final class Launch implements Runnable {
        private final String args;

        Launch(String args) {
            this.args = args;
        }

        @Override
        public void run() {
            launch("premain", args);
        }
    }

    /**
     * Dynamic attach: starts the agent (or, with {@code stop}, stops it) and returns when done.
     *
     * @param args the options, or "stop"
     * @param inst unused
     */
    public static void agentmain(String args, Instrumentation inst) {
        launch("agentmain", args);
    }

    /**
     * {@code java -jar hostednet-agent.jar COMMAND ...}: the attach command line.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code;
        try {
            Object result = load(CLI).getMethod("run", String[].class).invoke(null, (Object) args);
            code = (Integer) result;
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            code = 70;
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            System.err.println("hostednet-agent: cannot start the command line: " + e);
            code = 70;
        }
        System.exit(code);
    }

    private static void launch(String entry, String args) {
        try {
            load(LAUNCHER).getMethod(entry, String.class).invoke(null, args);
        } catch (InvocationTargetException e) {
            System.err.println("hostednet-agent: not started: " + e.getCause());
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError e) {
            System.err.println("hostednet-agent: not started: the agent jar is incomplete or unreadable: " + e);
        }
    }

    /** Loads a class of the implementation through the isolated loader (or, outside the jar, directly). */
    private static Class<?> load(String name) throws IOException, ClassNotFoundException {
        URL location = AgentBootstrap.class.getProtectionDomain().getCodeSource().getLocation();
        File jar;
        try {
            jar = new File(location.toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate the agent jar from " + location, e);
        }
        if (!jar.isFile()) {
            return Class.forName(name); // running from classes (development): no isolation to build
        }
        return Class.forName(name, true, new JarIndexLoader(jar, IMPL, LIB));
    }
}
