package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import dev.hostednet.jmx.Audit;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * HTTP basic authentication against one user; the comparison takes the same time whatever is wrong. Every failed
 * login is audited (door, user as sent, source address) and repeated failures from one address are slowed
 * ({@link LoginThrottle}): an attempt that comes too soon is answered 429 with Retry-After, unchecked.
 */
public final class PasswordAuthenticator extends BasicAuthenticator {

    private final byte[] user;
    private final byte[] password;
    private final LoginThrottle throttle = new LoginThrottle();

    /**
     * @param user the user name
     * @param password the password (kept as bytes; never logged)
     */
    public PasswordAuthenticator(String user, char[] password) {
        super("hostednet-agent");
        this.user = user.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        this.password = new byte[b.remaining()];
        b.get(this.password);
    }

    @Override
    public Result authenticate(HttpExchange exchange) {
        String source = exchange.getRemoteAddress().getAddress().getHostAddress();
        long wait = throttle.waitMillis(source);
        if (wait > 0) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString((wait + 999) / 1000));
            return new Failure(429);
        }
        Result r = super.authenticate(exchange);
        String sent = exchange.getRequestHeaders().getFirst("Authorization");
        if (r instanceof Success) {
            throttle.succeeded(source);
        } else if (sent != null) { // no header at all is a client asking how to log in, not a guess
            throttle.failed(source);
            Audit.log(System.Logger.Level.WARNING, "login", "failed", "door", "jolokia", "user", userOf(sent),
                "source", source);
        }
        return r;
    }

    /** @return the user name a Basic header carries, or "" when it carries none readable */
    private static String userOf(String header) {
        try {
            String[] parts = header.strip().split("\\s+", 2);
            if (parts.length < 2 || !parts[0].equalsIgnoreCase("Basic")) {
                return "";
            }
            String pair = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? "" : pair.substring(0, Math.min(colon, 200));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public boolean checkCredentials(String username, String pw) {
        boolean u = MessageDigest.isEqual(user, username.getBytes(StandardCharsets.UTF_8));
        boolean p = MessageDigest.isEqual(password, pw.getBytes(StandardCharsets.UTF_8));
        return u & p;
    }
}
