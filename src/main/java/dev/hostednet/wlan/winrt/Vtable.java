package dev.hostednet.wlan.winrt;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.hostednet.wlan.jna.WinApiLoader;

/**
 * Calls a COM method by its vtable slot, as jna-platform's {@code COMInvoker} does: the object's first field points
 * to the vtable, each slot a function pointer taking {@code this} first. Slots 0-2 are IUnknown, 3-5 IInspectable,
 * an interface's own methods start at 6 (the slot numbers are checked against mingw-w64 by VtableGroundTruthTest).
 */
final class Vtable {

    /** IUnknown::QueryInterface. */
    static final int QUERY_INTERFACE = 0;
    /** IUnknown::Release. */
    static final int RELEASE = 2;

    private Vtable() {
    }

    /**
     * @param object an interface pointer (not null)
     * @param slot the method's slot
     * @param args the arguments after {@code this}
     * @return the HRESULT
     */
    static int call(Pointer object, int slot, Object... args) {
        Pointer method = object.getPointer(0).getPointer((long) slot * Native.POINTER_SIZE);
        Object[] all = new Object[args.length + 1];
        all[0] = object;
        System.arraycopy(args, 0, all, 1, args.length);
        return Function.getFunction(method, WinApiLoader.stdcall() ? Function.ALT_CONVENTION : Function.C_CONVENTION)
            .invokeInt(all);
    }
}
