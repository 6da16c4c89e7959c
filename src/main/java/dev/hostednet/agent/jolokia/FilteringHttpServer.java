package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.hostednet.jmx.Caller;
import dev.hostednet.jmx.CallerContext;
import dev.hostednet.jmx.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * An HttpServer that puts our filter on every context created on it, and wraps every handler so the request runs
 * as a "jolokia" caller with the authenticated user and its role (anonymous callers: operate), its body bounded. Jolokia creates its contexts itself and gives no access to
 * them; handing Jolokia this server is how we get in front of its handler. The user is taken in the handler, not
 * the filter: the JDK runs user filters before the Authenticator, so only the handler sees the principal.
 */
final class FilteringHttpServer extends HttpServer {

    private final HttpServer delegate;
    private final List<Filter> filters;
    private final CallerContext callers;
    private final Role userRole;
    private final BulkLimit bulk;
    private final Supplier<?> mbeans;
    private final List<HttpContext> contexts = new CopyOnWriteArrayList<>();

    FilteringHttpServer(HttpServer delegate, List<Filter> filters, CallerContext callers, Role userRole,
                        BulkLimit bulk, Supplier<?> mbeans) {
        this.bulk = bulk;
        this.mbeans = mbeans;
        this.userRole = userRole;
        this.delegate = delegate;
        this.filters = List.copyOf(filters);
        this.callers = callers;
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        HttpContext c = delegate.createContext(path, asCaller(handler));
        c.getFilters().addAll(filters);
        contexts.add(c);
        return c;
    }

    private HttpHandler asCaller(HttpHandler handler) {
        return exchange -> {
            // Here, after the Authenticator: nobody gets a body read, or an answer about it, before authenticating.
            if (!BoundedBody.accept(exchange)) {
                return;
            }
            try {
                mbeans.get(); // made for the first request that got this far; a volatile read after that
            } catch (RuntimeException e) {
                GuardFilter.refuse(exchange, 503, e.getMessage());
                return;
            }
            Caller caller = exchange.getPrincipal() == null ? new Caller("anonymous", "jolokia", Role.OPERATE)
                : new Caller(exchange.getPrincipal().getUsername(), "jolokia", userRole);
            try {
                callers.runAs(caller, () -> {
                    bulk.within(() -> handler.handle(exchange));
                    return null;
                });
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
    }

    @Override
    public HttpContext createContext(String path) {
        HttpContext c = delegate.createContext(path);
        c.getFilters().addAll(filters);
        contexts.add(c);
        return c;
    }

    /** @return the contexts created so far (Jolokia makes two: its path, and path/config) */
    List<HttpContext> contexts() {
        return List.copyOf(contexts);
    }

    @Override
    public void bind(InetSocketAddress addr, int backlog) throws IOException {
        delegate.bind(addr, backlog);
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void setExecutor(Executor executor) {
        delegate.setExecutor(executor);
    }

    @Override
    public Executor getExecutor() {
        return delegate.getExecutor();
    }

    @Override
    public void stop(int delay) {
        delegate.stop(delay);
    }

    @Override
    public void removeContext(String path) {
        contexts.removeIf(c -> c.getPath().equals(path));
        delegate.removeContext(path);
    }

    @Override
    public void removeContext(HttpContext context) {
        contexts.remove(context);
        delegate.removeContext(context);
    }

    @Override
    public InetSocketAddress getAddress() {
        return delegate.getAddress();
    }
}
