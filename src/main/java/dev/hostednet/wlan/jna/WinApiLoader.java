package dev.hostednet.wlan.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.win32.StdCallFunctionMapper;
import com.sun.jna.win32.StdCallLibrary;
import java.util.Map;

/**
 * The one way the Windows backends load a system library and decide its calling convention. Trap: the mappings
 * extend {@link Library}, not {@code StdCallLibrary}, because a StdCallLibrary cannot be called on Linux x86-64
 * ("Unrecognized calling convention: 63"), where the tests run the C stand-ins; 64-bit Windows has a single
 * convention anyway, so stdcall is asked for through the load options on 32-bit Windows only.
 */
public final class WinApiLoader {

    private WinApiLoader() {
    }

    /** @return whether WINAPI and STDMETHODCALLTYPE mean stdcall here (32-bit x86 Windows only) */
    public static boolean stdcall() {
        return Platform.isWindows() && !Platform.is64Bit();
    }

    /**
     * Loads a library through JNA's normal search: {@code name.dll} on Windows, or a stand-in {@code libname.so}
     * found through {@code jna.library.path} elsewhere.
     *
     * @param name the library's name without prefix or suffix, such as "wlanapi"
     * @param mapping the interface that maps its exports
     * @param <T> the mapping's type
     * @return the mapping
     * @throws UnsatisfiedLinkError when no such library is found
     */
    public static <T extends Library> T load(String name, Class<T> mapping) {
        Map<String, Object> options = stdcall()
            ? Map.of(Library.OPTION_CALLING_CONVENTION, StdCallLibrary.STDCALL_CONVENTION,
                     Library.OPTION_FUNCTION_MAPPER, new StdCallFunctionMapper())
            : Map.of();
        return Native.load(name, mapping, options);
    }
}
