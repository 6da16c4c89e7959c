package dev.hostednet.agent.jolokia;

import dev.hostednet.jmx.HostedNetworkSecurityMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.jolokia.server.core.request.JolokiaExecRequest;
import org.jolokia.server.core.request.JolokiaObjectNameRequest;
import org.jolokia.server.core.request.JolokiaRequest;
import org.jolokia.server.core.service.api.AbstractJolokiaService;
import org.jolokia.server.core.service.request.RequestHandler;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;

/**
 * Judges each request on the object Jolokia is about to execute. Jolokia's dispatcher asks every request handler,
 * in order, whether it handles a request it has already parsed (GET path or first {@code p}, POST body in its
 * charset, bulk entries one by one, type and method in any case); this handler is asked first and never handles
 * anything: it either throws, refusing the request before any other handler sees it, or lets it through. So what is
 * checked is exactly what runs, never a second parse of the HTTP request that could differ from Jolokia's.
 *
 * <p>Only read, list, search, version and exec are served; reads only within {@code dev.hostednet} (a pattern
 * over other domains would be answered with the names of MBeans the caller may not see); exec only by POST (an
 * {@code <img>} tag can send a GET), only on the Hosted Network MBean, only its operations, with exactly the
 * number of arguments each takes (Jolokia silently drops extra ones, and bad input must change nothing). Who may run
 * which operation is decided by the MBean itself, where every door meets.
 */
final class RequestGate extends AbstractJolokiaService<RequestHandler> implements RequestHandler {

    /** Before Jolokia's own first handler (version, at -1). */
    static final int ORDER = -100;
    static final Set<RequestType> SERVED = EnumSet.of(RequestType.READ, RequestType.LIST, RequestType.SEARCH,
        RequestType.VERSION, RequestType.EXEC);
    private static final Map<String, Integer> ARITY = Arrays.stream(HostedNetworkSecurityMXBean.class.getMethods())
        .filter(m -> !m.getName().startsWith("get") && !m.getName().startsWith("is"))
        .collect(Collectors.toUnmodifiableMap(m -> m.getName(), m -> m.getParameterCount()));
    private static final ObjectName OURS = OwnMBeanRestrictor.OPERATIONS;

    private final BulkLimit bulk;

    RequestGate(BulkLimit bulk) {
        super(RequestHandler.class, ORDER);
        this.bulk = bulk;
    }

    /**
     * @return false when the request may go on to Jolokia's handlers
     * @throws SecurityException saying why it is refused (Jolokia answers 403 with the message)
     */
    @Override
    public boolean canHandle(JolokiaRequest request) {
        String problem = bulk.take() ? problem(request)
            : "at most " + BulkLimit.MAX + " requests are served in one HTTP request";
        if (problem != null) {
            throw new SecurityException(problem + "; nothing was done");
        }
        return false;
    }

    static String problem(JolokiaRequest r) {
        RequestType type = r.getType();
        if (!SERVED.contains(type)) {
            return "this agent serves read, list, search, version and exec requests, not " + type.getName();
        }
        if (type == RequestType.READ && !OwnMBeanRestrictor.ours(((JolokiaObjectNameRequest) r).getObjectName())) {
            return "reads are served for " + OwnMBeanRestrictor.DOMAIN + " MBeans only";
        }
        if (type != RequestType.EXEC) {
            return null;
        }
        JolokiaExecRequest exec = (JolokiaExecRequest) r;
        if (r.getHttpMethod() != HttpMethod.POST) {
            return "operations need POST with a JSON body, such as {\"type\":\"exec\",...}: a GET is what an <img>"
                + " tag on any web page can send";
        }
        if (!OURS.equals(exec.getObjectName())) {
            return "operations are served on " + OURS + " only";
        }
        String op = exec.getOperation() == null ? "" : exec.getOperation();
        String name = op.contains("(") ? op.substring(0, op.indexOf('(')) : op;
        Integer arity = ARITY.get(name);
        if (arity == null) {
            return "no operation '" + name + "' on " + OURS + "; its operations: "
                + ARITY.keySet().stream().sorted().collect(Collectors.joining(", "));
        }
        int given = exec.getArguments() == null ? 0 : exec.getArguments().size();
        if (given != arity) {
            return "operation " + name + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", " + given
                + " given";
        }
        return null;
    }

    @Override
    public <R extends JolokiaRequest> Object handleRequest(R request, Object previous) {
        throw new IllegalStateException("the gate handles no request");
    }

    @Override
    public String getProvider() {
        return "hostednet-gate";
    }

    @Override
    public Object getRuntimeInfo() {
        return null;
    }
}
