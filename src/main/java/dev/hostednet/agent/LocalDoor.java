package dev.hostednet.agent;

import dev.hostednet.agent.jolokia.LoginThrottle;
import dev.hostednet.jmx.Audit;
import dev.hostednet.jmx.CallerContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.rmi.server.RMIServerSocketFactory;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.management.MBeanServer;
import javax.management.remote.JMXAuthenticator;
import javax.management.remote.JMXPrincipal;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.security.auth.Subject;

/**
 * The door through which the command line proves "same OS user" and gets the admin role. The trap it avoids: the
 * JDK's local connector (what attach's startLocalManagementAgent opens) cannot be told, from inside the MBean, from
 * the JDK's remote agent or another Jolokia: all call the same platform MBeanServer on worker threads with no
 * Subject, and the agent cannot put a forwarder on a connector it did not make. Its "same user" proof also rests
 * on an object id staying secret, which {@code ManagementAgent.status} prints to whoever reaches DiagnosticCommand.
 * So the agent opens a connector of its own, on loopback, that admits only a caller who shows a random token
 * written to a file only the OS user (and root) can read: a directory made 0700 and a file made 0600 at creation.
 * Opened on demand (the first command line that asks), closed with the agent, the file deleted.
 */
final class LocalDoor implements AutoCloseable {

    /** What the command line sends as its JMX user name; the password is the token. */
    static final String USER = "local";
    /** Credentials are two short strings: nothing bigger is read before the token is checked. */
    private static final String CREDENTIALS = "maxarray=2;maxdepth=2;maxrefs=4;maxbytes=1024;java.lang.String;!*";

    private final LoginThrottle throttle = new LoginThrottle();
    private final Supplier<MBeanServer> mbeans;
    private final CallerContext callers;
    /** As on the JMX port: silent local clients cannot make one RMI thread each. */
    private final ConnectionCap cap = new ConnectionCap();
    private byte[] token;
    private RMIConnectorServer server;
    private Path dir;
    private Path file;
    private boolean closed;

    LocalDoor(Supplier<MBeanServer> mbeans, CallerContext callers) {
        this.mbeans = mbeans;
        this.callers = callers;
    }

    /**
     * @return the file holding the door's address and token, the door opened first if need be
     * @throws IOException when it cannot be opened or written
     */
    synchronized String open() throws IOException {
        if (closed) {
            throw new IOException("the agent stopped");
        }
        if (file != null) {
            return file.toString();
        }
        byte[] t = new byte[32];
        new SecureRandom().nextBytes(t);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(t);
        token = secret.getBytes(StandardCharsets.US_ASCII);
        Map<String, Object> env = new HashMap<>();
        env.put(RMIConnectorServer.CREDENTIALS_FILTER_PATTERN, CREDENTIALS);
        env.put(RMIConnectorServer.SERIAL_FILTER_PATTERN, JmxEndpoint.ARGUMENTS);
        env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, new LoopbackOnly(cap));
        env.put(RMIConnectorServer.AUTHENTICATOR, (JMXAuthenticator) this::authenticate);
        env.put(JmxEndpoint.DAEMON, "true");
        RMIConnectorServer s = new RMIConnectorServer(new JMXServiceURL("service:jmx:rmi://127.0.0.1"), env,
            mbeans.get());
        s.setMBeanServerForwarder(JmxDoor.create(callers, false, "local"));
        s.start();
        try {
            dir = Files.createTempDirectory("hostednet-", ownerOnly("rwx------"));
            dir.toFile().deleteOnExit(); // a host that exits without stopping the agent leaves no dead token behind
            Path f = dir.resolve("door");
            f.toFile().deleteOnExit(); // registered after its directory: deleted before it
            try (var out = Channels.newOutputStream(Files.newByteChannel(f, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), ownerOnly("rw-------")))) {
                out.write((s.getAddress() + "\n" + secret + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            file = f;
            server = s;
            return f.toString();
        } catch (IOException | RuntimeException e) {
            s.stop();
            throw e;
        }
    }

    /** The permissions at creation, where the file system has POSIX modes (Windows' temp folder is per user). */
    private static FileAttribute<?>[] ownerOnly(String mode) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode))};
    }

    private Subject authenticate(Object credentials) {
        String source = sourceHost();
        long wait = throttle.waitMillis(source);
        if (wait > 0) {
            // Refused unchecked and unaudited, as on the other doors: a local flood of guesses writes no flood of lines.
            throw new SecurityException("too many failed logins from " + source + ": try again in "
                + (wait + 999) / 1000 + " s");
        }
        if (credentials instanceof String[] c && c.length == 2 && USER.equals(c[0]) && c[1] != null
            && MessageDigest.isEqual(token, c[1].getBytes(StandardCharsets.US_ASCII))) {
            throttle.succeeded(source);
            return new Subject(true, Set.of(new JMXPrincipal(System.getProperty("user.name", "local"))), Set.of(),
                Set.of());
        }
        throttle.failed(source);
        Audit.log(System.Logger.Level.WARNING, "login", "failed", "door", "local", "user",
            credentials instanceof String[] c && c.length > 0 ? c[0] : "", "source", source);
        throw new SecurityException("the agent's local door admits only the command line of the OS user who runs"
            + " this JVM (its token is in a file only that user can read)");
    }

    private static String sourceHost() {
        try {
            return java.rmi.server.RemoteServer.getClientHost();
        } catch (java.rmi.server.ServerNotActiveException e) {
            return "";
        }
    }

    /** Stops the door and deletes its file: the token dies with it. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            if (server != null) {
                server.stop();
            }
        } catch (IOException e) {
            // going away anyway
        }
        // Not cap.closeAll(): the command line's "stop" arrives through this door, and closing its connection here
        // would cut the answer RMI has yet to send (the command line would report the agent unreachable).
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            if (dir != null) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // a temporary directory left behind holds a dead token
        }
    }

    /**
     * Listens on every address but keeps only loopback peers, as the JDK's own local connector does: the stub
     * names the machine's address (java.rmi.server.hostname or the host name), which a socket bound to 127.0.0.1
     * alone would refuse. The peers kept then pass the connection cap.
     */
    private record LoopbackOnly(ConnectionCap cap) implements RMIServerSocketFactory {
        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return new ServerSocket(port) {
                @Override
                public Socket accept() throws IOException {
                    while (true) {
                        Socket s = super.accept();
                        InetAddress peer = s.getInetAddress();
                        if (!peer.isLoopbackAddress() && java.net.NetworkInterface.getByInetAddress(peer) == null) {
                            s.close(); // not this machine
                            continue;
                        }
                        Socket admitted = cap.admit(s);
                        if (admitted != null) {
                            return admitted;
                        }
                    }
                }
            };
        }
    }
}
