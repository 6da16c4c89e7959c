package dev.hostednet.wlan.winrt;

/**
 * The WinRT names, IIDs and vtable slots this backend uses (the manual's windows-binary-contract.md, "Interfaces,
 * IIDs and the slots called"; each slot checked against mingw-w64 or our documented header by
 * VtableGroundTruthTest). Slots count IUnknown's 3 and IInspectable's 3 first: an interface's own first method is
 * slot 6.
 */
final class Abi {

    static final String NETWORK_INFORMATION = "Windows.Networking.Connectivity.NetworkInformation";
    static final String TETHERING_MANAGER = "Windows.Networking.NetworkOperators.NetworkOperatorTetheringManager";
    static final String ACCESS_POINT_CONFIGURATION =
        "Windows.Networking.NetworkOperators.NetworkOperatorTetheringAccessPointConfiguration";

    static final Iid NETWORK_INFORMATION_STATICS = Iid.of("5074f851-950d-4165-9c15-365619481eea");
    static final Iid MANAGER_STATICS2 = Iid.of("5b235412-35f0-49e7-9b08-16d278fbaa42");
    static final Iid MANAGER_STATICS4 = Iid.of("b3b9f9d0-ebff-46a4-a847-d663d8b0977e");
    static final Iid CLIENT_MANAGER = Iid.of("91b14016-8dca-4225-bbed-eef8b8d718d7");
    static final Iid CONFIGURATION = Iid.of("0bcc0284-412e-403d-acc6-b757e34774a4");
    static final Iid ASYNC_INFO = Iid.of("00000036-0000-0000-c000-000000000046");

    // INetworkInformationStatics
    static final int GET_INTERNET_CONNECTION_PROFILE = 7;
    // INetworkOperatorTetheringManagerStatics2
    static final int GET_TETHERING_CAPABILITY = 6;
    static final int CREATE_FROM_CONNECTION_PROFILE = 7;
    // INetworkOperatorTetheringManagerStatics4
    static final int DISABLE_NO_CONNECTIONS_TIMEOUT = 9;
    // INetworkOperatorTetheringManager
    static final int GET_MAX_CLIENT_COUNT = 6;
    static final int GET_TETHERING_OPERATIONAL_STATE = 8;
    static final int GET_CURRENT_ACCESS_POINT_CONFIGURATION = 9;
    static final int CONFIGURE_ACCESS_POINT_ASYNC = 10;
    static final int START_TETHERING_ASYNC = 11;
    static final int STOP_TETHERING_ASYNC = 12;
    // INetworkOperatorTetheringClientManager, IVectorView<T>, INetworkOperatorTetheringClient
    static final int GET_TETHERING_CLIENTS = 6;
    static final int VECTOR_GET_AT = 6;
    static final int VECTOR_GET_SIZE = 7;
    static final int CLIENT_GET_MAC_ADDRESS = 6;
    // INetworkOperatorTetheringAccessPointConfiguration
    static final int CONFIG_GET_SSID = 6;
    static final int CONFIG_PUT_SSID = 7;
    static final int CONFIG_GET_PASSPHRASE = 8;
    static final int CONFIG_PUT_PASSPHRASE = 9;
    // INetworkOperatorTetheringOperationResult
    static final int RESULT_GET_STATUS = 6;
    static final int RESULT_GET_ADDITIONAL_ERROR_MESSAGE = 7;
    // IAsyncOperation<T> / IAsyncAction, and IAsyncInfo
    static final int ASYNC_GET_RESULTS = 8;
    static final int INFO_GET_STATUS = 7;
    static final int INFO_GET_ERROR_CODE = 8;
    static final int INFO_CANCEL = 9;
    static final int INFO_CLOSE = 10;

    private Abi() {
    }
}
