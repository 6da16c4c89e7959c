/*
 * The Hosted Network structures that neither mingw-w64's wlanapi.h nor Wine's declares, written here from the
 * declarations in Microsoft's API reference (learn.microsoft.com, "wlanapi.h" structures). They are composed
 * only of types the real mingw-w64 headers define (DOT11_SSID, DWORD, DOT11_AUTH_ALGORITHM, ...), so the
 * mingw-w64 x86-64 cross compiler lays them out exactly as the Windows x64 ABI does.
 * Used by LayoutGroundTruthTest only; requires the WLAN_HOSTED_NETWORK_* enums and PEER_STATE to be declared.
 */
#ifndef HOSTEDNET_DOCUMENTED_H
#define HOSTEDNET_DOCUMENTED_H

typedef struct _WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS {
    DOT11_SSID hostedNetworkSSID;
    DWORD dwMaxNumberOfPeers;
} WLAN_HOSTED_NETWORK_CONNECTION_SETTINGS, *PWLAN_HOSTED_NETWORK_CONNECTION_SETTINGS;

typedef struct _WLAN_HOSTED_NETWORK_SECURITY_SETTINGS {
    DOT11_AUTH_ALGORITHM dot11AuthAlgo;
    DOT11_CIPHER_ALGORITHM dot11CipherAlgo;
} WLAN_HOSTED_NETWORK_SECURITY_SETTINGS, *PWLAN_HOSTED_NETWORK_SECURITY_SETTINGS;

typedef struct _WLAN_HOSTED_NETWORK_STATE_CHANGE {
    WLAN_HOSTED_NETWORK_STATE OldState;
    WLAN_HOSTED_NETWORK_STATE NewState;
    WLAN_HOSTED_NETWORK_REASON StateChangeReason;
} WLAN_HOSTED_NETWORK_STATE_CHANGE, *PWLAN_HOSTED_NETWORK_STATE_CHANGE;

typedef struct _WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE {
    WLAN_HOSTED_NETWORK_PEER_STATE OldState;
    WLAN_HOSTED_NETWORK_PEER_STATE NewState;
    WLAN_HOSTED_NETWORK_REASON PeerStateChangeReason;
} WLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE, *PWLAN_HOSTED_NETWORK_DATA_PEER_STATE_CHANGE;

typedef struct _WLAN_HOSTED_NETWORK_RADIO_STATE {
    DOT11_RADIO_STATE dot11SoftwareRadioState;
    DOT11_RADIO_STATE dot11HardwareRadioState;
} WLAN_HOSTED_NETWORK_RADIO_STATE, *PWLAN_HOSTED_NETWORK_RADIO_STATE;

#endif
