package dev.hostednet.wlan.simulated;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetworkEvent;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Passphrases;
import dev.hostednet.wlan.Peer;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.Win32Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The documented state machine of the Hosted Network, the same one the native stand-in implements
 * (src/test/c/wlanapi_standin.c); the contract tests run against both so they cannot drift apart.
 * All methods hold the model's lock; events are handed to {@code emit}, which must not block.
 */
final class SimulationModel {

    private static final ReasonCode PROPERTIES_CHANGE = new ReasonCode(26);
    private static final ReasonCode USER_ACTION = new ReasonCode(17);

    private final Consumer<HostedNetworkEvent> emit;
    private final Random random;
    private final Set<String> peers = new LinkedHashSet<>();
    private ServiceFault fault = ServiceFault.NONE;
    private boolean elevated = true;
    private boolean enabled = true;
    private String ssid;
    private int maxPeers;
    private HostedNetworkState state;
    private byte[] primaryKey;
    private byte[] secondaryKey;
    private boolean secondaryPassphrase;
    private boolean secondaryPersistent;
    private boolean profileKey = true;

    SimulationModel(SimulationConfig config, Consumer<HostedNetworkEvent> emit) {
        this.emit = emit;
        this.random = new Random(config.seed());
        this.ssid = config.ssid();
        this.maxPeers = config.maxPeers();
        this.state = config.initialState();
        this.peers.addAll(config.peers());
        this.primaryKey = ssid == null ? new byte[0] : newKey();
    }

    synchronized void setFault(ServiceFault f) {
        fault = f;
    }

    synchronized void setElevated(boolean e) {
        elevated = e;
    }

    synchronized byte[] primaryKey() {
        return primaryKey.clone();
    }

    /** @return the failure the current fault imposes on a hosted-network call, or null when none */
    private CallResult faultResult() {
        return switch (fault) {
            case NONE -> null;
            case SERVICE_STOPPED -> new CallResult(Win32Code.SERVICE_NOT_ACTIVE, ReasonCode.SERVICE_UNAVAILABLE);
            case UNSUPPORTED -> new CallResult(Win32Code.INVALID_STATE, ReasonCode.INTERFACE_UNAVAILABLE);
            case RPC -> new CallResult(Win32Code.RPC_SERVER_UNAVAILABLE, ReasonCode.UNSPECIFIED);
        };
    }

    synchronized CallResult refresh() {
        CallResult failure = faultResult();
        if (failure != null) {
            return failure;
        }
        byte[] old = primaryKey;
        do {
            primaryKey = newKey();
        } while (Arrays.equals(old, primaryKey));
        Arrays.fill(old, (byte) 0);
        goIdle(PROPERTIES_CHANGE);
        return CallResult.OK;
    }

    synchronized CallResult initSettings() {
        CallResult failure = faultResult();
        if (failure != null) {
            return failure;
        }
        if (ssid == null) {
            ssid = "HOSTEDNET-SIM";
            maxPeers = 100;
            primaryKey = newKey();
        }
        return CallResult.OK;
    }

    synchronized CallResult start() {
        CallResult failure = faultResult();
        if (failure != null) {
            return failure;
        }
        if (!elevated) {
            return new CallResult(Win32Code.ACCESS_DENIED, ReasonCode.ELEVATION_REQUIRED);
        }
        if (ssid == null) {
            return new CallResult(Win32Code.BAD_CONFIGURATION, ReasonCode.BAD_PARAMETERS);
        }
        if (!enabled) {
            return new CallResult(Win32Code.INVALID_STATE, ReasonCode.GP_DENIED);
        }
        if (state == HostedNetworkState.IDLE) {
            state = HostedNetworkState.ACTIVE;
            emit.accept(new HostedNetworkEvent.StateChanged(HostedNetworkState.IDLE, state, ReasonCode.SUCCESS));
        }
        return CallResult.OK;
    }

    synchronized CallResult stop() {
        CallResult failure = faultResult();
        if (failure != null) {
            return failure;
        }
        if (!elevated) {
            return new CallResult(Win32Code.ACCESS_DENIED, ReasonCode.ELEVATION_REQUIRED);
        }
        goIdle(USER_ACTION);
        return CallResult.OK;
    }

    private void goIdle(ReasonCode reason) {
        if (state == HostedNetworkState.ACTIVE) {
            peers.clear();
            if (secondaryKey != null && !secondaryPersistent) {
                setUserKey(null, false, false); // a temporary key lasts for the run it was set in
            }
            state = HostedNetworkState.IDLE;
            emit.accept(new HostedNetworkEvent.StateChanged(HostedNetworkState.ACTIVE, state, reason));
        }
    }

    synchronized HostedNetworkStatus status() throws HostedNetworkException {
        if (fault == ServiceFault.UNSUPPORTED) {
            return HostedNetworkStatus.ofState(HostedNetworkState.UNAVAILABLE);
        }
        check("query the status", false);
        if (state != HostedNetworkState.ACTIVE) {
            return new HostedNetworkStatus(state, SimulatedHostedNetwork.DEVICE_ID, "", 0, 0, List.of());
        }
        List<Peer> list = new ArrayList<>();
        peers.forEach(mac -> list.add(new Peer(mac, true)));
        return new HostedNetworkStatus(state, SimulatedHostedNetwork.DEVICE_ID, "02:11:22:33:44:55", 7, 2437, list);
    }

    /** Throws what a query meets: the fault, or 1610 when it needs settings that do not exist yet. */
    synchronized void check(String operation, boolean needsSsid) throws HostedNetworkException {
        CallResult failure = faultResult();
        if (failure == null && needsSsid && ssid == null) {
            failure = new CallResult(Win32Code.BAD_CONFIGURATION, ReasonCode.SUCCESS);
        }
        if (failure != null) {
            throw new HostedNetworkException(operation, failure);
        }
    }

    synchronized ConnectionSettings connectionSettings() throws HostedNetworkException {
        check("query the connection settings", true);
        return new ConnectionSettings(ssid, maxPeers);
    }

    synchronized boolean enabled() {
        return enabled;
    }

    synchronized SecondaryKeyInfo secondaryKeyInfo() {
        return secondaryKey == null ? SecondaryKeyInfo.NONE
            : new SecondaryKeyInfo(true, secondaryPassphrase, secondaryPersistent);
    }

    /**
     * WlanHostedNetworkSetSecondaryKey with a passphrase: 8 to 63 printable ASCII characters, else 87 (the native
     * call counts the NUL, 9 to 64; here the bytes come without it). The state and the peers are untouched.
     */
    synchronized CallResult setSecondaryPassphrase(byte[] passphrase, boolean persistent) {
        CallResult failure = faultResult();
        if (failure != null) {
            return failure;
        }
        if (passphrase.length < 8 || passphrase.length > 63) {
            return new CallResult(Win32Code.INVALID_PARAMETER, ReasonCode.BAD_PARAMETERS);
        }
        for (byte b : passphrase) {
            if (b < 32 || b > 126) {
                return new CallResult(Win32Code.INVALID_PARAMETER, ReasonCode.BAD_PARAMETERS);
            }
        }
        setUserKey(passphrase, true, persistent);
        return CallResult.OK;
    }

    /** @return the secondary key as characters (ASCII passphrase), or null when none is set */
    synchronized char[] secondaryKeyChars() {
        if (secondaryKey == null) {
            return null;
        }
        char[] c = new char[secondaryKey.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (secondaryKey[i] & 0xff);
        }
        return c;
    }

    /**
     * The station profile as Windows is believed to give it (UNCONFIRMED, see the manual's
     * windows-binary-contract.md): UTF-16LE XML with the system key in clear-text keyMaterial, the terminating NUL
     * counted; 1610 until an SSID is set.
     */
    synchronized byte[] stationProfile() throws HostedNetworkException {
        check("query the station profile", true);
        return SimulatedProfile.utf16(ssid, profileKey ? primaryKey : null);
    }

    /** @return a copy of the secondary key's bytes, or null when none is set (for tests and demos only) */
    synchronized byte[] secondaryKey() {
        return secondaryKey == null ? null : secondaryKey.clone();
    }

    /** Sets (or with null removes) the secondary key, as the stand-in's test controls allow. */
    synchronized void setUserKey(byte[] key, boolean passphrase, boolean persistent) {
        if (secondaryKey != null) {
            Arrays.fill(secondaryKey, (byte) 0);
        }
        secondaryKey = key == null ? null : key.clone();
        secondaryPassphrase = passphrase;
        secondaryPersistent = persistent;
    }

    synchronized void setProfileKey(boolean on) {
        profileKey = on;
    }

    synchronized void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            goIdle(PROPERTIES_CHANGE);
        }
    }

    synchronized boolean peerArrive(String mac) {
        if (state != HostedNetworkState.ACTIVE || peers.size() >= maxPeers || !peers.add(mac)) {
            return false;
        }
        emit.accept(new HostedNetworkEvent.PeerChanged(new Peer(mac, true), false, new ReasonCode(20)));
        return true;
    }

    synchronized boolean peerDepart(String mac) {
        if (!peers.remove(mac)) {
            return false;
        }
        emit.accept(new HostedNetworkEvent.PeerChanged(new Peer(mac, false), true, new ReasonCode(21)));
        return true;
    }

    synchronized HostedNetworkState state() {
        return fault == ServiceFault.UNSUPPORTED ? HostedNetworkState.UNAVAILABLE : state;
    }

    private byte[] newKey() {
        byte[] key = new byte[16];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) Passphrases.ALPHABET.charAt(random.nextInt(Passphrases.ALPHABET.length()));
        }
        return key;
    }
}
