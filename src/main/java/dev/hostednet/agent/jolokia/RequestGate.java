package dev.hostednet.agent.jolokia;

import dev.hostednet.jmx.HostedNetworkSecurityMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanOperationInfo;
import javax.management.ObjectName;
import org.jolokia.server.core.request.JolokiaExecRequest;
import org.jolokia.server.core.request.JolokiaObjectNameRequest;
import org.jolokia.server.core.request.JolokiaRequest;
import org.jolokia.server.core.service.api.AbstractJolokiaService;
import org.jolokia.server.core.service.request.RequestHandler;
import org.jolokia.server.core.service.serializer.Serializer;
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
 * {@code <img>} tag can send a GET), only on the Hosted Network MBean, only its operations, with arguments that fit
 * ({@link Arguments}: Jolokia silently drops extra ones, and bad input must change nothing). Who may run which
 * operation is decided by the MBean itself, where every door meets.
 */
final class RequestGate extends AbstractJolokiaService<RequestHandler> implements RequestHandler {

    /** Before Jolokia's own first handler (version, at -1). */
    static final int ORDER = -100;
    static final Set<RequestType> SERVED = EnumSet.of(RequestType.READ, RequestType.LIST, RequestType.SEARCH,
        RequestType.VERSION, RequestType.EXEC);
    private static final Set<String> OPERATIONS = Arrays.stream(HostedNetworkSecurityMXBean.class.getMethods())
        .map(m -> m.getName()).filter(m -> !m.startsWith("get") && !m.startsWith("is"))
        .collect(Collectors.toUnmodifiableSet());
    private static final Set<RequestType> DESCRIPTIONS = EnumSet.of(RequestType.LIST, RequestType.VERSION,
        RequestType.SEARCH);
    private static final ObjectName OURS = OwnMBeanRestrictor.OPERATIONS;

    private final BulkLimit bulk;
    private final UntrustedConsole console;
    private final BadArguments badArguments;

    RequestGate(BulkLimit bulk, UntrustedConsole console, BadArguments badArguments) {
        super(RequestHandler.class, ORDER);
        this.bulk = bulk;
        this.console = console;
        this.badArguments = badArguments;
    }

    /**
     * @return false when the request may go on to Jolokia's handlers
     * @throws SecurityException saying why it is refused (Jolokia answers status 403 with the message)
     * @throws IllegalArgumentException saying what an operation takes when its arguments do not fit (status 400,
     *     set by {@link BadArguments})
     */
    @Override
    public boolean canHandle(JolokiaRequest request) {
        String problem = bulk.take() ? problem(request)
            : "at most " + BulkLimit.MAX + " requests are served in one HTTP request";
        String untrusted = console.reason();
        if (problem == null && untrusted != null && !DESCRIPTIONS.contains(request.getType())) {
            // A console not trusted by name gets the agent's and the MBeans' description (published, no values) so
            // that it connects and shows its tree and forms (search: it finds no security MBean, so it offers every operation), and so the refusal of the rest where its user looks.
            problem = untrusted;
        }
        if (problem == null && request.getType() == RequestType.EXEC) {
            String bad = badArguments((JolokiaExecRequest) request);
            if (bad != null) {
                throw new IllegalArgumentException(badArguments.mark(bad + "; nothing was done"));
            }
            problem = request.getHttpMethod() == HttpMethod.POST ? null : "operations need POST with a JSON body,"
                + " such as {\"type\":\"exec\",...}: a GET is what an <img> tag on any web page can send";
        }
        if (problem != null) {
            throw new SecurityException(problem + "; nothing was done");
        }
        return false;
    }

    /** @return why the request may not run at all, whatever its arguments and method; null if it may */
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
        if (!OURS.equals(exec.getObjectName())) {
            return "operations are served on " + OURS + " only";
        }
        String name = name(exec);
        return OPERATIONS.contains(name) ? null : "no operation '" + name + "' on " + OURS + "; its operations: "
            + OPERATIONS.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String name(JolokiaExecRequest exec) {
        String op = exec.getOperation() == null ? "" : exec.getOperation();
        return op.contains("(") ? op.substring(0, op.indexOf('(')) : op;
    }

    /**
     * Judged on the operation as the registered MBean declares it, with the serializer Jolokia converts with next.
     * Checked before the method: a request that could never run is a bad one however it is sent.
     */
    private String badArguments(JolokiaExecRequest exec) {
        String name = name(exec);
        MBeanOperationInfo operation;
        try {
            operation = Arrays.stream(getJolokiaContext().getMBeanServerAccess()
                .call(OURS, (server, n, extra) -> server.getMBeanInfo(n)).getOperations())
                .filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
        } catch (java.io.IOException | javax.management.JMException | java.util.NoSuchElementException e) {
            return "the operation " + name + " cannot be described now (" + e + ")";
        }
        return Arguments.problem(operation, exec.getArguments(),
            getJolokiaContext().getMandatoryService(Serializer.class));
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
