package dev.hostednet.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/** The limit of the HTTP benchmark: a bare JDK HttpServer answering a fixed JSON body (TCP_NODELAY on). */
public final class BareServer {

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] body = "{\"request\":{\"type\":\"read\"},\"value\":\"active\",\"status\":200}"
            .getBytes(StandardCharsets.UTF_8);
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
            Integer.parseInt(args[0])), 50);
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.createContext("/", x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        s.start();
        System.out.println("READY");
        System.in.read();
        s.stop(0);
        System.exit(0);
    }
}
