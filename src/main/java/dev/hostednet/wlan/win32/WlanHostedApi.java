package dev.hostednet.wlan.win32;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import dev.hostednet.wlan.jna.WinApiLoader;

/**
 * Our mapping of the Hosted Network part of wlanapi.dll (jna-platform's WlanApi has none of it). The only place
 * with Win32 names. Loaded by {@link WinApiLoader}, which explains why it extends {@link Library}. The functions,
 * structures and codes are described in the manual's page windows-binary-contract.md.
 */
public interface WlanHostedApi extends Library {

    /** Client version 2: Windows Vista and later, the only one that knows the Hosted Network. */
    int CLIENT_VERSION = 2;
    /** WLAN_NOTIFICATION_SOURCE_HNWK. */
    int SOURCE_HNWK = 0x80;
    /** WLAN_NOTIFICATION_SOURCE_NONE: unregisters. */
    int SOURCE_NONE = 0;
    /** wlan_hosted_network_opcode_connection_settings. */
    int OPCODE_CONNECTION_SETTINGS = 0;
    /** wlan_hosted_network_opcode_security_settings. */
    int OPCODE_SECURITY_SETTINGS = 1;
    /** wlan_hosted_network_opcode_station_profile: a UTF-16LE XML WLAN profile. */
    int OPCODE_STATION_PROFILE = 2;

    /** WLAN_NOTIFICATION_CALLBACK (cdecl = the one x64 convention). */
    interface NotificationCallback extends Callback {
        void invoke(Pointer notificationData, Pointer context);
    }

    /** WLAN_NOTIFICATION_CALLBACK for 32-bit Windows, where WINAPI means stdcall. */
    interface StdCallNotificationCallback extends StdCallLibrary.StdCallCallback {
        void invoke(Pointer notificationData, Pointer context);
    }

    int WlanOpenHandle(int dwClientVersion, Pointer pReserved, IntByReference pdwNegotiatedVersion,
                       PointerByReference phClientHandle);

    int WlanCloseHandle(Pointer hClientHandle, Pointer pReserved);

    void WlanFreeMemory(Pointer pMemory);

    int WlanHostedNetworkRefreshSecuritySettings(Pointer hClientHandle, IntByReference pFailReason, Pointer pvReserved);

    int WlanHostedNetworkForceStart(Pointer hClientHandle, IntByReference pFailReason, Pointer pvReserved);

    int WlanHostedNetworkForceStop(Pointer hClientHandle, IntByReference pFailReason, Pointer pvReserved);

    int WlanHostedNetworkQueryStatus(Pointer hClientHandle, PointerByReference ppWlanHostedNetworkStatus,
                                     Pointer pvReserved);

    int WlanHostedNetworkQueryProperty(Pointer hClientHandle, int opCode, IntByReference pdwDataSize,
                                       PointerByReference ppvData, IntByReference pWlanOpcodeValueType,
                                       Pointer pvReserved);

    int WlanHostedNetworkQuerySecondaryKey(Pointer hClientHandle, IntByReference pdwKeyLength,
                                           PointerByReference ppucKeyData, IntByReference pbIsPassPhrase,
                                           IntByReference pbPersistent, IntByReference pFailReason,
                                           Pointer pvReserved);

    /** {@code dwKeyLength} counts the terminating NUL of a passphrase (9 to 64). */
    int WlanHostedNetworkSetSecondaryKey(Pointer hClientHandle, int dwKeyLength, Pointer pucKeyData,
                                         int bIsPassPhrase, int bPersistent, IntByReference pFailReason,
                                         Pointer pvReserved);

    /** {@code funcCallback} is a {@link NotificationCallback} or, on 32-bit Windows, a stdcall one. */
    int WlanRegisterNotification(Pointer hClientHandle, int dwNotifSource, int bIgnoreDuplicate,
                                 Callback funcCallback, Pointer pCallbackContext, Pointer pReserved,
                                 IntByReference pdwPrevNotifSource);

    /**
     * @return the mapping of wlanapi.dll, or of a stand-in libwlanapi found through {@code jna.library.path}
     * @throws UnsatisfiedLinkError when no such library is found
     */
    static WlanHostedApi load() {
        return WinApiLoader.load("wlanapi", WlanHostedApi.class);
    }
}
