package dev.hostednet.jmx;

import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.SecuritySettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the attributes show, as one immutable value. Readers take one reference and so always see the
 * state, the last codes and the counters of the same moment; writers replace it as a whole.
 *
 * @param status the last status read (or the state a notification announced)
 * @param settings the connection settings, or null while unknown
 * @param security the algorithms, or null while unknown
 * @param secondaryKey whether a secondary key is set, or null while unknown
 * @param queryError why the last status or property read failed, or "" when it worked
 * @param lastOperation the last refresh, start or stop, or null before the first
 * @param lastRefresh the last refresh, or null before the first
 * @param lastAnswer the last outcome Windows decided (not one the agent refused), or null before the first
 * @param refreshCount refreshes that succeeded
 * @param failedRefreshCount refreshes that failed (or never reached the native layer)
 * @param history the last outcomes that reached Windows, newest last
 * @param refusals runs of outcomes the agent decided, coalesced (they never evict the history's)
 * @param keys rotations of each key, counted by operation
 * @param updated when this snapshot was made
 */
record Snapshot(HostedNetworkStatus status, ConnectionSettings settings, SecuritySettings security,
                SecondaryKeyInfo secondaryKey, String queryError, OutcomeData lastOperation, OutcomeData lastRefresh,
                OutcomeData lastAnswer, long refreshCount, long failedRefreshCount, List<OutcomeData> history,
                List<Refusals> refusals, KeyRotations keys, Instant updated) {

    static Snapshot initial(HostedNetworkState state) {
        return new Snapshot(HostedNetworkStatus.ofState(state), null, null, null, "", null, null, null, 0, 0,
            List.of(), List.of(), KeyRotations.NONE, Instant.now());
    }

    Snapshot withStatus(HostedNetworkStatus s, String error) {
        return new Snapshot(s, settings, security, secondaryKey, error, lastOperation, lastRefresh, lastAnswer,
            refreshCount, failedRefreshCount, history, refusals, keys, Instant.now());
    }

    Snapshot withQueryError(String error) {
        return withStatus(status, error);
    }

    /** A state announced by a notification; the details come with the next status read. */
    Snapshot withState(HostedNetworkState state) {
        HostedNetworkStatus s = state == status.state() ? status
            : new HostedNetworkStatus(state, status.deviceId(), state == HostedNetworkState.ACTIVE ? status.bssid() : "",
                0, 0, List.of());
        return withStatus(s, queryError);
    }

    Snapshot withProperties(ConnectionSettings c, SecuritySettings sec, SecondaryKeyInfo key) {
        return new Snapshot(status, c, sec, key, queryError, lastOperation, lastRefresh, lastAnswer,
            refreshCount, failedRefreshCount, history, refusals, keys, Instant.now());
    }

    /**
     * @param op the operation the outcome was recorded for: a refresh counts in the refresh figures, and a rotation
     *     in its key's
     * @param o the outcome
     * @param after the status read after the call, or null when none was read
     * @param limit how many outcomes the history keeps
     */
    Snapshot withOutcome(Operation op, OutcomeData o, HostedNetworkStatus after, int limit) {
        List<OutcomeData> h = history;
        List<Refusals> r = refusals;
        if (o.answeredByWindows()) {
            List<OutcomeData> n = new ArrayList<>(history.size() + 1);
            n.addAll(history.size() >= limit ? history.subList(history.size() - limit + 1, history.size()) : history);
            n.add(o);
            h = List.copyOf(n);
        } else {
            r = Refusals.add(refusals, o);
        }
        // A rate-limit refusal is the agent's policy, not a refresh that failed: it moves neither LastRefresh nor
        // the failure counts, so no caller can raise an alert by asking too often.
        boolean counted = op.isRefresh() && !o.rateLimited();
        return new Snapshot(after != null ? after : status, settings, security, secondaryKey, queryError, o,
            counted ? o : lastRefresh, o.answeredByWindows() ? o : lastAnswer,
            refreshCount + (counted && o.isSucceeded() ? 1 : 0),
            failedRefreshCount + (counted && !o.isSucceeded() ? 1 : 0), h, r, keys.with(op, o), Instant.now());
    }

    /** @return History as shown: the outcomes that reached Windows and the refusal runs, oldest first */
    List<OutcomeData> historyView() {
        if (refusals.isEmpty()) {
            return history;
        }
        List<OutcomeData> all = new ArrayList<>(history);
        refusals.forEach(x -> all.add(x.entry()));
        all.sort(java.util.Comparator.comparingLong(OutcomeData::getTimeMillis));
        return List.copyOf(all);
    }
}
