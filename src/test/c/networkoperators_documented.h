/*
 * The vtables of the WinRT interfaces Mobile Hotspot uses that mingw-w64 10's headers do not declare, in C, written
 * for VtableGroundTruthTest from src/site/markdown/windows-binary-contract.md, whose slot orders follow Microsoft's
 * WinRT reference and the Windows SDK's windows.networking.networkoperators.idl as published, cross-checked in
 * independent projections of Windows' metadata. Written from that page, not copied from any of them. Every
 * interface starts with IInspectable's six methods, declared by mingw-w64's inspectable.h; only the method names
 * and their order matter to the test, so parameters of types mingw-w64 lacks are spelt as void pointers.
 */
#ifndef NETWORKOPERATORS_DOCUMENTED_H
#define NETWORKOPERATORS_DOCUMENTED_H

#define HN_INSPECTABLE(T) \
    HRESULT (STDMETHODCALLTYPE *QueryInterface)(T *This, REFIID riid, void **ppvObject); \
    ULONG (STDMETHODCALLTYPE *AddRef)(T *This); \
    ULONG (STDMETHODCALLTYPE *Release)(T *This); \
    HRESULT (STDMETHODCALLTYPE *GetIids)(T *This, ULONG *iidCount, IID **iids); \
    HRESULT (STDMETHODCALLTYPE *GetRuntimeClassName)(T *This, HSTRING *className); \
    HRESULT (STDMETHODCALLTYPE *GetTrustLevel)(T *This, TrustLevel *trustLevel);

/* Windows.Networking.Connectivity.INetworkInformationStatics {5074f851-950d-4165-9c15-365619481eea} */
typedef struct HnNetworkInformationStaticsVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *GetConnectionProfiles)(void *This, void **value);
    HRESULT (STDMETHODCALLTYPE *GetInternetConnectionProfile)(void *This, void **value);
    HRESULT (STDMETHODCALLTYPE *GetLanIdentifiers)(void *This, void **value);
    HRESULT (STDMETHODCALLTYPE *GetHostNames)(void *This, void **value);
    HRESULT (STDMETHODCALLTYPE *GetProxyConfigurationAsync)(void *This, void *uri, void **value);
    HRESULT (STDMETHODCALLTYPE *GetSortedEndpointPairs)(void *This, void *pairs, INT32 options, void **value);
    HRESULT (STDMETHODCALLTYPE *add_NetworkStatusChanged)(void *This, void *handler, INT64 *token);
    HRESULT (STDMETHODCALLTYPE *remove_NetworkStatusChanged)(void *This, INT64 token);
} HnNetworkInformationStaticsVtbl;

/* INetworkOperatorTetheringManagerStatics2 {5b235412-35f0-49e7-9b08-16d278fbaa42} */
typedef struct HnTetheringManagerStatics2Vtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *GetTetheringCapabilityFromConnectionProfile)(void *This, void *profile, INT32 *value);
    HRESULT (STDMETHODCALLTYPE *CreateFromConnectionProfile)(void *This, void *profile, void **value);
} HnTetheringManagerStatics2Vtbl;

/* INetworkOperatorTetheringManagerStatics4 {b3b9f9d0-ebff-46a4-a847-d663d8b0977e} (Windows 10 2004+) */
typedef struct HnTetheringManagerStatics4Vtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *IsNoConnectionsTimeoutEnabled)(void *This, boolean *value);
    HRESULT (STDMETHODCALLTYPE *EnableNoConnectionsTimeout)(void *This);
    HRESULT (STDMETHODCALLTYPE *EnableNoConnectionsTimeoutAsync)(void *This, void **operation);
    HRESULT (STDMETHODCALLTYPE *DisableNoConnectionsTimeout)(void *This);
    HRESULT (STDMETHODCALLTYPE *DisableNoConnectionsTimeoutAsync)(void *This, void **operation);
} HnTetheringManagerStatics4Vtbl;

/* INetworkOperatorTetheringManager {d45a8da0-0e86-4d98-8ba4-dd70d4b764d3} */
typedef struct HnTetheringManagerVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *get_MaxClientCount)(void *This, UINT32 *value);
    HRESULT (STDMETHODCALLTYPE *get_ClientCount)(void *This, UINT32 *value);
    HRESULT (STDMETHODCALLTYPE *get_TetheringOperationalState)(void *This, INT32 *value);
    HRESULT (STDMETHODCALLTYPE *GetCurrentAccessPointConfiguration)(void *This, void **configuration);
    HRESULT (STDMETHODCALLTYPE *ConfigureAccessPointAsync)(void *This, void *configuration, void **action);
    HRESULT (STDMETHODCALLTYPE *StartTetheringAsync)(void *This, void **operation);
    HRESULT (STDMETHODCALLTYPE *StopTetheringAsync)(void *This, void **operation);
} HnTetheringManagerVtbl;

/* INetworkOperatorTetheringClientManager {91b14016-8dca-4225-bbed-eef8b8d718d7} */
typedef struct HnTetheringClientManagerVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *GetTetheringClients)(void *This, void **value);
} HnTetheringClientManagerVtbl;

/* INetworkOperatorTetheringClient {709d254c-595f-4847-bb30-646935542918} */
typedef struct HnTetheringClientVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *get_MacAddress)(void *This, HSTRING *value);
    HRESULT (STDMETHODCALLTYPE *get_HostNames)(void *This, void **value);
} HnTetheringClientVtbl;

/* INetworkOperatorTetheringAccessPointConfiguration {0bcc0284-412e-403d-acc6-b757e34774a4} */
typedef struct HnAccessPointConfigurationVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *get_Ssid)(void *This, HSTRING *value);
    HRESULT (STDMETHODCALLTYPE *put_Ssid)(void *This, HSTRING value);
    HRESULT (STDMETHODCALLTYPE *get_Passphrase)(void *This, HSTRING *value);
    HRESULT (STDMETHODCALLTYPE *put_Passphrase)(void *This, HSTRING value);
} HnAccessPointConfigurationVtbl;

/* INetworkOperatorTetheringOperationResult {ebd203a1-01ba-476d-b4b3-bf3d12c8f80c} */
typedef struct HnOperationResultVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *get_Status)(void *This, INT32 *value);
    HRESULT (STDMETHODCALLTYPE *get_AdditionalErrorMessage)(void *This, HSTRING *value);
} HnOperationResultVtbl;

/* Windows.Foundation.IAsyncAction {5a648006-843a-4da9-865b-9d26e5dfad7b}: not in mingw-w64 10's windows.foundation.h */
typedef struct HnAsyncActionVtbl {
    HN_INSPECTABLE(void)
    HRESULT (STDMETHODCALLTYPE *put_Completed)(void *This, void *handler);
    HRESULT (STDMETHODCALLTYPE *get_Completed)(void *This, void **handler);
    HRESULT (STDMETHODCALLTYPE *GetResults)(void *This);
} HnAsyncActionVtbl;

#endif
