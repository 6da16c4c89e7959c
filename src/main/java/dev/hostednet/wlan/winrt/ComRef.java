package dev.hostednet.wlan.winrt;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * One interface pointer we own: WinRT AddRef'ed it for us, {@link #close()} releases it exactly once (a second
 * close is a no-op, so try-with-resources and an early close never release twice). Not thread-safe: it lives on
 * one thread at a time (Apartment serialises calls).
 */
final class ComRef implements AutoCloseable {

    private final Pointer pointer;
    private boolean released;

    ComRef(Pointer pointer) {
        this.pointer = pointer;
    }

    Pointer pointer() {
        if (released) {
            throw new IllegalStateException("interface used after its release");
        }
        return pointer;
    }

    /** @return the HRESULT of the method in {@code slot} */
    int call(int slot, Object... args) {
        return Vtable.call(pointer(), slot, args);
    }

    /**
     * Calls a method whose last parameter receives an interface pointer.
     *
     * @param what the method, for the message
     * @return the interface, or null when the method returned S_OK and NULL (a documented answer for some)
     * @throws WinRtException when the method failed
     */
    ComRef out(String what, int slot, Object... args) throws WinRtException {
        PointerByReference out = new PointerByReference();
        Object[] all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = out;
        WinRtException.check(what, call(slot, all));
        Pointer p = out.getValue();
        return p == null ? null : new ComRef(p);
    }

    /**
     * @param iid the interface wanted
     * @return it, released separately from this one
     * @throws WinRtException E_NOINTERFACE when the object does not implement it
     */
    ComRef query(Iid iid, String name) throws WinRtException {
        ComRef r = out("QueryInterface for " + name, Vtable.QUERY_INTERFACE, iid.memory());
        if (r == null) {
            throw new WinRtException("QueryInterface for " + name + " gave no pointer", HResult.E_POINTER);
        }
        return r;
    }

    @Override
    public void close() {
        if (!released) {
            released = true;
            Vtable.call(pointer, Vtable.RELEASE);
        }
    }
}
