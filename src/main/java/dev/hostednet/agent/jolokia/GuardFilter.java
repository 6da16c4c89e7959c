package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jolokia.jvmagent.ParsedUri;

/**
 * The browser wall, in front of Jolokia's handler; what a request may do is judged behind it, by {@link RequestGate}
 * on what Jolokia parsed. This filter looks only at headers, which browsers set and pages cannot forge:
 * <ul>
 * <li>the Host header must name the bound address, localhost or a configured name (DNS rebinding);</li>
 * <li>an Origin must be the agent itself or one trusted by name ({@code origins=}); more than one is refused;
 * a console page behind its own proxy (a foreign Origin marked {@code Sec-Fetch-Site: same-origin}) goes on to
 * {@link RequestGate}, which serves it the MBeans' description only and refuses the rest with the reason;</li>
 * <li>{@code Sec-Fetch-Site: cross-site} or {@code same-site} (another page's image, script, form, fetch or link;
 * another port of localhost is same-site) is refused unless the Origin is trusted;</li>
 * <li>JSONP is refused: a {@code callback} parameter, found by Jolokia's own URI parser, would turn any answer into
 * a script that every page may include;</li>
 * <li>every answer carries {@code X-Content-Type-Options: nosniff}.</li>
 * </ul>
 * Requests without browser headers (curl, scripts, JMX-over-HTTP clients) pass this wall. Being first on every
 * context, it also tells the {@link HeadWatchdog} that the request's head is in.
 */
final class GuardFilter extends Filter {

    private final Set<String> hosts;
    private final Set<String> origins;
    private final UntrustedConsole console;
    private final HeadWatchdog watchdog;

    /**
     * @param hosts the names the Host header may carry, lower-case, without port
     * @param origins the trusted origins, lower-case, as browsers send them
     * @param console where the reason a console behind its own proxy is not trusted is left for the gate
     * @param watchdog told that the request's head is in: it may no longer cut the request
     */
    GuardFilter(Set<String> hosts, Set<String> origins, UntrustedConsole console, HeadWatchdog watchdog) {
        this.hosts = Set.copyOf(hosts);
        this.origins = Set.copyOf(origins);
        this.console = console;
        this.watchdog = watchdog;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!watchdog.served()) {
            // Cut as its head came in: thrown, the JDK closes the connection and forgets it (its close() alone
            // would leave the connection in the server's books).
            throw new IOException("the request's head took longer than the agent allows");
        }
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        String problem = problem(exchange);
        if (problem != null) {
            ErrorAnswer.send(exchange, 403, problem);
            return;
        }
        Headers h = exchange.getRequestHeaders();
        String untrusted = untrustedPage(h);
        if (untrusted != null && !behindItsOwnProxy(h)) {
            ErrorAnswer.send(exchange, 403, untrusted);
            return;
        }
        // A console behind its own proxy (Hawtio) is judged by RequestGate, which refuses all but the MBeans'
        // description with this reason in Jolokia's error form (HTTP 200): consoles turn an HTTP 401 or 403 into
        // their login dialog, which hides the reason and the option to set behind "Incorrect username or password".
        console.within(untrusted, () -> chain.doFilter(exchange));
    }

    private String problem(HttpExchange exchange) {
        Headers h = exchange.getRequestHeaders();
        String host = h.getFirst("Host");
        if (host != null && !hosts.contains(HostNames.ofHostHeader(host))) {
            return "the Host header '" + host + "' does not name this agent";
        }
        List<String> all = h.get("Origin");
        if (all != null && all.size() > 1) {
            return "a request may carry one Origin header";
        }
        ParsedUri uri = new ParsedUri(exchange.getRequestURI(), exchange.getHttpContext().getPath());
        if (uri.getParameter("callback") != null) {
            return "JSONP (callback=) is not served: it would let any web page read the answer";
        }
        return null;
    }

    /** @return why a request that a web page made is refused, or null when its origin is this agent or trusted */
    private String untrustedPage(Headers h) {
        String host = h.getFirst("Host");
        String origin = h.getFirst("Origin");
        boolean trusted = origin != null && origins.contains(origin.strip().toLowerCase(Locale.ROOT));
        if (origin != null && !trusted && (host == null || !sameOrigin(origin, host))) {
            return "web pages from " + origin + " may not use this agent; to trust that console, start the agent"
                + " with origins=" + origin.strip() + " (an origin is scheme://host:port as the browser's address"
                + " bar shows it; list several with ;)";
        }
        String site = h.getFirst("Sec-Fetch-Site");
        if (site != null && !trusted && !"same-origin".equalsIgnoreCase(site.strip())
            && !"none".equalsIgnoreCase(site.strip())) {
            return "requests that another web page makes (Sec-Fetch-Site: " + site + ") are not allowed unless"
                + " their origin is trusted with origins=";
        }
        return null;
    }

    /**
     * A request that the browser marks same-origin yet names a foreign Origin was made by a page to its own server,
     * which passed it on (Hawtio's proxy forwards both headers). A page on another site cannot make it: its browser
     * says cross-site, to that proxy as to this agent, and the proxy forwards that too.
     */
    private static boolean behindItsOwnProxy(Headers h) {
        String site = h.getFirst("Sec-Fetch-Site");
        return h.getFirst("Origin") != null && site != null && "same-origin".equalsIgnoreCase(site.strip());
    }

    private static boolean sameOrigin(String origin, String host) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        String h = host.trim().toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    @Override
    public String description() {
        return "hostednet browser wall: Host, Origin, Sec-Fetch-Site, no JSONP, nosniff";
    }
}
