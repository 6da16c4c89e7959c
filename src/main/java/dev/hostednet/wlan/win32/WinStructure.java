package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.util.List;

/**
 * Base of our wlanapi structures: field names are the C names of {@code wlanapi.h}, so the layout test can
 * compare every offset with the real header. ULONG and DWORD are Java {@code int} (JNA's ULONG follows the
 * native {@code long}: 8 bytes on Linux, which would shift every field after it). Structures are top-level, never
 * nested in the library interface, so their layout can be computed without loading wlanapi.
 */
abstract class WinStructure extends Structure {

    WinStructure() {
        super();
    }

    WinStructure(Pointer p) {
        super(p);
    }

    /** @return the C name of the structure in wlanapi.h */
    abstract String cTypeName();

    /** @return the field names, in order (the C names) */
    List<String> fieldNames() {
        return getFieldOrder();
    }

    /** @return the byte offset of a field, as JNA lays it out on this platform */
    int offsetOf(String field) {
        return fieldOffset(field);
    }
}
