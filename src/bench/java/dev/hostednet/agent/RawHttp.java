package dev.hostednet.agent;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 keep-alive client (one connection, TCP_NODELAY), so that the refresh benchmark measures the
 * server's cost rather than java.net.http's own overhead (about as large as Jolokia's whole request on this machine).
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String path;
    private final String host;

    RawHttp(String url) throws IOException {
        URI u = URI.create(url);
        socket = new Socket(InetAddress.getByName(u.getHost()), u.getPort());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream());
        path = u.getPath();
        host = u.getHost() + ":" + u.getPort();
    }

    /** @return the response body */
    String post(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        int length = -1;
        boolean chunked = false;
        String line = readLine();
        if (!line.startsWith("HTTP/1.1 200")) {
            throw new IOException("unexpected status: " + line);
        }
        while (!(line = readLine()).isEmpty()) {
            String l = line.toLowerCase(Locale.ROOT);
            if (l.startsWith("content-length:")) {
                length = Integer.parseInt(l.substring(15).trim());
            } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (chunked) {
            int size;
            while ((size = Integer.parseInt(readLine().trim(), 16)) > 0) {
                b.write(in.readNBytes(size));
                readLine();
            }
            readLine();
        } else {
            b.write(in.readNBytes(length));
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
