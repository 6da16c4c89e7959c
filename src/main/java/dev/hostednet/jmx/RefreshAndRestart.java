package dev.hostednet.jmx;

import dev.hostednet.wlan.HostedNetwork;

/**
 * Refresh, then start again only if the network was active before: the refresh itself always leaves an active
 * network idle. Both steps are recorded on their own; the combined outcome names the step that failed.
 */
final class RefreshAndRestart {

    private final NativeWork work;

    RefreshAndRestart(NativeWork work) {
        this.work = work;
    }

    OutcomeData run(Caller who) {
        OutcomeData refresh = work.perform("refreshSecuritySettings", "refresh the security settings",
            HostedNetwork::refreshSecuritySettings, true, who, null);
        if (!refresh.isSucceeded() || !"active".equals(refresh.getStateBefore())) {
            return combine(refresh, refresh, refresh.getMessage());
        }
        OutcomeData start = work.perform("start", "restart the Hosted Network after the refresh",
            HostedNetwork::forceStart, false, who, null);
        String message = start.isSucceeded()
            ? "Done: refreshed the security settings and restarted the Hosted Network. A new primary key is in place;"
                + " give it to every client."
            : "The security settings were refreshed (the new key is in place), but the restart failed: "
                + start.getMessage();
        return combine(refresh, start, message);
    }

    private static OutcomeData combine(OutcomeData refresh, OutcomeData last, String message) {
        return new OutcomeData("refreshSecuritySettingsAndRestart", last.isSucceeded(), last.getReturnCode(),
            last.getReturnCodeName(), last.getReasonCode(), last.getReasonCodeName(), message,
            refresh.getStateBefore(), last.getStateAfter(), refresh.getTime(), refresh.getTimeMillis(),
            refresh.getDurationMicros() + (last == refresh ? 0 : last.getDurationMicros()), refresh.getCaller(),
            refresh.getDoor(), last.getDecidedBy(), last.getRefusal());
    }
}
