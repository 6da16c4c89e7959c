package dev.hostednet.agent;

/**
 * What a JMX client may make the server allocate. The JDK's deserialization filters check an array's announced
 * length against {@code maxarray} before allocating it, and count the bytes read against {@code maxbytes}; without
 * limits, class patterns alone admit a {@code String[2000000000]}, allocated as soon as its length is read.
 */
final class JmxLimits {

    /**
     * Credentials ({@code newClient}) and RMI registry calls, read before any password is checked: a user name and
     * a password (a {@code String[2]}), or a name to look up.
     */
    static final String CREDENTIALS = "maxarray=16;maxdepth=4;maxrefs=64;maxbytes=16384;java.lang.String;!*";
    /**
     * Bytes of one call's arguments, read before any role is checked: the serialized notification filters of one
     * {@code addNotificationListeners} call are inside this too, so with {@link ListenerCap} they bound what
     * remote listeners keep.
     */
    static final int CALL_BYTES = 64 * 1024;
    /**
     * Elements of one array in a call: as many as {@link #CALL_BYTES}, since every argument and filter travels as
     * the {@code byte[]} inside a {@code MarshalledObject}. A {@code long[]} of that length is 512 KiB, allocated
     * before its elements are read: the connections served at once are bounded too ({@link ConnectionCap}).
     */
    static final int CALL_ARRAY = CALL_BYTES;

    private JmxLimits() {
    }
}
