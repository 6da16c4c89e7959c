package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.Role;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Jolokia 2.x embedded on an HTTP server of ours: bound to the configured address only, served by a small pool of
 * daemon threads (Jolokia's default single thread would let one hanging operation stall every read), restricted
 * to this agent's MBeans: {@link GuardFilter} in front (browsers), {@link RequestGate} on every parsed request, and
 * {@link OwnMBeanRestrictor} where Jolokia asks its restrictor.
 */
public final class JolokiaEndpoint implements AutoCloseable {

    /** The JDK's switch for TCP_NODELAY on accepted HTTP connections. */
    static final String NODELAY = "sun.net.httpserver.nodelay";
    /** The JDK's switch for the longest time a client may take to send its request, in seconds. */
    static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    static final long REQUEST_SECONDS = 5;

    private final HttpServer raw;
    private final JolokiaDoor door;
    private final ExecutorService pool;
    private final String url;
    private final Thread atExit = new Thread(this::stopAtExit, "hostednet-jolokia-exit");
    private volatile boolean served;

    private JolokiaEndpoint(HttpServer raw, JolokiaDoor door, ExecutorService pool, String url) {
        this.raw = raw;
        this.door = door;
        this.pool = pool;
        this.url = url;
    }

    /**
     * Opens the endpoint: binds the port and makes its contexts, and answers nothing before {@link #serve()}.
     * Jolokia itself, and the MBeans it serves, are made by the first request ({@link JolokiaDoor}).
     *
     * @param host the bind address
     * @param port the port (0: any free one)
     * @param context the context path, such as /jolokia
     * @param threads request threads
     * @param access authentication, TLS and extra Host names
     * @param callers tells the MBean who calls
     * @param mbeans makes the platform MBeanServer with the agent's MBeans in it; asked before every request, so
     *     the first client finds them registered (Jolokia itself would only create the server)
     * @return the endpoint, bound but not yet serving
     * @throws IOException when the port cannot be bound (the message names it)
     */
    public static JolokiaEndpoint open(String host, int port, String context, int threads, Access access,
                                        CallerContext callers, Supplier<?> mbeans) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        // The JDK HttpServer leaves Nagle's algorithm on, so a client that reuses its connection waits about
        // 40 ms on every response. The only switch is JVM-wide and read once, when the first HttpServer starts:
        // set it unless the user chose otherwise (the host's own com.sun.net.httpserver servers get it too).
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        // The JDK HttpServer reads a request's head and body on a pool thread, with no time limit: four clients that
        // never finish their request would hold every thread. This JVM-wide switch (read with the one above) lets
        // its timer close a connection whose request is not complete within that many seconds.
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, Long.toString(REQUEST_SECONDS));
        }
        HttpServer raw = bind(host, port, address, access.tls());
        ExecutorService pool = null;
        try {
            // The request time above is read once, by the first HttpServer in the JVM: a host that made its own
            // before the agent started keeps the JDK's none. The watchdog bounds the head whatever it is.
            HeadWatchdog watchdog = new HeadWatchdog(REQUEST_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            pool = RequestThreads.create(threads, JolokiaEndpoint.class.getClassLoader(), watchdog);
            raw.setExecutor(pool);
            Set<String> hosts = HostNames.allowed(host, address);
            hosts.addAll(access.hosts());
            UntrustedConsole console = new UntrustedConsole();
            GuardFilter guard = new GuardFilter(hosts, Set.copyOf(access.origins()), console, watchdog);
            JolokiaDoor door = new JolokiaDoor(config(context), raw.getAddress(), callers, access.userRole(), mbeans,
                console);
            // Jolokia's two paths, as it names them, made here: bound, filtered and authenticated from the start,
            // while Jolokia itself waits for the first request.
            for (String path : jolokiaPaths(context)) {
                HttpContext c = raw.createContext(path, door);
                c.getFilters().add(guard);
                if (access.authenticator() != null) {
                    c.setAuthenticator(access.authenticator());
                }
            }
            // Paths outside Jolokia's get the same wall and a JSON 404, not the JDK's bare page.
            raw.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                ErrorAnswer.send(exchange, 404, "nothing is served here; Jolokia is at " + context + "/");
            }).getFilters().add(guard);
            String url = (access.tls() != null ? "https://" : "http://") + HostNames.urlHost(host) + ":"
                + raw.getAddress().getPort() + context + (context.endsWith("/") ? "" : "/");
            return new JolokiaEndpoint(raw, door, pool, url);
        } catch (RuntimeException | Error e) {
            discard(raw);
            if (pool != null) {
                pool.shutdownNow();
            }
            throw e;
        }
    }

    private static HttpServer bind(String host, int port, InetAddress address, javax.net.ssl.SSLContext tls)
        throws IOException {
        try {
            InetSocketAddress bind = new InetSocketAddress(address, port);
            if (tls == null) {
                return HttpServer.create(bind, 50);
            }
            HttpsServer https = HttpsServer.create(bind, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            return https;
        } catch (BindException e) {
            throw new IOException("the Jolokia port " + host + ":" + port + " is in use (" + e.getMessage()
                + "); choose another with port=PORT, or port=0 for any free port", e);
        }
    }

    /**
     * The paths Jolokia registers on the server it is given (JolokiaPathsTest holds it to these): the agent binds
     * them itself, behind its wall, and hands each request to Jolokia's handler for it.
     *
     * @param context the context path, such as /jolokia
     * @return the context and its config path
     */
    static List<String> jolokiaPaths(String context) {
        String base = context.replaceAll("/+$", "");
        return List.of(base, base + "/config");
    }

    /**
     * @param context the context path, such as /jolokia
     * @return Jolokia's configuration for this agent
     */
    static Map<String, String> config(String context) {
        return Map.of(
            "agentContext", context,
            "restrictorClass", OwnMBeanRestrictor.class.getName(),
            "includeStackTrace", "false",
            "serializeException", "false",
            "allowErrorDetails", "false", // else a client may ask for stack traces per request
            "discoveryEnabled", "false",
            "disableDetectors", "true", // no app-server detection: this endpoint serves only our MBeans
            "agentDescription", "hostednet-agent");
    }

    /**
     * Frees the port of a server that never served. The trap: the JDK's {@code stop()} closes the listening
     * channel but leaves it registered with the selector that only the dispatcher thread closes, so on a server
     * never started the port stays open for good (JDK 17 and 25 alike). Started first, it is closed for real.
     */
    private static void discard(HttpServer server) {
        startAsDaemon(server);
        server.stop(0);
    }

    /**
     * Starts answering requests. All threads the endpoint creates are daemons, whatever the calling thread is.
     */
    public void serve() {
        served = true;
        startAsDaemon(raw);
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    /**
     * The trap: at exit the JDK's HTTP dispatcher thread sits in epoll_wait, native code, and HotSpot waits up to
     * 300 ms for such threads before the process ends: every host exit would be that much slower. Stopped here, the
     * dispatcher has left native code by the time the JVM looks.
     */
    private void stopAtExit() {
        raw.stop(0);
        pool.shutdownNow();
    }

    /**
     * The JDK's HTTP dispatcher thread inherits the daemon flag of the thread that starts the server: started from
     * a non-daemon thread, it would keep the host JVM from ever exiting.
     */
    private static void startAsDaemon(HttpServer server) {
        if (Thread.currentThread().isDaemon()) {
            server.start();
            return;
        }
        Thread t = new Thread(server::start, "hostednet-jolokia-start");
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Who may come in and how.
     *
     * @param authenticator HTTP basic authentication, or null for none
     * @param tls the TLS identity for HTTPS, or null for plain HTTP
     * @param hosts extra names the Host header may carry
     * @param origins browser origins trusted by name
     * @param userRole the role of the authenticated user
     */
    public record Access(com.sun.net.httpserver.Authenticator authenticator, javax.net.ssl.SSLContext tls,
                         java.util.List<String> hosts, java.util.List<String> origins, Role userRole) {
    }

    /** @return the URL clients use, ending in '/' */
    public String url() {
        return url;
    }

    /** Stops serving and frees the port. */
    @Override
    public void close() {
        if (served) {
            try {
                Runtime.getRuntime().removeShutdownHook(atExit);
            } catch (IllegalStateException e) {
                // the JVM is exiting: the hook stops the server
            }
        }
        door.stop();
        if (served) {
            raw.stop(0);
        } else {
            discard(raw); // see there: a port never served would stay open
        }
        pool.shutdownNow();
    }
}
