package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@value #AT_ONCE} POST requests served at once; others wait up to {@value #WAIT_SECONDS} s for their turn
 * and are then answered 503. The trap: a POST is where the weight is. Jolokia parses a body (up to 1 MiB) into a
 * JSON tree and builds the whole answer of a bulk (100 {@code list} requests: 1.1 MB of text, several times that as
 * objects) in memory before sending it, on each of the request threads at once: 256 such POSTs exhausted a
 * 256 MiB heap. GETs carry one request each, with no body, and pass beside the gate: reads go on while it is full.
 */
final class PostGate {

    static final int AT_ONCE = 2;
    /**
     * Less than the server's request time ({@link JolokiaEndpoint#REQUEST_SECONDS}), which runs until the body is
     * read: a request still waiting then would be dropped without an answer.
     */
    static final long WAIT_SECONDS = 2;
    private final Semaphore turns = new Semaphore(AT_ONCE, true);

    /** Runs the work now if it is not a POST, in turn if it is; answers 503 when no turn came. */
    void serve(HttpExchange exchange, BulkLimit.IoWork work) throws IOException {
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            work.run();
            return;
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            ErrorAnswer.send(exchange, 503, "the agent is busy with " + AT_ONCE + " other POST requests (POST"
                + " requests, bulk ones included, are served " + AT_ONCE + " at a time); send this one again in a"
                + " moment");
            return;
        }
        try {
            work.run();
        } finally {
            turns.release();
        }
    }
}
