package dev.hostednet.wlan.win32;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.Backstage;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.simulated.ServiceFault;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Drives the native stand-in behind the JNA binding's back. */
public final class StandinBackstage implements Backstage {

    private static final Standin S = Standin.LIB;

    @Override
    public HostedNetwork freshNetwork() {
        S.standin_reset();
        return Win32HostedNetwork.open();
    }

    @Override
    public void initSettings() {
        int rc = withHandle(h -> S.WlanHostedNetworkInitSettings(h, new IntByReference(), Pointer.NULL));
        if (rc != 0) {
            throw new IllegalStateException("WlanHostedNetworkInitSettings returned " + rc);
        }
    }

    /** Runs a wlanapi call on a handle of its own, as another process would. */
    private static int withHandle(java.util.function.ToIntFunction<Pointer> call) {
        PointerByReference h = new PointerByReference();
        if (S.WlanOpenHandle(2, null, new IntByReference(), h) != 0) {
            throw new IllegalStateException("stand-in refused a handle");
        }
        try {
            return call.applyAsInt(h.getValue());
        } finally {
            S.WlanCloseHandle(h.getValue(), null);
        }
    }

    @Override
    public void setFault(ServiceFault fault) {
        S.standin_set_fault(fault.ordinal());
    }

    @Override
    public void setHangMillis(long millis) {
        S.standin_set_hang_millis((int) millis);
    }

    @Override
    public void restartService() {
        S.standin_restart_service();
    }

    @Override
    public void setElevated(boolean elevated) {
        S.standin_set_elevated(elevated ? 1 : 0);
    }

    @Override
    public void setSecondaryPassphrase(String passphrase, boolean persistent) {
        byte[] data = (passphrase + "\0").getBytes(StandardCharsets.US_ASCII);
        int rc = withHandle(h -> S.WlanHostedNetworkSetSecondaryKey(h, data.length, data, 1, persistent ? 1 : 0,
            new IntByReference(), Pointer.NULL));
        if (rc != 0) {
            throw new IllegalStateException("WlanHostedNetworkSetSecondaryKey returned " + rc);
        }
    }

    @Override
    public byte[] primaryKey() {
        byte[] buf = new byte[128];
        return Arrays.copyOf(buf, S.standin_get_primary_key(buf, buf.length));
    }

    @Override
    public void setProfileKey(boolean on) {
        S.standin_set_profile_key(on ? 1 : 0);
    }

    @Override
    public byte[] secondaryKey() {
        byte[] buf = new byte[128];
        int n = S.standin_get_secondary_key(buf, buf.length, new IntByReference());
        // The stand-in stores what Windows stores: the passphrase with its terminating NUL.
        return n < 0 ? null : Arrays.copyOf(buf, buf[n - 1] == 0 ? n - 1 : n);
    }

    /**
     * @return the length and bytes the last WlanHostedNetworkSetSecondaryKey call handed to the stand-in, as it
     *     received them (the length counts the NUL), or null before the first call
     */
    public static byte[] lastSecondaryKeyCall() {
        byte[] buf = new byte[128];
        long n = S.standin_last_secondary_key_call(buf, buf.length, new IntByReference());
        return n < 0 ? null : Arrays.copyOf(buf, (int) n);
    }

    @Override
    public boolean peerArrive(String mac) {
        return S.standin_peer_arrive(mac(mac)) == 0;
    }

    @Override
    public boolean peerDepart(String mac) {
        return S.standin_peer_depart(mac(mac)) == 0;
    }

    @Override
    public boolean awaitNotificationsIdle(long millis) {
        return S.standin_wait_notifications_idle((int) millis) == 0;
    }

    static byte[] mac(String text) {
        String[] parts = text.split(":");
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }
}
