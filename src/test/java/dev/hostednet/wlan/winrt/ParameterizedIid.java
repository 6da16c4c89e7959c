package dev.hostednet.wlan.winrt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * How WinRT derives a parameterized interface's IID ({@code IAsyncOperation<T>}, {@code IVectorView<T>}): a
 * version-5 UUID (SHA-1) over WinRT's namespace and the UTF-8 type signature. The backend never asks for one by IID,
 * so this lives with the tests that prove the values the manual's binary-contract page gives. Trap: the namespace
 * enters the hash in network byte order, while a GUID lies in memory little-endian ({@link Iid#memory()}).
 */
final class ParameterizedIid {

    private static final UUID PINTERFACE_NAMESPACE = UUID.fromString("11f47ad5-7b73-42c0-abae-878b1e16adee");

    private ParameterizedIid() {
    }

    /**
     * @param signature a WinRT type signature, such as
     *     {@code pinterface({9fc2b0bb-e446-44e2-aa61-9cab8f636af2};b1)} for {@code IAsyncOperation<boolean>}
     * @return the IID WinRT derives from it
     */
    static Iid of(String signature) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(PINTERFACE_NAMESPACE.getMostSignificantBits())
                .putLong(PINTERFACE_NAMESPACE.getLeastSignificantBits()).array());
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
    static String pinterface(Iid genericIid, String argument) {
        return "pinterface(" + braced(genericIid) + ";" + argument + ")";
    }

    /**
     * @param className the runtime class's full name
     * @param defaultInterface its default interface
     * @return its signature {@code rc(Name;{iid})}
     */
    static String runtimeClass(String className, Iid defaultInterface) {
        return "rc(" + className + ";" + braced(defaultInterface) + ")";
    }

    private static String braced(Iid iid) {
        return "{" + iid.uuid().toString().toLowerCase(Locale.ROOT) + "}";
    }
}
