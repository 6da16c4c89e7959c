package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.Win32Code;
import java.util.function.Consumer;

/**
 * The one WLAN client handle: opened with client version 2 when first needed, reopened after the service lost it
 * (ERROR_INVALID_HANDLE, or a stopped or unreachable service), closed on shutdown.
 */
final class ClientHandle {

    /** A call against the handle; returns the Win32 code. */
    interface NativeCall {
        int call(Pointer handle);
    }

    private final WlanHostedApi api;
    private final Consumer<Pointer> onOpen;
    private Pointer handle;
    private boolean closed;

    /**
     * @param api the mapping
     * @param onOpen run with each newly opened handle (re-registers notifications); must not throw
     */
    ClientHandle(WlanHostedApi api, Consumer<Pointer> onOpen) {
        this.api = api;
        this.onOpen = onOpen;
    }

    /**
     * Runs a call, reopening the handle and trying once more when the service no longer knows it. Other failures
     * are returned as they are: a second refresh must not be made behind the caller's back.
     *
     * @return the Win32 code, or the code of WlanOpenHandle when no handle could be opened
     */
    int invoke(NativeCall call) {
        for (int attempt = 0; ; attempt++) {
            Pointer h;
            synchronized (this) {
                if (closed) {
                    return Win32Code.INVALID_HANDLE.code();
                }
                if (handle == null) {
                    int rc = open();
                    if (rc != 0) {
                        return rc;
                    }
                }
                h = handle;
            }
            int rc = call.call(h);
            Win32Code code = new Win32Code(rc);
            if (code.losesHandle()) {
                discard(h);
                if (code.equals(Win32Code.INVALID_HANDLE) && attempt == 0) {
                    continue;
                }
            }
            return rc;
        }
    }

    /** @return the handle if one is open, else null (never opens one) */
    synchronized Pointer current() {
        return handle;
    }

    private int open() {
        IntByReference negotiated = new IntByReference();
        PointerByReference out = new PointerByReference();
        int rc = api.WlanOpenHandle(WlanHostedApi.CLIENT_VERSION, null, negotiated, out);
        if (rc == 0) {
            handle = out.getValue();
            onOpen.accept(handle);
        }
        return rc;
    }

    /** Forgets a handle the service no longer honours; closing it may fail, which changes nothing. */
    private synchronized void discard(Pointer h) {
        if (handle != null && handle.equals(h)) {
            api.WlanCloseHandle(h, null);
            handle = null;
        }
    }

    /** Closes the handle for good; later calls fail with ERROR_INVALID_HANDLE. */
    synchronized void close() {
        closed = true;
        if (handle != null) {
            api.WlanCloseHandle(handle, null);
            handle = null;
        }
    }
}
