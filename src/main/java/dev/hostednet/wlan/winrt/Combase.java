package dev.hostednet.wlan.winrt;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.jna.WinApiLoader;

/**
 * The combase.dll exports WinRT needs (the manual's windows-binary-contract.md, "combase exports and the
 * apartment"). Loaded by {@link WinApiLoader}, which explains why it extends {@link Library}. Trap: strings are
 * {@code PCNZWCH}, UTF-16 code units; they are passed as raw memory with an explicit length, never as
 * {@code WString} (4-byte wchar_t on Linux).
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
     * @return the mapping of combase.dll, or of a stand-in libcombase found through {@code jna.library.path}
     * @throws UnsatisfiedLinkError when it is not found
     */
    static Combase load() {
        return WinApiLoader.load("combase", Combase.class);
    }
}
