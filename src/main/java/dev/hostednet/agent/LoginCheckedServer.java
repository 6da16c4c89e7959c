package dev.hostednet.agent;

import dev.hostednet.agent.jolokia.LoginThrottle;
import dev.hostednet.jmx.Audit;
import java.io.IOException;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.RemoteServer;
import java.rmi.server.ServerNotActiveException;
import java.util.Map;
import javax.management.remote.rmi.RMIConnection;
import javax.management.remote.rmi.RMIJRMPServerImpl;

/**
 * The agent's JMX connector object, with its logins watched: a failed one (the JDK's password file said no) is
 * audited with the door, the user as sent and the source address, and repeated failures from one address are
 * slowed as on the Jolokia door ({@link LoginThrottle}): a login that comes too soon is refused unchecked. The JDK's
 * own authenticator leaves no trace of a failure and answers as fast as it is asked.
 */
final class LoginCheckedServer extends RMIJRMPServerImpl {

    private final LoginThrottle throttle = new LoginThrottle();

    LoginCheckedServer(int port, RMIClientSocketFactory csf, RMIServerSocketFactory ssf, Map<String, ?> env)
        throws IOException {
        super(port, csf, ssf, env);
    }

    @Override
    public RMIConnection newClient(Object credentials) throws IOException {
        String source = source();
        long wait = throttle.waitMillis(source);
        if (wait > 0) {
            throw new SecurityException("too many failed logins from " + source + ": try again in "
                + (wait + 999) / 1000 + " s");
        }
        try {
            RMIConnection c = super.newClient(credentials);
            throttle.succeeded(source);
            return c;
        } catch (SecurityException e) {
            throttle.failed(source);
            Audit.log(System.Logger.Level.WARNING, "login", "failed", "door", "jmx", "user", user(credentials),
                "source", source);
            throw e;
        }
    }

    private static String user(Object credentials) {
        return credentials instanceof String[] c && c.length > 0 && c[0] != null
            ? c[0].substring(0, Math.min(200, c[0].length())) : "";
    }

    private static String source() {
        try {
            return RemoteServer.getClientHost();
        } catch (ServerNotActiveException e) {
            return "";
        }
    }
}
