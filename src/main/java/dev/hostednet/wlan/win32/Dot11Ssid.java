package dev.hostednet.wlan.win32;

import com.sun.jna.Structure.FieldOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** DOT11_SSID (36 bytes): jna-platform's copy maps ULONG as a native long, 8 bytes on Linux; this one is exact. */
@FieldOrder({"uSSIDLength", "ucSSID"})
public class Dot11Ssid extends WinStructure {
    public int uSSIDLength;
    public byte[] ucSSID = new byte[32];

    @Override
    String cTypeName() {
        return "DOT11_SSID";
    }

    /** @return the SSID as text (netsh stores UTF-8); a length beyond 32 is clamped */
    String text() {
        int n = Math.max(0, Math.min(uSSIDLength, ucSSID.length));
        return new String(Arrays.copyOf(ucSSID, n), StandardCharsets.UTF_8);
    }
}
