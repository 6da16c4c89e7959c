package dev.hostednet.wlan.winrt;

import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * An interface identifier. Trap: a GUID lies in memory with its first three fields little-endian, unlike a UUID's
 * text or network byte order ({@link #memory()}). The backend asks only for non-parameterized interfaces; the
 * parameterized IIDs it relies on are listed in the manual's page windows-binary-contract.md.
 *
 * @param uuid the value
 */
public record Iid(UUID uuid) {

    /**
     * @param text such as {@code 00000036-0000-0000-c000-000000000046}
     * @return the IID
     */
    public static Iid of(String text) {
        return new Iid(UUID.fromString(text));
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
