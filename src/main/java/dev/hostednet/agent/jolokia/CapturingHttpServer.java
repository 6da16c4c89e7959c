package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The HttpServer Jolokia is given. Jolokia creates its contexts on the server it gets and gives no access to their
 * handlers; this one only records them, so that {@link JolokiaDoor}, which owns the real contexts (bound, filtered
 * and authenticated at start), can call them. Jolokia's attempt to clear the authentication of its config context
 * is ignored with it: every path of this agent is authenticated alike. Trap: the agent binds only the paths of
 * {@link JolokiaEndpoint#jolokiaPaths}; a path Jolokia registers beyond them would never be served, so
 * JolokiaPathsTest fails when Jolokia's set changes.
 */
final class CapturingHttpServer extends HttpServer {

    private final InetSocketAddress address;
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

    /** @param address the real server's address, from which Jolokia works out its URL */
    CapturingHttpServer(InetSocketAddress address) {
        this.address = address;
    }

    /**
     * @param path a context path as Jolokia created it
     * @return Jolokia's handler for it, or null
     */
    HttpHandler handler(String path) {
        return handlers.get(path);
    }

    /** @return the paths Jolokia registered a handler for */
    Set<String> paths() {
        return Set.copyOf(handlers.keySet());
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return new Recorded(path, handler);
    }

    @Override
    public HttpContext createContext(String path) {
        return new Recorded(path, null);
    }

    @Override
    public void removeContext(String path) {
        handlers.remove(path);
    }

    @Override
    public void removeContext(HttpContext context) {
        handlers.remove(context.getPath());
    }

    @Override
    public InetSocketAddress getAddress() {
        return address;
    }

    @Override
    public void bind(InetSocketAddress addr, int backlog) {
        throw new UnsupportedOperationException("bound by the agent");
    }

    @Override
    public void start() {
        // the agent starts the real server
    }

    @Override
    public void stop(int delay) {
        // the agent stops the real server
    }

    @Override
    public void setExecutor(Executor executor) {
        // the agent's pool serves the real server
    }

    @Override
    public Executor getExecutor() {
        return null;
    }

    /** What Jolokia holds of a context: its path and handler; its filters and authenticator are not used. */
    private final class Recorded extends HttpContext {
        private final String path;
        private HttpHandler handler;
        private final Map<String, Object> attributes = new HashMap<>();
        private final List<Filter> filters = new ArrayList<>();

        Recorded(String path, HttpHandler handler) {
            this.path = path;
            this.handler = handler;
        }

        @Override
        public HttpHandler getHandler() {
            return handler;
        }

        @Override
        public void setHandler(HttpHandler h) {
            handler = h;
            handlers.put(path, h);
        }

        @Override
        public String getPath() {
            return path;
        }

        @Override
        public HttpServer getServer() {
            return CapturingHttpServer.this;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public List<Filter> getFilters() {
            return filters;
        }

        @Override
        public Authenticator setAuthenticator(Authenticator auth) {
            return null; // the real context keeps the agent's
        }

        @Override
        public Authenticator getAuthenticator() {
            return null;
        }
    }
}
