package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies of at most {@value #MAX_BODY} bytes: no Jolokia request this agent serves needs more. */
final class BoundedBody extends FilterInputStream {

    static final int MAX_BODY = 1 << 20;
    private long left = MAX_BODY;

    private BoundedBody(InputStream in) {
        super(in);
    }

    /**
     * Refuses a body declared too large without keeping it, and bounds one of unknown length (chunked).
     *
     * @return whether the request goes on (false: it has been answered)
     */
    static boolean accept(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE; // the JDK itself refuses such a request before we get here
        }
        if (declared > MAX_BODY) {
            // Read (a bounded amount of) it first: a client still sending when the connection closes loses the
            // answer to a reset. Only authenticated callers get here, and the request timeout bounds the wait.
            try (InputStream in = exchange.getRequestBody()) {
                byte[] sink = new byte[64 * 1024];
                for (long left = 16L * MAX_BODY; left > 0; ) {
                    int n = in.read(sink, 0, (int) Math.min(sink.length, left));
                    if (n < 0) {
                        break;
                    }
                    left -= n;
                }
            }
            ErrorAnswer.send(exchange, 413, "the request body is larger than " + MAX_BODY + " bytes");
            return false;
        }
        exchange.setStreams(new BoundedBody(exchange.getRequestBody()), null);
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
            if (super.read() < 0) {
                return -1;
            }
            throw new IOException("the request body is larger than " + MAX_BODY + " bytes");
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
            left -= n;
        }
        return n;
    }
}
