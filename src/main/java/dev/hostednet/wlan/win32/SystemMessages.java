package dev.hostednet.wlan.win32;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.Win32Code;

/**
 * Windows' own sentence for a Win32 code the agent does not explain itself, in the system's language, from
 * kernel32's {@code FormatMessageW}. Loaded on first use, which is on the agent's native thread (every backend call
 * runs there), never at start; a kernel32 that cannot be loaded just means no sentence.
 *
 * <p>Why not jna-platform's {@code Kernel32Util}: its {@code Kernel32} is a {@code StdCallLibrary}, whose calling
 * convention JNA refuses off Windows, so no test on this project's machines could ever reach it, and bringing the
 * library back for one call would load its classes into every host. On x64 Windows stdcall and the C convention are
 * one and the same, so this plain mapping makes the very same call there, and here it runs through a stand-in.
 */
final class SystemMessages {

    /** kernel32.dll, the one function. */
    interface Kernel32 extends Library {
        int FormatMessageW(int flags, Pointer source, int messageId, int languageId, char[] buffer, int size,
                           Pointer arguments);
    }

    private static final int FROM_SYSTEM = 0x1000;
    private static final int IGNORE_INSERTS = 0x200;
    private Kernel32 kernel32;
    private boolean tried;

    /**
     * @param r a native call's result
     * @return the same result, with Windows' sentence as its detail when it failed with a code the agent has no
     *     words of its own for
     */
    CallResult inWindowsWords(CallResult r) {
        if (r.succeeded() || r.code().known() || r.code().isRpcFailure() || !r.detail().isEmpty()) {
            return r;
        }
        String words = sentence(r.code().code());
        return words == null ? r : new CallResult(r.code(), r.reason(), "Win32 " + r.code()
            + (r.reason().code() == 0 ? "" : ", reason " + r.reason()) + ". Windows says: \"" + words + "\"");
    }

    /** @return Windows' sentence for a Win32 code, or null when kernel32 or the code has none */
    synchronized String sentence(int code) {
        if (!tried) {
            tried = true;
            try {
                kernel32 = Native.load("kernel32", Kernel32.class);
            } catch (UnsatisfiedLinkError e) {
                kernel32 = null; // no words then; the code and its name still say what happened
            }
        }
        if (kernel32 == null) {
            return null;
        }
        char[] buffer = new char[512];
        int n = kernel32.FormatMessageW(FROM_SYSTEM | IGNORE_INSERTS, null, code, 0, buffer, buffer.length, null);
        return n <= 0 ? null : new String(buffer, 0, Math.min(n, buffer.length)).strip();
    }
}
