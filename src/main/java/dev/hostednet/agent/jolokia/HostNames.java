package dev.hostednet.agent.jolokia;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The names by which clients may reach the agent's HTTP door, as the Host header and URLs write them. */
final class HostNames {

    private HostNames() {
    }

    /** The bound address, the loopback names and, for a wildcard bind, this machine's names and addresses. */
    static Set<String> allowed(String host, InetAddress address) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        names.add(urlHost(host).toLowerCase(Locale.ROOT));
        if (address.isAnyLocalAddress()) {
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(Locale.ROOT));
                names.add(local.getHostAddress());
                NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                    .forEach(a -> names.add(urlHost(a.getHostAddress().replaceAll("%.*", ""))));
            } catch (IOException e) {
                // only the loopback names then
            }
        }
        return names;
    }

    /** "Host: 127.0.0.1:8778" → "127.0.0.1"; "[::1]:8778" → "[::1]". */
    static String ofHostHeader(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** @return the host as it stands in a URL: an IPv6 address in brackets */
    static String urlHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
