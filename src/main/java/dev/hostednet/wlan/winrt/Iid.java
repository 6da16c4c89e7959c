package dev.hostednet.wlan.winrt;

import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * An interface identifier. Parameterized ones ({@code IAsyncOperation<T>}, {@code IVectorView<T>}, their
 * handlers) are computed as WinRT does, never typed in: a version-5 UUID (SHA-1) over WinRT's namespace and the
 * UTF-8 type signature. Trap: the namespace enters the hash in network byte order, but a GUID lies in memory with
 * its first three fields little-endian ({@link #memory()}).
 *
 * @param uuid the value
 */
public record Iid(UUID uuid) {

    private static final UUID PINTERFACE_NAMESPACE = UUID.fromString("11f47ad5-7b73-42c0-abae-878b1e16adee");

    /**
     * @param text such as {@code 00000036-0000-0000-c000-000000000046}
     * @return the IID
     */
    public static Iid of(String text) {
        return new Iid(UUID.fromString(text));
    }

    /**
     * @param signature a WinRT type signature, such as
     *     {@code pinterface({9fc2b0bb-e446-44e2-aa61-9cab8f636af2};b1)} for {@code IAsyncOperation<boolean>}
     * @return the IID WinRT derives from it
     */
    public static Iid parameterized(String signature) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bigEndian(PINTERFACE_NAMESPACE));
            byte[] h = sha1.digest(signature.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
            h[8] = (byte) ((h[8] & 0x3f) | 0x80); // RFC 4122 variant
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new Iid(new UUID(b.getLong(), b.getLong()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /**
     * @param genericIid the generic interface's IID, such as IAsyncOperation`1's
     * @param argument the argument's signature, such as {@link #runtimeClass}'s
     * @return the signature of the instantiation
     */
    public static String pinterface(Iid genericIid, String argument) {
        return "pinterface(" + genericIid.braced() + ";" + argument + ")";
    }

    /**
     * @param className the runtime class's full name
     * @param defaultInterface its default interface
     * @return its signature {@code rc(Name;{iid})}
     */
    public static String runtimeClass(String className, Iid defaultInterface) {
        return "rc(" + className + ";" + defaultInterface.braced() + ")";
    }

    /** @return {@code {lower-case text}}, as signatures spell an IID */
    public String braced() {
        return "{" + uuid.toString().toLowerCase(Locale.ROOT) + "}";
    }

    /** @return 16 bytes of native memory holding the GUID as Windows lays it out */
    Memory memory() {
        Memory m = new Memory(16);
        ByteBuffer be = ByteBuffer.wrap(bigEndian(uuid));
        ByteBuffer le = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(be.getInt()).putShort(be.getShort()).putShort(be.getShort());
        le.put(be); // Data4: eight bytes in order
        m.write(0, le.array(), 0, 16);
        return m;
    }

    private static byte[] bigEndian(UUID u) {
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits())
            .array();
    }

    @Override
    public String toString() {
        return uuid.toString();
    }
}
