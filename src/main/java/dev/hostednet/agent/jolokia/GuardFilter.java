package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Stands in front of Jolokia's handler. It refuses a request whose Host header names anything but the bound
 * address, localhost or a configured name (DNS rebinding against a loopback agent), and one whose Origin is not
 * the agent itself (a browser page on another site; this also stops a cross-site POST with text/plain). Requests
 * without an Origin (curl, scripts) pass. Operations need POST: a GET {@code /exec/...} is what an {@code <img>} tag on
 * any web page can send without an Origin, and one refresh disconnects every Wi-Fi client. It then runs the request as "jolokia" with the authenticated user, so the
 * audit trail knows who asked.
 */
final class GuardFilter extends Filter {

    private final Set<String> hosts;

    /** @param hosts the names the Host header may carry, lower-case, without port */
    GuardFilter(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && !hosts.contains(hostName(host))) {
            refuse(exchange, 403, "the Host header '" + host + "' does not name this agent");
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && (host == null || !sameOrigin(origin, host))) {
            refuse(exchange, 403, "requests from the origin '" + origin + "' are not allowed");
            return;
        }
        if ("GET".equals(exchange.getRequestMethod()) && isExec(exchange)) {
            refuse(exchange, 403, "operations need POST with a JSON body, such as {\"type\":\"exec\",...}");
            return;
        }
        chain.doFilter(exchange);
    }

    /** Jolokia takes the request from the path after the context, or from the query parameter {@code p}. */
    static boolean isExec(HttpExchange exchange) {
        java.net.URI uri = exchange.getRequestURI();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String rest = path.substring(Math.min(path.length(), exchange.getHttpContext().getPath().length()));
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        for (String param : query.split("&")) {
            if (param.startsWith("p=")) {
                rest = param.substring(2);
            }
        }
        return rest.replaceFirst("^/+", "").toLowerCase(Locale.ROOT).startsWith("exec");
    }

    /** "Host: 127.0.0.1:8778" → "127.0.0.1"; "[::1]:8778" → "[::1]". */
    static String hostName(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean sameOrigin(String origin, String host) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        String h = host.trim().toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    @Override
    public String description() {
        return "hostednet guard: Host and Origin checks, operations only by POST";
    }

    /** Answers in Jolokia's error format, without running the request. */
    static void refuse(HttpExchange exchange, int status, String why) throws IOException {
        String type = status == 403 ? "java.lang.SecurityException" : "java.lang.IllegalArgumentException";
        byte[] body = ("{\"status\":" + status + ",\"error_type\":\"" + type + "\",\"error\":\""
            + (status == 403 ? "Forbidden: " : "Bad request: ")
            + why.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The bound address, the loopback names and, for a wildcard bind, this machine's names and addresses. */
    static Set<String> allowedHosts(String host, InetAddress address) {
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        names.add(urlHost(host).toLowerCase(Locale.ROOT));
        if (address.isAnyLocalAddress()) {
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(local.getHostName().toLowerCase(Locale.ROOT));
                names.add(local.getHostAddress());
                java.net.NetworkInterface.networkInterfaces().flatMap(java.net.NetworkInterface::inetAddresses)
                    .forEach(a -> names.add(urlHost(a.getHostAddress().replaceAll("%.*", ""))));
            } catch (IOException e) {
                // only the loopback names then
            }
        }
        return names;
    }

    /** @return the host as it stands in a URL: an IPv6 address in brackets */
    static String urlHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
