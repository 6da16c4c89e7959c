package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.hostednet.jmx.HostedNetworkSecurityMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jolokia.json.parser.JSONParser;

/**
 * Checks POST bodies before Jolokia sees them. A body over {@value #MAX_BODY} bytes is refused (no Jolokia
 * request needs more). An exec of one of our operations must carry exactly as many arguments as it takes: Jolokia
 * silently drops extra arguments, so {@code refreshSecuritySettings} with an argument would otherwise run,
 * while bad input must change nothing. The body is then handed on to Jolokia unchanged.
 */
final class BodyCheckFilter extends Filter {

    static final int MAX_BODY = 1 << 20;
    private static final Map<String, Integer> ARITY = Arrays.stream(HostedNetworkSecurityMXBean.class.getMethods())
        .filter(m -> !m.getName().startsWith("get") && !m.getName().startsWith("is"))
        .collect(Collectors.toUnmodifiableMap(m -> m.getName(), m -> m.getParameterCount()));
    private static final String OURS = HostedNetworkSecurityMXBean.OBJECT_NAME;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                // Read (a bounded amount of) the rest, so the client is still listening when the refusal comes.
                byte[] sink = new byte[64 * 1024];
                for (long left = 16L * MAX_BODY; left > 0; ) {
                    int n = in.read(sink, 0, (int) Math.min(sink.length, left));
                    if (n < 0) {
                        break;
                    }
                    left -= n;
                }
            }
        }
        if (body.length > MAX_BODY) {
            GuardFilter.refuse(exchange, 413, "the request body is larger than " + MAX_BODY + " bytes");
            return;
        }
        String problem = problem(new String(body, StandardCharsets.UTF_8));
        if (problem != null) {
            GuardFilter.refuse(exchange, 400, problem);
            return;
        }
        exchange.setStreams(new ByteArrayInputStream(body), null);
        chain.doFilter(exchange);
    }

    /** @return what is wrong with an exec of ours, or null (anything else is Jolokia's to judge) */
    static String problem(String body) {
        Object parsed;
        try {
            parsed = new JSONParser().parse(body);
        } catch (Exception | StackOverflowError e) {
            return null; // Jolokia answers malformed JSON itself
        }
        List<?> requests = parsed instanceof List<?> l ? l : List.of(parsed == null ? "" : parsed);
        for (Object r : requests) {
            if (r instanceof Map<?, ?> m && "exec".equals(m.get("type")) && OURS.equals(m.get("mbean"))
                && m.get("operation") instanceof String op) {
                String name = op.contains("(") ? op.substring(0, op.indexOf('(')) : op;
                Integer arity = ARITY.get(name);
                Object args = m.get("arguments");
                int given = args instanceof List<?> a ? a.size() : args == null ? 0 : 1;
                if (arity != null && given != arity) {
                    return "operation " + name + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", "
                        + given + " given; nothing was done";
                }
            }
        }
        return null;
    }

    @Override
    public String description() {
        return "hostednet body check: size limit, exact arguments for our operations";
    }
}
