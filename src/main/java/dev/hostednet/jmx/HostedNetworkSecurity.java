package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Outcome;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.Win32Code;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The MXBean. Attributes read the current {@link Snapshot} and never wait; operations go through the
 * {@link NativeGate} and fail with an {@link IllegalStateException} (a JDK class, so any client can show it) whose
 * message names the codes in words. The failure is recorded all the same.
 */
final class HostedNetworkSecurity implements HostedNetworkSecurityMXBean {

    private final SnapshotStore store;
    private final NativeGate gate;
    private final NativeWork work;
    private final CallerContext callers;
    private final RefreshLimit limit;

    HostedNetworkSecurity(SnapshotStore store, NativeGate gate, NativeWork work, CallerContext callers,
                          RefreshLimit limit) {
        this.store = store;
        this.gate = gate;
        this.work = work;
        this.callers = callers;
        this.limit = limit;
    }

    private Snapshot s() {
        return store.get();
    }

    @Override public String getState() {
        return s().status().state().label();
    }

    @Override public String getBackend() {
        return work.backendName();
    }

    @Override public int getLastReturnCode() {
        OutcomeData o = s().lastOperation();
        return o == null ? -1 : o.getReturnCode();
    }

    @Override public String getLastReturnCodeName() {
        OutcomeData o = s().lastOperation();
        return o == null ? "" : o.getReturnCodeName();
    }

    @Override public int getLastReasonCode() {
        OutcomeData o = s().lastOperation();
        return o == null ? -1 : o.getReasonCode();
    }

    @Override public String getLastReasonCodeName() {
        OutcomeData o = s().lastOperation();
        return o == null ? "" : o.getReasonCodeName();
    }

    @Override public String getLastReasonMeaning() {
        OutcomeData o = s().lastOperation();
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
        return s().history();
    }

    @Override public int getPeerCount() {
        return s().status().peers().size();
    }

    @Override public List<PeerData> getPeers() {
        return s().status().peers().stream().map(PeerData::of).toList();
    }

    @Override public String getSsid() {
        return s().settings() == null ? "" : s().settings().ssid();
    }

    @Override public int getMaxPeers() {
        return s().settings() == null ? 0 : s().settings().maxPeers();
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
        return s().security() == null ? "" : s().security().authName();
    }

    @Override public String getCipherAlgorithm() {
        return s().security() == null ? "" : s().security().cipherName();
    }

    @Override public boolean isSecondaryKeySet() {
        return s().secondaryKey() != null && s().secondaryKey().set();
    }

    @Override public boolean isSecondaryKeyPersistent() {
        return s().secondaryKey() != null && s().secondaryKey().persistent();
    }

    @Override public String getQueryError() {
        return s().queryError();
    }

    @Override public String getSnapshotTime() {
        return s().updated().toString();
    }

    @Override public long getNativeTimeoutMillis() {
        return gate.timeout().toMillis();
    }

    @Override public OutcomeData refreshSecuritySettings() {
        return operation("refreshSecuritySettings", "refresh the security settings",
            HostedNetwork::refreshSecuritySettings, true);
    }

    @Override public OutcomeData refreshSecuritySettingsAndRestart() {
        Caller who = callers.current();
        refuseIfTooSoon("refreshSecuritySettingsAndRestart", who);
        return orFail(timed("refreshSecuritySettingsAndRestart", "refresh the security settings and restart", true,
            who, () -> new RefreshAndRestart(work).run(who)));
    }

    @Override public StatusData queryStatus() {
        HostedNetworkStatus st = call("query the status", work::readStatus);
        if (st == null) {
            throw new IllegalStateException(s().queryError());
        }
        return StatusData.of(st);
    }

    @Override public OutcomeData start() {
        return operation("start", "start the Hosted Network", HostedNetwork::forceStart, false);
    }

    @Override public OutcomeData stop() {
        return operation("stop", "stop the Hosted Network", HostedNetwork::forceStop, false);
    }

    @Override public List<OutcomeData> recentOutcomes(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, not " + count);
        }
        List<OutcomeData> h = s().history();
        return h.subList(Math.max(0, h.size() - count), h.size());
    }

    private OutcomeData operation(String name, String words, Function<HostedNetwork, CallResult> fn,
                                  boolean refresh) {
        Caller who = callers.current();
        if (refresh) {
            refuseIfTooSoon(name, who);
        }
        return orFail(timed(name, words, refresh, who, () -> work.perform(name, words, fn, refresh, who)));
    }

    /** A refresh too soon after the last is recorded as a failure that changed nothing, then refused. */
    private void refuseIfTooSoon(String name, Caller who) {
        Instant now = Instant.now();
        Instant next = limit.tryAcquire(now);
        if (next != null) {
            HostedNetworkState st = s().status().state();
            Outcome o = new Outcome(name, new CallResult(Win32Code.BUSY, ReasonCode.SUCCESS), st, st, now,
                Duration.ZERO);
            work.record(OutcomeData.of(o, who, "Refused: the security settings were refreshed less than "
                + limit.interval().toSeconds() + " s ago (refresh.interval); the next refresh is allowed at " + next
                + ". Nothing was changed."), true, null);
            throw new IllegalStateException(s().lastOperation().getMessage());
        }
    }

    private static OutcomeData orFail(OutcomeData o) {
        if (!o.isSucceeded()) {
            throw new IllegalStateException(o.getMessage());
        }
        return o;
    }

    /** Runs on the gate; a task that never started is recorded here as a failure that changed nothing. */
    private OutcomeData timed(String name, String words, boolean refresh, Caller who, Callable<OutcomeData> task) {
        try {
            return gate.call(task);
        } catch (NativeGate.Timeout t) {
            long ms = gate.timeout().toMillis();
            if (t.started()) {
                throw new IllegalStateException("Could not " + words + ": Windows did not answer within " + ms
                    + " ms. The call is still running; its outcome will be recorded in LastRefresh and History when"
                    + " it arrives. Check the WLAN AutoConfig service and the wireless driver.");
            }
            HostedNetworkState st = s().status().state();
            Outcome o = new Outcome(name, new CallResult(Win32Code.TIMEOUT, ReasonCode.SUCCESS), st, st,
                Instant.now(), Duration.ZERO);
            work.record(OutcomeData.of(o, who, "Could not " + words + ": another native call has been running for"
                + " over " + ms + " ms, so this one was not started and nothing was changed."), refresh, null);
            throw new IllegalStateException(s().lastOperation().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + words, e);
        }
    }

    private <T> T call(String words, Callable<T> task) {
        try {
            return gate.call(task);
        } catch (NativeGate.Timeout t) {
            throw new IllegalStateException("Could not " + words + ": Windows did not answer within "
                + gate.timeout().toMillis() + " ms.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + words, e);
        }
    }
}
