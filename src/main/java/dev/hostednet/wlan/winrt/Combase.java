package dev.hostednet.wlan.winrt;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallFunctionMapper;
import com.sun.jna.win32.StdCallLibrary;
import java.util.Map;

/**
 * The combase.dll exports WinRT needs (winrt-tethering-facts.md section 1). Like {@code WlanHostedApi} it extends
 * {@link Library}: stdcall only on 32-bit Windows. Trap: strings are {@code PCNZWCH}, UTF-16 code units; they are
 * passed as raw memory with an explicit length, never as {@code WString} (4-byte wchar_t on Linux).
 */
public interface Combase extends Library {

    /** RO_INIT_MULTITHREADED. */
    int RO_INIT_MULTITHREADED = 1;

    int RoInitialize(int initType);

    void RoUninitialize();

    int RoGetActivationFactory(Pointer activatableClassId, Pointer iid, PointerByReference factory);

    int RoActivateInstance(Pointer activatableClassId, PointerByReference instance);

    int WindowsCreateString(Pointer utf16, int length, PointerByReference string);

    int WindowsDeleteString(Pointer string);

    Pointer WindowsGetStringRawBuffer(Pointer string, IntByReference length);

    /**
     * Loads "combase" through JNA's normal search: combase.dll on Windows, a stand-in libcombase.so on
     * {@code jna.library.path} elsewhere.
     *
     * @return the mapping
     * @throws UnsatisfiedLinkError when it is not found
     */
    static Combase load() {
        Map<String, Object> options = Vtable.stdcall()
            ? Map.of(OPTION_CALLING_CONVENTION, StdCallLibrary.STDCALL_CONVENTION,
                     OPTION_FUNCTION_MAPPER, new StdCallFunctionMapper())
            : Map.of();
        return Native.load("combase", Combase.class, options);
    }
}
