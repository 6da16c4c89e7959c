package dev.hostednet.wlan.winrt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HSTRING we created, deleted exactly once by {@link #close()}. Text crosses as UTF-16LE code units with an
 * explicit length. Trap: JNA's {@code WString} and {@code getWideString} use the platform's wchar_t, 4 bytes on
 * Linux, so a stand-in and a binding would agree with each other and both be wrong for Windows. The Java-side
 * copies of a passphrase are wiped as soon as Windows has its own.
 */
final class HString implements AutoCloseable {

    private final Combase combase;
    private Pointer handle;

    private HString(Combase combase, Pointer handle) {
        this.combase = combase;
        this.handle = handle;
    }

    /**
     * @param text the text (the empty string is the NULL HSTRING)
     * @return the HSTRING
     * @throws WinRtException when WindowsCreateString fails
     */
    static HString of(Combase combase, CharSequence text) throws WinRtException {
        // UTF-16LE straight from the chars: never through a String, which could not be wiped (a passphrase).
        byte[] utf16 = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            utf16[2 * i] = (byte) c;
            utf16[2 * i + 1] = (byte) (c >>> 8);
        }
        Memory m = new Memory(utf16.length + 2L);
        try {
            m.write(0, utf16, 0, utf16.length);
            m.setShort(utf16.length, (short) 0);
            PointerByReference out = new PointerByReference();
            WinRtException.check("WindowsCreateString", combase.WindowsCreateString(m, text.length(), out));
            return new HString(combase, out.getValue());
        } finally {
            Arrays.fill(utf16, (byte) 0);
            m.clear();
            m.close();
        }
    }

    /**
     * Reads an HSTRING that Windows handed out, then deletes it.
     *
     * @param handle the HSTRING (NULL is the empty string)
     * @return its text
     */
    static String take(Combase combase, Pointer handle) {
        try (HString s = new HString(combase, handle)) {
            return s.text();
        }
    }

    /**
     * Reads an HSTRING that holds key material (a passphrase), then deletes it. The code units are decoded from
     * their UTF-16LE bytes by hand into a char array, so no String is ever made of them; the byte copy is wiped.
     * Windows' own buffer is immutable and belongs to the HSTRING: it is not ours to wipe.
     *
     * @param handle the HSTRING (NULL is the empty string)
     * @return its characters, for the caller to wipe
     */
    static char[] takeSecret(Combase combase, Pointer handle) {
        try (HString s = new HString(combase, handle)) {
            if (handle == null) {
                return new char[0];
            }
            IntByReference length = new IntByReference();
            Pointer raw = combase.WindowsGetStringRawBuffer(handle, length);
            byte[] utf16 = raw.getByteArray(0, length.getValue() * 2);
            try {
                char[] chars = new char[length.getValue()];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) ((utf16[2 * i] & 0xff) | (utf16[2 * i + 1] & 0xff) << 8);
                }
                return chars;
            } finally {
                Arrays.fill(utf16, (byte) 0);
            }
        }
    }

    /** @return the text */
    String text() {
        if (handle == null) {
            return "";
        }
        IntByReference length = new IntByReference();
        Pointer raw = combase.WindowsGetStringRawBuffer(handle, length);
        return new String(raw.getByteArray(0, length.getValue() * 2), StandardCharsets.UTF_16LE);
    }

    /** @return the handle, to pass to a method */
    Pointer handle() {
        return handle;
    }

    @Override
    public void close() {
        if (handle != null) {
            combase.WindowsDeleteString(handle);
            handle = null;
        }
    }
}
