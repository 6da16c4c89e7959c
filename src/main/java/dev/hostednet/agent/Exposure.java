package dev.hostednet.agent;

import java.io.IOException;
import java.net.InetAddress;

/**
 * Refuses to open a door beyond this machine without authentication: an endpoint that rotates Wi-Fi keys and
 * disconnects every client must not be open to a network by accident. {@code insecure=on} accepts the risk
 * deliberately, and is then warned about at every start.
 */
final class Exposure {


    private Exposure() {
    }

    static void check(AgentOptions o) throws AgentStartException {
        inClear(o);
        SecurityOptions s = o.security();
        boolean jolokiaOpen = o.jolokia() && !loopback(o.host()) && !s.authenticated();
        boolean jmxOpen = o.jmx() && !loopback(o.jmxHost()) && s.jmxPasswordFile() == null;
        if (!jolokiaOpen && !jmxOpen) {
            return;
        }
        String door = jolokiaOpen ? "Jolokia on host=" + o.host() : "the JMX connector on jmx.host=" + o.jmxHost();
        if (!s.insecure()) {
            throw new AgentStartException("refusing to open " + door + " to the network without authentication:"
                + (jolokiaOpen ? " set user=NAME and password.file=FILE (or password.env=VARIABLE)"
                    : " set jmx.password.file=FILE (and jmx.access.file=FILE for read-only users)")
                + ", or bind to 127.0.0.1; insecure=on accepts the risk", null);
        }
        // stderr, not a logger, at start: see Agent's start line
        System.err.println("hostednet-agent: WARNING: INSECURE: " + door + " is open to the network"
            + " without authentication (insecure=on): anyone who reaches it can rotate the key and disconnect"
            + " every client");
    }

    /**
     * Passwords that would cross the network in clear. Jolokia's Basic credentials ride in every request, where one
     * sniffed request is enough to replay them, and HTTPS is one option away (https=on with a key and certificate):
     * refused unless insecure=on, then warned about at every start. The JMX connector sends its password once per
     * connection, and TLS there needs a trust store in every JConsole: warned about at every start.
     */
    private static void inClear(AgentOptions o) throws AgentStartException {
        SecurityOptions s = o.security();
        if (o.jolokia() && !loopback(o.host()) && s.authenticated() && !s.https()) {
            String what = "Jolokia on host=" + o.host() + " with a password but without https=on: the password"
                + " crosses the network in clear text with every request";
            if (!s.insecure()) {
                throw new AgentStartException("refusing to open " + what + ". Set https=on (with keystore=FILE, or"
                    + " cert=FILE and key=FILE), or bind to 127.0.0.1; insecure=on accepts the risk", null);
            }
            System.err.println("hostednet-agent: WARNING: INSECURE: " + what + " (insecure=on)");
        }
        if (o.jmx() && !loopback(o.jmxHost()) && s.jmxPasswordFile() != null && !s.jmxSsl()) {
            System.err.println("hostednet-agent: WARNING: the JMX connector on jmx.host=" + o.jmxHost() + " has"
                + " passwords but no jmx.ssl=on: they cross the network in clear text");
        }
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
