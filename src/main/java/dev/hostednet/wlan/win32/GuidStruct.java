package dev.hostednet.wlan.win32;

import com.sun.jna.Structure.FieldOrder;

/**
 * GUID (16 bytes, 4-byte aligned). Our own rather than jna-platform's {@code Guid.GUID}: that one class would
 * bring a 1,400-entry jar into the agent, which then costs every host start-up time just to index it.
 */
@FieldOrder({"Data1", "Data2", "Data3", "Data4"})
public class GuidStruct extends WinStructure {
    public int Data1;
    public short Data2;
    public short Data3;
    public byte[] Data4 = new byte[8];

    /** For JNA, which creates nested structures reflectively. */
    public GuidStruct() {
        super();
    }

    @Override
    String cTypeName() {
        return "GUID";
    }

    /** @return the registry form without braces, such as {@code 4d36e972-e325-11ce-bfc1-08002be10318} */
    String text() {
        return String.format("%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x", Data1, Data2 & 0xffff,
            Data3 & 0xffff, Data4[0], Data4[1], Data4[2], Data4[3], Data4[4], Data4[5], Data4[6], Data4[7]);
    }
}
