package dev.hostednet.wlan.win32;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallFunctionMapper;
import com.sun.jna.win32.StdCallLibrary;
import java.util.Map;

/**
 * Our mapping of the Hosted Network part of wlanapi.dll (jna-platform's WlanApi has none of it). The only place
 * with Win32 names. It extends {@link Library}, not {@code StdCallLibrary}: a StdCallLibrary cannot be called on
 * Linux x86-64 ("Unrecognized calling convention: 63"), and 64-bit Windows has a single convention anyway; stdcall
 * is asked for through the load options on 32-bit Windows only.
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
    /** wlan_hosted_network_opcode_enable. */
    int OPCODE_ENABLE = 3;

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

    int WlanHostedNetworkInitSettings(Pointer hClientHandle, IntByReference pFailReason, Pointer pvReserved);

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

    /** @return whether WINAPI means stdcall here (32-bit x86 Windows only) */
    static boolean stdcall() {
        return Platform.isWindows() && !Platform.is64Bit();
    }

    /**
     * Loads "wlanapi" through JNA's normal search: wlanapi.dll on Windows, or a stand-in libwlanapi.so found
     * through {@code jna.library.path} elsewhere.
     *
     * @return the mapping
     * @throws UnsatisfiedLinkError when no such library is found
     */
    static WlanHostedApi load() {
        Map<String, Object> options = stdcall()
            ? Map.of(OPTION_CALLING_CONVENTION, StdCallLibrary.STDCALL_CONVENTION,
                     OPTION_FUNCTION_MAPPER, new StdCallFunctionMapper())
            : Map.of();
        return Native.load("wlanapi", WlanHostedApi.class, options);
    }
}
