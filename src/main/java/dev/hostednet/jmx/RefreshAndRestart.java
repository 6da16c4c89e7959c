package dev.hostednet.jmx;

import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkState;

/**
 * Refresh, then start again only if the network was active before: the refresh itself always leaves an active
 * network idle. Both steps are recorded on their own ({@link Operation#REFRESH}, {@link Operation#RESTART}); the
 * combined outcome, returned to the caller but not recorded, names the step that failed.
 */
final class RefreshAndRestart {

    private final NativeWork work;

    RefreshAndRestart(NativeWork work) {
        this.work = work;
    }

    OutcomeData run(Caller who) {
        OutcomeData refresh = work.perform(Operation.REFRESH, who, HostedNetwork::rotateSystemKey, null);
        if (!refresh.isSucceeded() || !HostedNetworkState.ACTIVE.label().equals(refresh.getStateBefore())) {
            return combine(refresh, refresh, refresh.getMessage());
        }
        OutcomeData start = work.perform(Operation.RESTART, who, HostedNetwork::start, null);
        String message = start.isSucceeded()
            ? "Done: refreshed the security settings and restarted the Hosted Network. A new primary key is in place;"
                + " give it to every client."
            : "The security settings were refreshed (the new key is in place), but the restart failed: "
                + start.getMessage();
        return combine(refresh, start, message);
    }

    private static OutcomeData combine(OutcomeData refresh, OutcomeData last, String message) {
        return new OutcomeData(new OutcomeItems(Operation.REFRESH_AND_RESTART.label(), last.isSucceeded(),
            last.getReturnCode(), last.getReturnCodeName(), last.getReasonCode(), last.getReasonCodeName(), message,
            refresh.getStateBefore(), last.getStateAfter(), refresh.getTime(), refresh.getTimeMillis(),
            refresh.getDurationMicros() + (last == refresh ? 0 : last.getDurationMicros()), refresh.getCaller(),
            refresh.getDoor(), last.getDecidedBy(), last.getRefusal()));
    }
}
