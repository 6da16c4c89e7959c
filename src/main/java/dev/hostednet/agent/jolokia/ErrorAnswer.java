package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jolokia.json.JSONObject;

/**
 * The agent's own refusals, in Jolokia's error form ({@code status}, {@code error_type}, {@code error}), written by
 * Jolokia's JSON writer as Jolokia's answers are. The reason often quotes what the client sent (a Host or Origin
 * header), so its control characters are first spelled out as text (a backslash, u and four hex digits): raw, they
 * would reach a terminal that prints the error (ESC sequences), and Jolokia's writer (2.6.0) escapes U+000B, U+000E,
 * U+000F and U+001A to U+001F wrongly (ESC becomes backslash u001;), which makes an answer no JSON parser accepts.
 */
final class ErrorAnswer {

    private ErrorAnswer() {
    }

    /** Answers {@code status} with the reason, without running the request. */
    static void send(HttpExchange exchange, int status, String why) throws IOException {
        byte[] body = json(status, why).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String json(int status, String why) {
        JSONObject answer = new JSONObject();
        answer.put("status", status);
        answer.put("error_type", switch (status) {
            case 403 -> "java.lang.SecurityException";
            case 503 -> "java.lang.IllegalStateException";
            default -> "java.lang.IllegalArgumentException";
        });
        answer.put("error", switch (status) {
            case 403 -> "Forbidden: ";
            case 404 -> "Not found: ";
            case 503 -> "Unavailable: ";
            default -> "Bad request: ";
        } + visible(why));
        return answer.toJSONString();
    }

    /** @return the text with each control character spelled out as a backslash, u and four hex digits */
    static String visible(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }
}
