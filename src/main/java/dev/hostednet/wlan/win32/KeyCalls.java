package dev.hostednet.wlan.win32;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.Win32Code;

/**
 * The wlanapi calls that carry a key: setting the user key, reading it back and reading the station profile for
 * the audited hand-over. Every native buffer that held a key is wiped before it is released (ours) or freed with
 * WlanFreeMemory (Windows').
 */
final class KeyCalls {

    private final WlanHostedApi api;
    private final ClientHandle handle;

    private final SystemMessages messages;

    KeyCalls(WlanHostedApi api, ClientHandle handle, SystemMessages messages) {
        this.messages = messages;
        this.api = api;
        this.handle = handle;
    }

    CallResult setUserKey(byte[] passphrase, boolean persistent) {
        // Native memory we own, so it can be wiped: a JNA byte[] argument would be copied to a buffer we never see.
        int length = passphrase.length + 1; // Windows counts the terminating NUL of a passphrase
        IntByReference reason = new IntByReference();
        try (Memory key = new Memory(length)) {
            try {
                key.write(0, passphrase, 0, passphrase.length);
                key.setByte(passphrase.length, (byte) 0);
                int rc = handle.invoke(h -> {
                    reason.setValue(0);
                    return api.WlanHostedNetworkSetSecondaryKey(h, length, key, 1, persistent ? 1 : 0, reason, null);
                });
                return messages.inWindowsWords(CallResult.of(rc, rc == 0 ? 0 : reason.getValue()));
            } finally {
                key.clear();
            }
        }
    }

    char[] revealUserKey() throws HostedNetworkException {
        IntByReference length = new IntByReference();
        IntByReference passphrase = new IntByReference();
        IntByReference reason = new IntByReference();
        PointerByReference out = new PointerByReference();
        int rc = handle.invoke(h -> {
            out.setValue(null);
            return api.WlanHostedNetworkQuerySecondaryKey(h, length, out, passphrase, new IntByReference(), reason,
                null);
        });
        Pointer key = out.getValue();
        try {
            if (rc != 0) {
                throw new HostedNetworkException("query the secondary key", CallResult.of(rc, reason.getValue()));
            }
            int n = length.getValue();
            return key == null || n <= 0 ? null : KeyBytes.chars(key, n, passphrase.getValue() != 0);
        } finally {
            if (key != null) {
                key.clear(Math.max(0, length.getValue())); // wiped where Windows put it, then freed
                api.WlanFreeMemory(key);
            }
        }
    }

    byte[] queryStationProfile() throws HostedNetworkException {
        IntByReference size = new IntByReference();
        PointerByReference out = new PointerByReference();
        int rc = handle.invoke(h -> {
            out.setValue(null);
            return api.WlanHostedNetworkQueryProperty(h, WlanHostedApi.OPCODE_STATION_PROFILE, size, out,
                new IntByReference(), null);
        });
        Pointer p = out.getValue();
        try {
            if (rc != 0) {
                throw new HostedNetworkException("query the station profile", CallResult.of(rc, 0));
            }
            if (p == null) {
                throw new HostedNetworkException("query the station profile (wlanapi returned no data)",
                    new CallResult(Win32Code.INVALID_PARAMETER, ReasonCode.SUCCESS));
            }
            // Bytes by the documented count, not getWideString: wchar_t is 4 bytes on Linux.
            return p.getByteArray(0, Math.max(0, size.getValue()));
        } finally {
            if (p != null) {
                p.clear(Math.max(0, size.getValue())); // it may hold the system key
                api.WlanFreeMemory(p);
            }
        }
    }
}
