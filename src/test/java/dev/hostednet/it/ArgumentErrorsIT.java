package dev.hostednet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operations called with arguments that do not fit, over real HTTP against a running agent, as curl sends them:
 * answered in Jolokia's JSON error form with status 400 and a sentence saying what the operation takes, for POST and
 * GET alike, inside a bulk too; nothing runs. 403 stays for what is forbidden.
 */
class ArgumentErrorsIT {

    private static final String M = Http.MBEAN;
    private static Jvm host;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        host = Jvm.withAgent("backend=simulated,port=0,refresh.interval=0");
        url = host.property("hostednet.jolokia.url", Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        assertEquals(0, host.exit(Duration.ofSeconds(15)));
        host.close();
    }

    private static String exec(String operation, String arguments) {
        return "{\"type\":\"exec\",\"mbean\":\"" + M + "\",\"operation\":\"" + operation + "\",\"arguments\":"
            + arguments + "}";
    }

    /** A JSON answer, HTTP 200 as Jolokia answers every error in its JSON form, with status 400 and the sentence. */
    private static void assertBadRequest(HttpResponse<String> r, String sentence) {
        String body = r.body();
        assertEquals(200, r.statusCode(), body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), body);
        assertTrue(body.contains("\"status\":400"), body);
        assertTrue(body.contains("\"error_type\":\"java.lang.IllegalArgumentException\""), body);
        assertTrue(body.contains("\"error\":\"" + sentence), body);
        assertTrue(!body.contains("JolokiaExecRequest") && !body.contains("stacktrace"), body);
    }

    @Test
    void aWrongTypeSaysWhatTheOperationTakes() throws Exception {
        String before = Http.fingerprint(url);
        assertBadRequest(Http.post(url, exec("recentOutcomes", "[\"five\"]")),
            "recentOutcomes takes count, an int; got \\\"five\\\"; nothing was done");
        assertBadRequest(Http.get(url + "exec/" + M + "/recentOutcomes/five"),
            "recentOutcomes takes count, an int; got \\\"five\\\"");
        assertBadRequest(Http.post(url, exec("recentOutcomes", "[null]")), "recentOutcomes takes count, an int; got null");
        assertEquals(before, Http.fingerprint(url));
    }

    @Test
    void aWrongCountIsABadRequestNotAForbiddenOne() throws Exception {
        String before = Http.fingerprint(url);
        assertBadRequest(Http.post(url, exec("recentOutcomes", "[]")),
            "recentOutcomes takes count, an int; got no argument");
        assertBadRequest(Http.get(url + "exec/" + M + "/recentOutcomes"),
            "recentOutcomes takes count, an int; got no argument");
        assertBadRequest(Http.post(url, exec("recentOutcomes", "[1,2]")),
            "recentOutcomes takes count, an int; got 2 arguments: 1, 2");
        assertBadRequest(Http.post(url, exec("refreshSecuritySettings", "[\"x\"]")),
            "refreshSecuritySettings takes no argument; got \\\"x\\\"");
        assertEquals(before, Http.fingerprint(url), "nothing ran");
    }

    @Test
    void inABulkOnlyTheBadEntryIsABadRequest() throws Exception {
        String body = Http.post(url, "[{\"type\":\"version\"}," + exec("recentOutcomes", "[\"five\"]") + ","
            + exec("recentOutcomes", "[3]") + "]").body();
        assertEquals(2, body.split("\"status\":200", -1).length - 1, body);
        assertEquals(1, body.split("\"status\":400", -1).length - 1, body);
        assertTrue(body.contains("recentOutcomes takes count, an int; got \\\"five\\\""), body);
    }

    @Test
    void whatIsForbiddenStays403AndGoodArgumentsWork() throws Exception {
        String get = Http.get(url + "exec/" + M + "/recentOutcomes/5").body();
        assertTrue(get.contains("\"status\":403") && get.contains("operations need POST"), get);
        String start = Http.post(url, exec("start", "[]")).body();
        assertTrue(start.contains("\"status\":403") && start.contains("start needs the admin role"), start);
        String ok = Http.post(url, exec("recentOutcomes", "[5]")).body();
        assertTrue(ok.contains("\"status\":200"), ok);
    }
}
