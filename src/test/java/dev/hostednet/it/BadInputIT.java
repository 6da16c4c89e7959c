package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed Jolokia requests, hand-written and generated, against an agent in a separate JVM: each gets an
 * answer (never a dropped connection) with an error status, nothing changes state, and agent and host run on.
 */
class BadInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String M = Http.MBEAN;

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return whether the answer is an error, whatever its form (HTTP 400 text, or JSON with status != 200) */
    private static boolean isError(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            return true;
        }
        String b = r.body().trim();
        if (b.startsWith("[")) {
            return b.contains("\"error\"");
        }
        return !b.contains("\"status\":200");
    }

    private static List<String> handWritten() {
        List<String> bad = new ArrayList<>(List.of(
            "", "{", "}", "null", "42", "\"read\"", "{\"type\":42}", "{\"type\":\"read\"}", "{\"type\":\"fly\"}",
            "{\"type\":\"read\",\"mbean\":\"no such:type=Thing\"}",
            "{\"type\":\"read\",\"mbean\":\"dev.hostednet:type=Nothing\",\"attribute\":\"State\"}",
            "{\"type\":\"read\",\"mbean\":\"" + M + "\",\"attribute\":\"Colour\"}",
            "{\"type\":\"read\",\"mbean\":\"::::\",\"attribute\":\"State\"}",
            "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"selfDestruct\"}",
            "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"recentOutcomes\",\"arguments\":[\"many\"]}",
            "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"recentOutcomes\",\"arguments\":[-5]}",
            "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"recentOutcomes\",\"arguments\":[]}",
            "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"refreshSecuritySettings\",\"arguments\":[1]}",
            "{\"type\":\"write\",\"mbean\":\"" + M + "\",\"attribute\":\"RefreshCount\",\"value\":0}",
            "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":[\"refreshSecuritySettings\"]}",
            "{\"type\":\"read\",\"mbean\":{\"x\":1}}",
            "[{\"type\":\"read\",\"mbean\":\"" + M + "\",\"attribute\":\"State\"},{\"type\":\"bogus\"},"
                + "{\"type\":\"exec\",\"mbean\":\"java.lang:type=Memory\",\"operation\":\"gc\"}]",
            "\u0000\u0001\u0002", "{\"type\":\"read\",\"mbean\":\"" + M + "\",\"attribute\":\"State\"",
            "[" .repeat(20_000) + "]".repeat(20_000),
            "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
            "{\"type\":\"read\",\"mbean\":\"" + M + "\",\"attribute\":\"" + "X".repeat(2_000_000) + "\"}"));
        return bad;
    }

    private static List<String> generated(int n) {
        Random r = new Random(42);
        String[] parts = {"{", "}", "[", "]", "\"type\"", "\"read\"", "\"exec\"", "\"mbean\"", "\"" + M + "\"", ":",
            ",", "\"operation\"", "\"refreshSecuritySettings\"", "\"arguments\"", "null", "true", "-1", "1e999",
            "\"\\u0000\"", "\"attribute\"", "\"State\"", " ", "\"target\"", "\"path\""};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(24); k > 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void everyMalformedRequestGetsAClearErrorAndChangesNothing() throws Exception {
        try (Jvm host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0")) {
            String url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
            String before = post(url, "{\"type\":\"read\",\"mbean\":\"" + M + "\",\"attribute\":[\"State\","
                + "\"RefreshCount\",\"FailedRefreshCount\",\"History\"]}").body();
            int answered = 0;
            for (String body : handWritten()) {
                HttpResponse<String> r = post(url, body);
                assertTrue(isError(r), "accepted: " + body.substring(0, Math.min(200, body.length())) + " -> "
                    + r.body());
                answered++;
            }
            int generatedErrors = 0;
            for (String body : generated(1000)) {
                HttpResponse<String> r = post(url, body);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, body + " -> " + r.statusCode());
                assertFalse(r.body().contains("\"succeeded\":true"), "a generated request refreshed: " + body);
                generatedErrors += isError(r) ? 1 : 0;
                answered++;
            }
            String after = post(url, "{\"type\":\"read\",\"mbean\":\"" + M + "\",\"attribute\":[\"State\","
                + "\"RefreshCount\",\"FailedRefreshCount\",\"History\"]}").body();
            assertEquals(before.replaceAll("\"timestamp\":\\d+", ""), after.replaceAll("\"timestamp\":\\d+", ""),
                "nothing changed");
            assertTrue(post(url, Http.exec("refreshSecuritySettings")).body().contains("\"succeeded\":true"),
                "the agent still works");
            System.out.println("bad input: " + answered + " requests answered, " + generatedErrors
                + " of 1000 generated ones refused");
            assertEquals(0, host.exit(Duration.ofSeconds(15)), "and the host exits normally");
        }
    }
}
