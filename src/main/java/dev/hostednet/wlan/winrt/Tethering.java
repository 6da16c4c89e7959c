package dev.hostednet.wlan.winrt;

import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The WinRT calls of Mobile Hotspot, one method each, inside {@link Apartment#run} only. Every interface is released
 * and every HSTRING deleted before a method returns (try-with-resources). The passphrase is read back only by
 * {@link #passphrase}, for the audited hand-over, into a char array the caller wipes.
 */
final class Tethering {

    /** A manager and the connection profile it shares; closing releases both. */
    record Manager(ComRef profile, ComRef manager) implements AutoCloseable {
        @Override
        public void close() {
            manager.close();
            profile.close();
        }
    }

    private final Combase combase;
    /**
     * The two activation factories every call starts from, made on first use and kept for the backend's life: a
     * WinRT factory is a process-wide object that does not change, so activating it again for every read and every
     * operation (two HSTRINGs, a lookup, a release each time) was pure overhead. What can change (the internet
     * connection, the capability, the manager over them) is still asked for on every call. Released by
     * {@link #close()}, on the native thread, before RoUninitialize.
     */
    private ComRef networkInformation;
    private ComRef statics2;

    Tethering(Combase combase) {
        this.combase = combase;
    }

    /** Releases the cached factories, once; the next call would make them again. */
    void close() {
        if (statics2 != null) {
            statics2.close();
            statics2 = null;
        }
        if (networkInformation != null) {
            networkInformation.close();
            networkInformation = null;
        }
    }

    /** @return the factory's interface */
    ComRef factory(String className, Iid iid, String name) throws WinRtException {
        try (HString id = HString.of(combase, className)) {
            PointerByReference out = new PointerByReference();
            WinRtException.check("RoGetActivationFactory(" + name + ")",
                combase.RoGetActivationFactory(id.handle(), iid.memory(), out));
            return new ComRef(out.getValue());
        }
    }

    /**
     * @return the manager of the internet connection's hotspot
     * @throws Unavailable with no internet connection, or a capability other than Enabled, in Windows' words
     */
    Manager open() throws WinRtException, Unavailable {
        if (networkInformation == null) {
            networkInformation = factory(Abi.NETWORK_INFORMATION, Abi.NETWORK_INFORMATION_STATICS,
                "NetworkInformation");
        }
        ComRef profile = networkInformation.out("GetInternetConnectionProfile", Abi.GET_INTERNET_CONNECTION_PROFILE);
        if (profile == null) {
            throw new Unavailable(HotspotOutcomes.noInternet(), false);
        }
        try {
            ComRef statics = statics2();
            IntByReference capability = new IntByReference();
            WinRtException.check("GetTetheringCapabilityFromConnectionProfile",
                statics.call(Abi.GET_TETHERING_CAPABILITY, profile.pointer(), capability));
            if (capability.getValue() != 0) {
                throw new Unavailable(HotspotOutcomes.disabled(capability.getValue()), true);
            }
            ComRef manager = statics.out("CreateFromConnectionProfile", Abi.CREATE_FROM_CONNECTION_PROFILE,
                profile.pointer());
            return new Manager(profile, manager);
        } catch (WinRtException | Unavailable | RuntimeException e) {
            profile.close();
            throw e;
        }
    }

    /** @return the cached TetheringManagerStatics2 factory, made on first use */
    private ComRef statics2() throws WinRtException {
        if (statics2 == null) {
            statics2 = factory(Abi.TETHERING_MANAGER, Abi.MANAGER_STATICS2, "TetheringManagerStatics2");
        }
        return statics2;
    }

    int operationalState(ComRef manager) throws WinRtException {
        return intOut(manager, "get_TetheringOperationalState", Abi.GET_TETHERING_OPERATIONAL_STATE);
    }

    int maxClientCount(ComRef manager) throws WinRtException {
        return intOut(manager, "get_MaxClientCount", Abi.GET_MAX_CLIENT_COUNT);
    }

    private static int intOut(ComRef object, String what, int slot) throws WinRtException {
        IntByReference out = new IntByReference();
        WinRtException.check(what, object.call(slot, out));
        return out.getValue();
    }

    /** @return the clients' MAC addresses as Windows spells them */
    List<String> clientMacs(ComRef manager) throws WinRtException {
        List<String> macs = new ArrayList<>();
        try (ComRef clients = manager.query(Abi.CLIENT_MANAGER, "INetworkOperatorTetheringClientManager");
             ComRef vector = clients.out("GetTetheringClients", Abi.GET_TETHERING_CLIENTS)) {
            int size = intOut(vector, "IVectorView.get_Size", Abi.VECTOR_GET_SIZE);
            for (int i = 0; i < size; i++) {
                try (ComRef client = vector.out("IVectorView.GetAt", Abi.VECTOR_GET_AT, i)) {
                    macs.add(string(client, "get_MacAddress", Abi.CLIENT_GET_MAC_ADDRESS));
                }
            }
        }
        return macs;
    }

    /** @return the configured SSID (the configuration also holds the passphrase: it is released unread) */
    String ssid(ComRef manager) throws WinRtException {
        try (ComRef config = manager.out("GetCurrentAccessPointConfiguration",
            Abi.GET_CURRENT_ACCESS_POINT_CONFIGURATION)) {
            return string(config, "get_Ssid", Abi.CONFIG_GET_SSID);
        }
    }

    /**
     * The one read of key material: get_Passphrase of the current configuration, for joinInfo only.
     *
     * @return the passphrase's characters, for the caller to wipe
     */
    char[] passphrase(ComRef manager) throws WinRtException {
        try (ComRef config = manager.out("GetCurrentAccessPointConfiguration",
            Abi.GET_CURRENT_ACCESS_POINT_CONFIGURATION)) {
            PointerByReference out = new PointerByReference();
            WinRtException.check("get_Passphrase", config.call(Abi.CONFIG_GET_PASSPHRASE, out));
            return HString.takeSecret(combase, out.getValue());
        }
    }

    private String string(ComRef object, String what, int slot) throws WinRtException {
        PointerByReference out = new PointerByReference();
        WinRtException.check(what, object.call(slot, out));
        return HString.take(combase, out.getValue());
    }

    /**
     * @return ConfigureAccessPointAsync's IAsyncAction, for {@link AsyncWait}
     */
    ComRef configure(ComRef manager, String ssid, CharSequence passphrase) throws WinRtException {
        try (HString id = HString.of(combase, Abi.ACCESS_POINT_CONFIGURATION)) {
            PointerByReference out = new PointerByReference();
            WinRtException.check("RoActivateInstance(NetworkOperatorTetheringAccessPointConfiguration)",
                combase.RoActivateInstance(id.handle(), out));
            try (ComRef instance = new ComRef(out.getValue());
                 ComRef config = instance.query(Abi.CONFIGURATION, "INetworkOperatorTetheringAccessPointConfiguration");
                 HString s = HString.of(combase, ssid);
                 HString p = HString.of(combase, passphrase)) {
                WinRtException.check("put_Ssid", config.call(Abi.CONFIG_PUT_SSID, s.handle()));
                WinRtException.check("put_Passphrase", config.call(Abi.CONFIG_PUT_PASSPHRASE, p.handle()));
                return manager.out("ConfigureAccessPointAsync", Abi.CONFIGURE_ACCESS_POINT_ASYNC, config.pointer());
            }
        }
    }

    /** @return StartTetheringAsync's or StopTetheringAsync's IAsyncOperation */
    ComRef startOrStop(ComRef manager, boolean start) throws WinRtException {
        return start ? manager.out("StartTetheringAsync", Abi.START_TETHERING_ASYNC)
            : manager.out("StopTetheringAsync", Abi.STOP_TETHERING_ASYNC);
    }

    /** @return the status and Windows' message of a completed start or stop */
    OperationResult result(ComRef operation) throws WinRtException {
        try (ComRef r = operation.out("GetResults", Abi.ASYNC_GET_RESULTS)) {
            if (r == null) {
                throw new WinRtException("GetResults gave no result", HResult.E_POINTER);
            }
            int status = intOut(r, "get_Status", Abi.RESULT_GET_STATUS);
            return new OperationResult(status, string(r, "get_AdditionalErrorMessage",
                Abi.RESULT_GET_ADDITIONAL_ERROR_MESSAGE));
        }
    }

    /**
     * Turns off Windows' no-connections timeout, through Statics4 (Windows 10 2004+), asked of the cached factory
     * with QueryInterface first: an older Windows answers E_NOINTERFACE, which is not a failure but an answer.
     *
     * @return false when this Windows is too old to have Statics4 (nothing was changed)
     * @throws WinRtException when Statics4 exists and refused
     */
    boolean disableNoConnectionsTimeout() throws WinRtException {
        ComRef s4;
        try {
            s4 = statics2().query(Abi.MANAGER_STATICS4, "INetworkOperatorTetheringManagerStatics4");
        } catch (WinRtException e) {
            if (e.hresult() == HResult.E_NOINTERFACE) {
                return false;
            }
            throw e;
        }
        try (s4) {
            WinRtException.check("DisableNoConnectionsTimeout", s4.call(Abi.DISABLE_NO_CONNECTIONS_TIMEOUT));
            return true;
        }
    }

    /**
     * @param status TetheringOperationStatus
     * @param message AdditionalErrorMessage ("" when none)
     */
    record OperationResult(int status, String message) {
        boolean succeeded() {
            return status == 0;
        }
    }
}
