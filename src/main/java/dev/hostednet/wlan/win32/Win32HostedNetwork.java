package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import dev.hostednet.wlan.Win32Code;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Hosted Network through wlanapi and JNA. Every buffer Windows returns is freed with WlanFreeMemory on every
 * path; the secondary key's bytes are wiped in place and freed without ever being copied into Java.
 */
public final class Win32HostedNetwork implements HostedNetwork {

    /** A three-argument wlanapi call: (handle, reason out, reserved). */
    private interface ReasonCall {
        int call(Pointer handle, IntByReference reason, Pointer reserved);
    }

    // Sizes computed once: each "new Structure()" allocates native memory, a cost on every call otherwise.
    private static final int STATUS_SIZE = new StatusStruct().size();
    private static final int CONNECTION_SETTINGS_SIZE = new ConnectionSettingsStruct().size();
    private static final int SECURITY_SETTINGS_SIZE = new SecuritySettingsStruct().size();

    private final WlanHostedApi api;
    private final NotificationBridge bridge = new NotificationBridge();
    private final ClientHandle handle;
    private final KeyCalls keys;
    private final SystemMessages messages = new SystemMessages();

    private Win32HostedNetwork(WlanHostedApi api) {
        this.api = api;
        this.handle = new ClientHandle(api, this::registerOn);
        this.keys = new KeyCalls(api, handle, messages);
    }

    /**
     * Loads wlanapi; the handle is opened by the first call.
     *
     * @return the backend
     * @throws IllegalStateException when wlanapi cannot be loaded, saying why and what to do
     */
    public static Win32HostedNetwork open() {
        try {
            return new Win32HostedNetwork(WlanHostedApi.load());
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("The hostednetwork backend could not load wlanapi (" + e.getMessage()
                + "). It needs Windows with the Wireless LAN API (WLAN AutoConfig), or a stand-in libwlanapi on"
                + " jna.library.path; use backend=simulated to run the simulation instead.", e);
        }
    }

    /** @return the open client handle, or null (never opens one): a seam for the tests of its reopening */
    Pointer currentHandle() {
        return handle.current();
    }

    @Override
    public String backendName() {
        return "hostednetwork";
    }

    @Override
    public CallResult rotateSystemKey() {
        return reasonCall(api::WlanHostedNetworkRefreshSecuritySettings);
    }

    @Override
    public CallResult setUserKey(byte[] passphrase, boolean persistent) {
        return keys.setUserKey(passphrase, persistent);
    }
    @Override
    public CallResult start() {
        return reasonCall(api::WlanHostedNetworkForceStart);
    }

    @Override
    public CallResult stop() {
        return reasonCall(api::WlanHostedNetworkForceStop);
    }

    private CallResult reasonCall(ReasonCall fn) {
        IntByReference reason = new IntByReference();
        int rc = handle.invoke(h -> {
            reason.setValue(0);
            return fn.call(h, reason, null);
        });
        return messages.inWindowsWords(CallResult.of(rc, rc == 0 ? 0 : reason.getValue()));
    }

    @Override
    public HostedNetworkStatus queryStatus() throws HostedNetworkException {
        PointerByReference out = new PointerByReference();
        int rc = handle.invoke(h -> {
            out.setValue(null);
            return api.WlanHostedNetworkQueryStatus(h, out, null);
        });
        return decodeAndFree("query the status", rc, out.getValue(), STATUS_SIZE,
            p -> new StatusStruct(p).toStatus());
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        return queryProperty("query the connection settings", WlanHostedApi.OPCODE_CONNECTION_SETTINGS,
            CONNECTION_SETTINGS_SIZE, p -> {
                ConnectionSettingsStruct s = new ConnectionSettingsStruct(p);
                return new ConnectionSettings(s.hostedNetworkSSID.text(), s.dwMaxNumberOfPeers);
            });
    }

    @Override
    public SecuritySettings querySecuritySettings() throws HostedNetworkException {
        return queryProperty("query the security settings", WlanHostedApi.OPCODE_SECURITY_SETTINGS,
            SECURITY_SETTINGS_SIZE, p -> {
                SecuritySettingsStruct s = new SecuritySettingsStruct(p);
                return new SecuritySettings(s.dot11AuthAlgo, s.dot11CipherAlgo);
            });
    }
    private <T> T queryProperty(String what, int opcode, int minSize, Function<Pointer, T> decode)
        throws HostedNetworkException {
        IntByReference size = new IntByReference();
        IntByReference valueType = new IntByReference();
        PointerByReference out = new PointerByReference();
        int rc = handle.invoke(h -> {
            out.setValue(null);
            return api.WlanHostedNetworkQueryProperty(h, opcode, size, out, valueType, null);
        });
        int actual = rc == 0 && size.getValue() < minSize ? -1 : minSize;
        return decodeAndFree(what, rc, out.getValue(), actual, decode);
    }

    /** Decodes a buffer Windows allocated, then frees it whatever happened. A size of -1 means it was short. */
    private <T> T decodeAndFree(String what, int rc, Pointer p, int size, Function<Pointer, T> decode)
        throws HostedNetworkException {
        try {
            if (rc != 0) {
                throw new HostedNetworkException(what, CallResult.of(rc, 0));
            }
            if (p == null || size < 0) {
                throw new HostedNetworkException(what + " (wlanapi returned no or too little data)",
                    new CallResult(Win32Code.INVALID_PARAMETER, ReasonCode.SUCCESS));
            }
            return decode.apply(p);
        } finally {
            if (p != null) {
                api.WlanFreeMemory(p);
            }
        }
    }

    @Override
    public SecondaryKeyInfo userKeyInfo() throws HostedNetworkException {
        IntByReference length = new IntByReference();
        IntByReference passphrase = new IntByReference();
        IntByReference persistent = new IntByReference();
        IntByReference reason = new IntByReference();
        PointerByReference out = new PointerByReference();
        int rc = handle.invoke(h -> {
            out.setValue(null);
            return api.WlanHostedNetworkQuerySecondaryKey(h, length, out, passphrase, persistent, reason, null);
        });
        Pointer key = out.getValue();
        if (key != null) {
            // The key never enters the Java heap: wiped where Windows put it, then freed.
            key.clear(Math.max(0, length.getValue()));
            api.WlanFreeMemory(key);
        }
        if (rc != 0) {
            throw new HostedNetworkException("query the secondary key", CallResult.of(rc, reason.getValue()));
        }
        return length.getValue() == 0 ? SecondaryKeyInfo.NONE
            : new SecondaryKeyInfo(true, passphrase.getValue() != 0, persistent.getValue() != 0);
    }

    @Override
    public char[] revealUserKey() throws HostedNetworkException {
        return keys.revealUserKey();
    }

    @Override
    public byte[] queryStationProfile() throws HostedNetworkException {
        return keys.queryStationProfile();
    }

    @Override
    public AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) throws HostedNetworkException {
        boolean first = !bridge.wanted();
        bridge.add(listener);
        if (first) {
            int rc = handle.invoke(h -> register(h, WlanHostedApi.SOURCE_HNWK));
            if (rc != 0) {
                bridge.remove(listener);
                throw new HostedNetworkException("register for notifications", CallResult.of(rc, 0));
            }
        }
        return () -> {
            bridge.remove(listener);
            Pointer h = handle.current();
            if (!bridge.wanted() && h != null) {
                register(h, WlanHostedApi.SOURCE_NONE);
            }
        };
    }

    /** Run by the handle when it (re)opens: a new handle carries no registration. */
    private void registerOn(Pointer h) {
        if (bridge.wanted()) {
            register(h, WlanHostedApi.SOURCE_HNWK);
        }
    }

    private int register(Pointer h, int source) {
        return api.WlanRegisterNotification(h, source, 1, source == 0 ? null : bridge.callback(), null, null, null);
    }

    @Override
    public void close() {
        handle.close();
    }
}
