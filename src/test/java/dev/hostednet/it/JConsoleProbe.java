package dev.hostednet.it;

import java.lang.reflect.Method;

/**
 * Runs JConsole's own connection code ({@code sun.tools.jconsole.ProxyClient}: what {@code jconsole HOST:PORT} runs)
 * and prints its connection state. A JVM of its own: it needs {@code jdk.jconsole} opened, and JConsole's TLS probe
 * fixes the JVM's default TLS socket factory for good, which other tests in one JVM must be free to choose.
 */
public final class JConsoleProbe {

    private JConsoleProbe() {
    }

    /** @param args host, port, and optionally user and password */
    public static void main(String[] args) throws Exception {
        Class<?> proxyClient = Class.forName("sun.tools.jconsole.ProxyClient");
        Object client = proxyClient.getMethod("getProxyClient", String.class, int.class, String.class, String.class)
            .invoke(null, args[0], Integer.parseInt(args[1]), args.length > 2 ? args[2] : null,
                args.length > 3 ? args[3] : null);
        Method connect = proxyClient.getDeclaredMethod("connect", boolean.class);
        connect.setAccessible(true);
        connect.invoke(client, false); // false: as JConsole's retry without TLS, after its prompt
        System.out.println("STATE " + proxyClient.getMethod("getConnectionState").invoke(client));
        proxyClient.getMethod("disconnect").invoke(client);
    }
}
