package dev.hostednet.agent.jolokia;

import com.sun.net.httpserver.BasicAuthenticator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** HTTP basic authentication against one user; the comparison takes the same time whatever is wrong. */
public final class PasswordAuthenticator extends BasicAuthenticator {

    private final byte[] user;
    private final byte[] password;

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
    public boolean checkCredentials(String username, String pw) {
        boolean u = MessageDigest.isEqual(user, username.getBytes(StandardCharsets.UTF_8));
        boolean p = MessageDigest.isEqual(password, pw.getBytes(StandardCharsets.UTF_8));
        return u & p;
    }
}
