package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

/**
 * An HttpServer that puts a filter on every context created on it. Jolokia creates its context itself and gives
 * no access to it; handing Jolokia this server is how our {@link GuardFilter} gets in front of its handler.
 */
final class FilteringHttpServer extends HttpServer {

    private final HttpServer delegate;
    private final Filter filter;

    FilteringHttpServer(HttpServer delegate, Filter filter) {
        this.delegate = delegate;
        this.filter = filter;
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        HttpContext c = delegate.createContext(path, handler);
        c.getFilters().add(filter);
        return c;
    }

    @Override
    public HttpContext createContext(String path) {
        HttpContext c = delegate.createContext(path);
        c.getFilters().add(filter);
        return c;
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
        delegate.removeContext(path);
    }

    @Override
    public void removeContext(HttpContext context) {
        delegate.removeContext(context);
    }

    @Override
    public InetSocketAddress getAddress() {
        return delegate.getAddress();
    }
}
