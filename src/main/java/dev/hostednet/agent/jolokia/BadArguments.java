package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jolokia.json.JSONArray;
import org.jolokia.json.JSONObject;
import org.jolokia.json.parser.JSONParser;
import org.jolokia.json.parser.ParseException;

/**
 * Status 400 in Jolokia's JSON answer for the requests {@link RequestGate} refused because their arguments do not fit.
 * Jolokia 2.6 has no 400 in its JSON error form: an exception from a request handler becomes status 500 (403 for a
 * SecurityException), and its own BadRequestException a text/plain HTTP 400 that ends a whole bulk. So the gate marks
 * the messages it refused with, and only an answer with marks is held back and corrected: the marked entries, nothing
 * else. The HTTP status stays 200, as for every error Jolokia answers in JSON.
 */
final class BadArguments {

    private final ThreadLocal<Set<String>> marked = new ThreadLocal<>();

    /** Runs one HTTP request, its answer corrected on the way out if the gate marked any of its requests. */
    void within(HttpExchange exchange, BulkLimit.IoWork work) throws IOException {
        Set<String> messages = new HashSet<>();
        exchange.setStreams(null, new Correcting(exchange.getResponseBody(), messages));
        marked.set(messages);
        try {
            work.run();
        } finally {
            marked.remove();
        }
    }

    /** @return the message, marked as a bad request's in the current HTTP request */
    String mark(String message) {
        Set<String> messages = marked.get();
        if (messages != null) {
            messages.add(message);
        }
        return message;
    }

    /** Passes the answer through, or holds it back when there is something to correct (known before it is written). */
    private static final class Correcting extends FilterOutputStream {
        private final Set<String> messages;
        private ByteArrayOutputStream held;

        Correcting(OutputStream out, Set<String> messages) {
            super(out);
            this.messages = messages;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (messages.isEmpty()) {
                out.write(b, off, len);
                return;
            }
            if (held == null) {
                held = new ByteArrayOutputStream();
            }
            held.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (held == null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (held != null) {
                out.write(corrected(held.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                held = null;
            }
            out.close();
        }

        private String corrected(String answer) {
            try {
                Object json = new JSONParser().parse(answer);
                if (json instanceof JSONArray all) {
                    all.forEach(this::correct);
                    return all.toJSONString();
                }
                correct(json);
                return json instanceof JSONObject one ? one.toJSONString() : answer;
            } catch (ParseException | IOException | RuntimeException e) {
                return answer; // not Jolokia's JSON after all: left as it is
            }
        }

        private void correct(Object entry) {
            if (entry instanceof JSONObject o && messages.contains(String.valueOf(o.get("error")))) {
                o.put("status", 400);
            }
        }
    }
}
