package dev.hostednet.wlan.win32;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The native stand-in's test controls (src/test/c/wlanapi_standin.c), from the same libwlanapi.so that
 * {@link WlanHostedApi} binds, found through jna.library.path (set by the Maven build).
 */
public interface Standin extends Library {

    Standin LIB = Native.load("wlanapi", Standin.class);

    void standin_reset();

    void standin_set_fault(int fault);

    /** Every service call answers this Win32 code until set back to 0. */
    void standin_set_fail_code(int code);

    void standin_set_hang_millis(int millis);

    void standin_restart_service();

    void standin_set_elevated(int elevated);

    long standin_outstanding_allocations();

    long standin_bad_frees();

    long standin_reentrant_calls();

    /** Secondary keys freed with any of their bytes still set (the binding must wipe them first). */
    long standin_unwiped_key_frees();

    /** Property queries fail with ERROR_INVALID_STATE yet hand out their filled buffer (1 on, 0 off). */
    void standin_set_fail_with_buffer(int on);

    long standin_open_handles();

    long standin_calls();

    long standin_notifications_delivered();

    int standin_get_primary_key(byte[] buf, int cap);

    void standin_set_primary_key(byte[] key, int len);

    int standin_state();

    /** @param on whether the station profile carries the primary key as clear-text keyMaterial */
    void standin_set_profile_key(int on);

    /** @return dwKeyLength of the last SetSecondaryKey call (-1 before any); its bytes go to buf */
    long standin_last_secondary_key_call(byte[] buf, int cap, IntByReference calls);

    /** @return the stored secondary key's length (counting its NUL), or -1 when none; its bytes go to buf */
    int standin_get_secondary_key(byte[] buf, int cap, IntByReference persistent);

    int standin_peer_arrive(byte[] mac);

    int standin_peer_depart(byte[] mac);

    void standin_notify_burst(int n);

    int standin_wait_notifications_idle(int timeoutMs);

    /** The real wlanapi calls, used only to set up the network behind the binding's back. */
    int WlanOpenHandle(int clientVersion, Pointer reserved, IntByReference negotiated,
                       com.sun.jna.ptr.PointerByReference handle);

    int WlanCloseHandle(Pointer handle, Pointer reserved);

    int WlanHostedNetworkInitSettings(Pointer handle, IntByReference failReason, Pointer reserved);

    int WlanHostedNetworkSetSecondaryKey(Pointer handle, int keyLength, byte[] keyData, int isPassPhrase,
                                         int persistent, IntByReference failReason, Pointer reserved);
}
