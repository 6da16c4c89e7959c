package dev.hostednet.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.rmi.Remote;
import java.rmi.registry.LocateRegistry;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * A JMX client's first call, {@code RMIServer.newClient(credentials)}, written byte by byte as RMI would (JRMP
 * handshake, call header, serialization stream), but with credentials that announce a {@code String[length]} and
 * then never send its elements: what an attacker without any password sends. The server reads the array's length
 * before anything is authenticated.
 */
final class Jrmp {

    private Jrmp() {
    }

    /**
     * @return the open, silent connection (close it to let the server go)
     */
    static Socket hugeNewClient(int port, int length) throws Exception {
        Remote stub = LocateRegistry.getRegistry("127.0.0.1", port).lookup("jmxrmi");
        byte[] id = objId(stub);
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        out.writeInt(0x4a524d49); // "JRMI"
        out.writeShort(2);
        out.writeByte(0x4b); // stream protocol
        out.flush();
        DataInputStream in = new DataInputStream(s.getInputStream());
        if (in.readByte() != 0x4e) {
            throw new IOException("no JRMP protocol ack");
        }
        in.readUTF();
        in.readInt();
        out.writeUTF("127.0.0.1");
        out.writeInt(0);
        out.writeByte(0x50); // call
        out.write(call(id, length));
        out.flush();
        return s;
    }

    /** The call's stream: object id, method hash, and the credentials' array header, cut after its length. */
    private static byte[] call(byte[] objId, int length) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream o = new ObjectOutputStream(bytes) {
            @Override
            protected void annotateClass(Class<?> c) throws IOException {
                writeObject(null); // RMI's class annotation (no codebase)
            }
        };
        o.write(objId);
        o.writeInt(-1); // a call by method hash
        o.writeLong(hash("newClient(Ljava/lang/Object;)Ljavax/management/remote/rmi/RMIConnection;"));
        o.writeObject(new String[1]);
        o.flush();
        byte[] b = bytes.toByteArray();
        // The stream ends with the length (4 bytes) and the one element (TC_NULL): announce more, send none.
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 1);
        ByteBuffer.wrap(cut).putInt(cut.length - 4, length);
        return cut;
    }

    /** RMI's method hash: the first 8 bytes of the SHA-1 of the method's name and descriptor, little-endian. */
    private static long hash(String method) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA");
        try (DataOutputStream d = new DataOutputStream(new DigestOutputStream(new ByteArrayOutputStream(), md))) {
            d.writeUTF(method);
        }
        byte[] h = md.digest();
        long r = 0;
        for (int i = 0; i < 8; i++) {
            r += ((long) (h[i] & 0xff)) << (i * 8);
        }
        return r;
    }

    /** The remote object's id (22 bytes) as its serialized stub carries it after "UnicastRef(2)", host and port. */
    private static byte[] objId(Remote stub) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(stub);
        }
        byte[] b = bytes.toByteArray();
        byte[] marker = "UnicastRef".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + marker.length < b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + marker.length, marker, 0, marker.length)) {
                int p = i + marker.length;
                if (b[p] == '2') {
                    p += 2; // UnicastRef2 (the connector has a socket factory): a format byte, 0 without a client one
                }
                int hostLength = ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
                p += 2 + hostLength + 4;
                return java.util.Arrays.copyOfRange(b, p, p + 22);
            }
        }
        throw new IOException("no UnicastRef in the stub");
    }
}
