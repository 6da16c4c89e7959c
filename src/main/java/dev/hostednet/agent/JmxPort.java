package dev.hostednet.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.rmi.server.RMIServerSocketFactory;

/**
 * The JMX port, bound at start and handed to RMI when the first client connects. Until then the agent holds one
 * listening socket and one thread waiting on it; the RMI runtime, the registry and the connector, and the platform
 * MBeanServer behind them, are made for that first client. The trap this avoids: exporting anything over RMI at
 * start costs the host megabytes, a handful of threads, and initialises {@code java.util.logging} (RMI logs
 * through it) before the host could choose its LogManager.
 *
 * <p>This is RMI's server socket factory for the registry and the connector alike (one factory, so one listening
 * socket, as before): its first socket is the bound one, whose first accept returns the client that is waiting.
 */
final class JmxPort implements RMIServerSocketFactory {

    /** What to do with the first client: make RMI (through this factory), then let it accept the client. */
    interface FirstClient {
        /** @throws Exception when the connector cannot be made; the client is dropped and the port closed */
        void arrived() throws Exception;
    }

    private final RMIServerSocketFactory binder;
    private final ServerSocket listening;
    private final ConnectionCap cap = new ConnectionCap();
    private Socket first;
    private boolean handedOver;
    /** Set once the connector is bound in the registry: the first client's lookup must find it. */
    private boolean ready;
    private boolean closed;

    /**
     * @param binder how sockets are bound (address, TLS)
     * @param port the port, 0 for any free one
     * @throws IOException when it cannot be bound
     */
    JmxPort(RMIServerSocketFactory binder, int port) throws IOException {
        this.binder = binder;
        this.listening = binder.createServerSocket(port);
    }

    /** @return the bound port */
    int port() {
        return listening.getLocalPort();
    }

    /**
     * Waits for the first client on a daemon thread of its own.
     *
     * @param then makes the connector (through this factory) once the client is there
     */
    void awaitFirst(FirstClient then) {
        Thread t = new Thread(() -> {
            try {
                Socket s = listening.accept();
                synchronized (this) {
                    first = s;
                }
                then.arrived();
                synchronized (this) {
                    ready = true;
                    notifyAll();
                }
            } catch (SocketException e) {
                // closed: the agent stopped before anyone came
            } catch (Exception | LinkageError e) {
                synchronized (this) {
                    if (closed) {
                        return; // the agent stopped while its first client waited: nothing to report
                    }
                }
                System.err.println("hostednet-agent: the JMX connector could not start for its first client, and"
                    + " the JMX port " + port() + " is closed again: " + e);
                synchronized (this) {
                    handedOver = false; // whatever RMI made of it, the port must not stay open half-served
                }
                close();
            }
        }, "hostednet-jmx-wait");
        t.setDaemon(true);
        t.start();
    }

    /** Frees the port while RMI does not own it yet (after that, RMI closes it when its exports end). */
    synchronized void close() {
        closed = true;
        if (!handedOver) {
            closeQuietly(listening);
        }
        if (first != null) {
            closeQuietly(first);
            first = null;
        }
        cap.closeAll();
        notifyAll();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        synchronized (this) {
            if (!handedOver) {
                handedOver = true;
                return new HandedOver();
            }
        }
        return binder.createServerSocket(port); // RMI listens anew after all its exports ended once
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // going away anyway
        }
    }

    /** The bound socket as RMI sees it: the waiting client first, then whoever comes. */
    private final class HandedOver extends ServerSocket {
        HandedOver() throws IOException {
            super(); // unbound and never bound: every call goes to the listening socket
        }

        /**
         * RMI's accept loop starts as soon as the registry is exported, before the connector is bound in it: the
         * waiting client is held back until then, or its lookup of "jmxrmi" would fail.
         */
        @Override
        public Socket accept() throws IOException {
            synchronized (JmxPort.this) {
                while (first != null && !ready) {
                    try {
                        JmxPort.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted while the JMX connector started");
                    }
                }
                if (first != null) {
                    Socket s = cap.admit(first);
                    first = null;
                    if (s != null) {
                        return s;
                    }
                }
            }
            while (true) {
                Socket s = cap.admit(listening.accept());
                if (s != null) {
                    return s;
                }
            }
        }

        @Override
        public void close() throws IOException {
            listening.close();
            super.close();
        }

        @Override
        public boolean isClosed() {
            return listening.isClosed();
        }

        @Override
        public boolean isBound() {
            return true;
        }

        @Override
        public int getLocalPort() {
            return listening.getLocalPort();
        }

        @Override
        public InetAddress getInetAddress() {
            return listening.getInetAddress();
        }

        @Override
        public SocketAddress getLocalSocketAddress() {
            return listening.getLocalSocketAddress();
        }

        @Override
        public synchronized void setSoTimeout(int timeout) throws SocketException {
            listening.setSoTimeout(timeout);
        }

        @Override
        public String toString() {
            return listening.toString();
        }
    }
}
