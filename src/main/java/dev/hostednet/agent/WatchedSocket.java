package dev.hostednet.agent;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * An accepted connection that knows since when it has been waiting for its client to send something (0 while the
 * server works on what it got). Everything else is the accepted socket's, TLS included.
 */
final class WatchedSocket extends Socket {

    private final Socket s;
    private volatile long silentSince = System.nanoTime() | 1;
    private InputStream in;

    WatchedSocket(Socket s) {
        this.s = s;
    }

    /** @return System.nanoTime() (made odd, never 0) when the current wait began; 0 when not waiting */
    long silentSince() {
        return silentSince;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new FilterInputStream(s.getInputStream()) {
                @Override
                public int read() throws IOException {
                    waiting();
                    try {
                        return super.read();
                    } finally {
                        silentSince = 0;
                    }
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    waiting();
                    try {
                        return super.read(b, off, len);
                    } finally {
                        silentSince = 0;
                    }
                }
            };
        }
        return in;
    }

    private void waiting() {
        silentSince = System.nanoTime() | 1;
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return s.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        s.close();
    }

    @Override
    public boolean isClosed() {
        return s.isClosed();
    }

    @Override
    public boolean isConnected() {
        return s.isConnected();
    }

    @Override
    public boolean isBound() {
        return s.isBound();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        s.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return s.getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        s.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return s.getTcpNoDelay();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        s.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return s.getKeepAlive();
    }

    @Override
    public void shutdownInput() throws IOException {
        s.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        s.shutdownOutput();
    }

    @Override
    public InetAddress getInetAddress() {
        return s.getInetAddress();
    }

    @Override
    public int getPort() {
        return s.getPort();
    }

    @Override
    public InetAddress getLocalAddress() {
        return s.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return s.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return s.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return s.getLocalSocketAddress();
    }

    @Override
    public String toString() {
        return s.toString();
    }
}
