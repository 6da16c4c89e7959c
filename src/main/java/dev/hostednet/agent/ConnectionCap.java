package dev.hostednet.agent;

import java.io.IOException;
import java.net.Socket;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * At most {@value #MAX} connections open at once on one of the agent's JMX connectors (the JMX port, the local
 * door). The trap: RMI's accept loop gives every connection a thread of its own, which waits for the client's bytes
 * for up to two hours (the JDK's read timeout, JVM-wide): 1,500 clients that connect and say nothing make 1,500
 * threads. Beyond the cap, the connection that has waited longest for its client to send anything is closed to make
 * room (a client that reuses a connection checks it first and opens another, as RMI does after its own timeout);
 * when none is waiting, the newcomer is closed instead. So silent clients cannot keep out one that speaks.
 */
final class ConnectionCap {

    static final int MAX = 32;
    private final Set<WatchedSocket> live = new HashSet<>();

    /**
     * @param s a connection just accepted
     * @return the connection to serve, or null when it was closed for want of room
     */
    Socket admit(Socket s) {
        WatchedSocket admitted = new WatchedSocket(s);
        WatchedSocket evicted = null;
        synchronized (this) {
            live.removeIf(WatchedSocket::isClosed);
            if (live.size() >= MAX) {
                evicted = live.stream().filter(w -> w.silentSince() != 0)
                    .min(Comparator.comparingLong(WatchedSocket::silentSince)).orElse(null);
                if (evicted == null) {
                    admitted = null;
                } else {
                    live.remove(evicted);
                }
            }
            if (admitted != null) {
                live.add(admitted);
            }
        }
        close(evicted);
        awaitFreed(evicted);
        if (admitted == null) {
            close(s);
        }
        return admitted;
    }

    /**
     * Lets the closed connection's thread see the close before the next connection is handed to RMI: RMI's pool
     * gives that one an idle thread then, not a new one (a burst of connections would otherwise grow the pool by
     * one thread per connection closed, each kept for a minute). A moment at most, on the accepting thread.
     */
    private static void awaitFreed(WatchedSocket evicted) {
        for (int i = 0; evicted != null && evicted.silentSince() != 0 && i < 100; i++) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Closes every connection still open (the agent stops). */
    synchronized void closeAll() {
        live.forEach(ConnectionCap::close);
        live.clear();
    }

    private static void close(Socket s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (IOException e) {
            // gone anyway
        }
    }
}
