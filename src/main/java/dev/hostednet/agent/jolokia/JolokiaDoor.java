package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.hostednet.jmx.Caller;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Supplier;
import org.jolokia.jvmagent.JolokiaServer;
import org.jolokia.jvmagent.JolokiaServerConfig;
import org.jolokia.server.core.config.SystemPropertyMode;

/**
 * The handler of the agent's Jolokia paths. Jolokia itself (its server, services, converters and serializers, and
 * the locale data its date formats load: megabytes of the host's memory) is made for the first request, after the
 * agent's MBeans are registered. Each request then runs as its caller (the authenticated user with its role, or
 * anonymous: operate), its body bounded, its bulk counted. The user is taken here, not in a filter: the JDK runs
 * filters before the Authenticator, so only the handler sees the principal.
 */
final class JolokiaDoor implements HttpHandler {

    private final Map<String, String> config;
    private final CapturingHttpServer captured;
    private final CallerContext callers;
    private final Role userRole;
    private final BulkLimit bulk = new BulkLimit();
    private final BadArguments badArguments = new BadArguments();
    private final PostGate posts = new PostGate();
    private final Supplier<?> mbeans;
    private final UntrustedConsole console;
    private JolokiaServer jolokia;
    private boolean stopped;

    /**
     * @param config Jolokia's configuration
     * @param address where the real server listens
     * @param callers where the caller is declared
     * @param userRole the role of the authenticated user
     * @param mbeans makes the platform MBeanServer with the agent's MBeans in it
     * @param console why the current request's console is not trusted, as the browser wall found
     */
    JolokiaDoor(Map<String, String> config, InetSocketAddress address, CallerContext callers, Role userRole,
                Supplier<?> mbeans, UntrustedConsole console) {
        this.config = Map.copyOf(config);
        this.captured = new CapturingHttpServer(address);
        this.callers = callers;
        this.userRole = userRole;
        this.mbeans = mbeans;
        this.console = console;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        posts.serve(exchange, () -> serve(exchange));
    }

    private void serve(HttpExchange exchange) throws IOException {
        // Here, after the Authenticator: nobody gets a body read, or an answer about it, before authenticating.
        if (!BoundedBody.accept(exchange)) {
            return;
        }
        HttpHandler handler;
        try {
            handler = jolokia().handler(exchange.getHttpContext().getPath());
        } catch (RuntimeException | LinkageError e) {
            ErrorAnswer.send(exchange, 503, String.valueOf(e.getMessage()));
            return;
        }
        if (handler == null) {
            // Only if Jolokia stopped registering a path the agent binds for it (JolokiaPathsTest guards this).
            ErrorAnswer.send(exchange, 503, "Jolokia has no handler for " + exchange.getHttpContext().getPath()
                + " in this agent build");
            return;
        }
        Caller caller = exchange.getPrincipal() == null ? new Caller("anonymous", "jolokia", Role.OPERATE)
            : new Caller(exchange.getPrincipal().getUsername(), "jolokia", userRole);
        try {
            callers.runAs(caller, () -> {
                badArguments.within(exchange, () -> bulk.within(() -> handler.handle(exchange)));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** @return the server holding Jolokia's handlers, Jolokia made and started on the first call */
    private synchronized CapturingHttpServer jolokia() {
        if (stopped) {
            throw new IllegalStateException("the agent is stopped");
        }
        if (jolokia == null) {
            // The first request waits for both the agent's MBeans (the platform MBeanServer, about 0.2 s of CPU)
            // and Jolokia's services (as much again): made side by side, on a second thread for the MBeans, the
            // first answer comes in about half the time on a machine with two cores.
            java.util.concurrent.FutureTask<Object> registered = new java.util.concurrent.FutureTask<>(mbeans::get);
            Thread beside = new Thread(registered, "hostednet-first-request");
            beside.setDaemon(true);
            beside.start();
            make();
            try {
                registered.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the agent's MBeans were registered", e);
            }
        }
        mbeans.get(); // a lock taken and left after the first request (or its failure said again)
        return captured;
    }

    /** @return the paths Jolokia registered handlers for, Jolokia made first if it was not yet */
    java.util.Set<String> registeredPaths() {
        return jolokia().paths();
    }

    /** Makes Jolokia's server and starts its services. */
    private void make() {
        // With the application's loader as context loader and Jolokia also on the host's class path, Jolokia
        // rejects all its services ("No request handler found"): it must see its own loader.
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(JolokiaDoor.class.getClassLoader());
        try {
            // NEVER: the host's -Djolokia.* properties and JOLOKIA_* variables must not configure this endpoint
            // (they could swap the restrictor).
            JolokiaServer s = new GatedServer(captured, new JolokiaServerConfig(config, SystemPropertyMode.NEVER),
                new RequestGate(bulk, console, badArguments));
            s.start(false);
            jolokia = s;
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /** Stops Jolokia's services, if they were ever made; later requests are answered 503. */
    synchronized void stop() {
        stopped = true;
        if (jolokia != null) {
            jolokia.stop();
        }
    }

    /** Jolokia with {@link RequestGate} asked first about every request it has parsed. */
    private static final class GatedServer extends JolokiaServer {
        GatedServer(CapturingHttpServer http, JolokiaServerConfig config, RequestGate gate) {
            super(http, config, new QuietLog());
            addService(gate);
        }
    }
}
