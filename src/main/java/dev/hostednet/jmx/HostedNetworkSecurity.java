package dev.hostednet.jmx;

import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import dev.hostednet.wlan.HostedNetworkStatus;
import java.util.List;

/**
 * The MXBean. Attributes read the current {@link Snapshot} and never wait; operations go through the
 * {@link NativeGate} and fail with an {@link IllegalStateException} (a JDK class, so any client can show it) whose
 * message names the codes in words. The failure is recorded all the same.
 */
final class HostedNetworkSecurity implements HostedNetworkSecurityMXBean {

    private final SnapshotStore store;
    private final Operations ops;
    private final KeyHandOver keyHandOver;

    HostedNetworkSecurity(SnapshotStore store, Operations ops, KeyHandOver keyHandOver) {
        this.store = store;
        this.ops = ops;
        this.keyHandOver = keyHandOver;
    }

    private Snapshot s() {
        return store.get();
    }

    @Override public String getState() {
        return s().status().state().label();
    }

    @Override public String getBackend() {
        return ops.backendName();
    }

    @Override public int getLastReturnCode() {
        OutcomeData o = s().lastAnswer();
        return o == null ? -1 : o.getReturnCode();
    }

    @Override public String getLastReturnCodeName() {
        OutcomeData o = s().lastAnswer();
        return o == null ? "" : o.getReturnCodeName();
    }

    @Override public int getLastReasonCode() {
        OutcomeData o = s().lastAnswer();
        return o == null ? -1 : o.getReasonCode();
    }

    @Override public String getLastReasonCodeName() {
        OutcomeData o = s().lastAnswer();
        return o == null ? "" : o.getReasonCodeName();
    }

    @Override public String getLastReasonMeaning() {
        OutcomeData o = s().lastAnswer();
        return o == null ? "" : new ReasonCode(o.getReasonCode()).meaning();
    }

    @Override public OutcomeData getLastRefresh() {
        return s().lastRefresh();
    }

    @Override public OutcomeData getLastOperation() {
        return s().lastOperation();
    }

    @Override public long getRefreshCount() {
        return s().refreshCount();
    }

    @Override public long getFailedRefreshCount() {
        return s().failedRefreshCount();
    }

    @Override public List<OutcomeData> getHistory() {
        return s().historyView();
    }

    @Override public boolean isActive() {
        return s().status().state() == HostedNetworkState.ACTIVE;
    }

    @Override public long getSystemKeyRotationAttempts() {
        return s().keys().system().attempts();
    }

    @Override public long getSystemKeyRotationFailures() {
        return s().keys().system().failures();
    }

    @Override public long getSystemKeyRotationRefusals() {
        return s().keys().system().refusals();
    }

    @Override public long getUserKeyRotationRefusals() {
        return s().keys().user().refusals();
    }

    @Override public long getSystemKeyRotatedEpochSeconds() {
        return s().keys().system().lastSuccessEpochSeconds();
    }

    @Override public boolean isSystemKeyRotationFailed() {
        return s().keys().system().lastFailed();
    }

    @Override public long getUserKeyRotationAttempts() {
        return s().keys().user().attempts();
    }

    @Override public long getUserKeyRotationFailures() {
        return s().keys().user().failures();
    }

    @Override public long getUserKeyRotatedEpochSeconds() {
        return s().keys().user().lastSuccessEpochSeconds();
    }

    @Override public boolean isUserKeyRotationFailed() {
        return s().keys().user().lastFailed();
    }

    @Override public int getPeerCount() {
        return s().status().peers().size();
    }

    @Override public List<PeerData> getPeers() {
        return s().status().peers().stream().map(PeerData::of).toList();
    }

    @Override public String getSsid() {
        ConnectionSettings c = s().settings(); // read once: a failed poll may clear it between two reads
        return c == null ? "" : c.ssid();
    }

    @Override public int getMaxPeers() {
        ConnectionSettings c = s().settings();
        return c == null ? 0 : c.maxPeers();
    }

    @Override public String getBssid() {
        return s().status().bssid();
    }

    @Override public String getPhyType() {
        HostedNetworkStatus st = s().status();
        return st.state() == HostedNetworkState.ACTIVE ? st.phyTypeName() : "";
    }

    @Override public int getChannel() {
        return s().status().channel();
    }

    @Override public int getChannelFrequency() {
        return s().status().channelFrequency();
    }

    @Override public String getAuthAlgorithm() {
        SecuritySettings c = s().security();
        return c == null ? "" : c.authName();
    }

    @Override public String getCipherAlgorithm() {
        SecuritySettings c = s().security();
        return c == null ? "" : c.cipherName();
    }

    @Override public boolean isSecondaryKeySet() {
        SecondaryKeyInfo k = s().secondaryKey();
        return k != null && k.set();
    }

    @Override public boolean isSecondaryKeyPersistent() {
        SecondaryKeyInfo k = s().secondaryKey();
        return k != null && k.persistent();
    }

    @Override public boolean isRevealOn() {
        return keyHandOver.revealOn();
    }

    @Override public String getQueryError() {
        return s().queryError();
    }

    @Override public String getSnapshotTime() {
        return s().updated().toString();
    }

    @Override public long getNativeTimeoutMillis() {
        return ops.timeout().toMillis();
    }

    @Override public OutcomeData refreshSecuritySettings() {
        return ops.run(Operation.REFRESH, HostedNetwork::rotateSystemKey);
    }

    @Override public OutcomeData rotateUserKey() {
        return ops.rotateUserKey();
    }

    @Override public JoinInfoData joinInfo(String key) {
        return keyHandOver.joinInfo(key);
    }

    @Override public OutcomeData refreshSecuritySettingsAndRestart() {
        return ops.refreshAndRestart();
    }

    @Override public StatusData queryStatus() {
        return StatusData.of(ops.queryStatus());
    }

    @Override public OutcomeData start() {
        return ops.run(Operation.START, HostedNetwork::start);
    }

    @Override public OutcomeData stop() {
        return ops.run(Operation.STOP, HostedNetwork::stop);
    }

    @Override public List<OutcomeData> recentOutcomes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, not " + count + ": give 0 for all kept"
                + " outcomes, or N for the newest N.");
        }
        List<OutcomeData> h = s().historyView();
        return count == 0 ? h : h.subList(Math.max(0, h.size() - count), h.size());
    }
}
