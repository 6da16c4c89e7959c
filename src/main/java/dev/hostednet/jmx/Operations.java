package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.Outcome;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.Win32Code;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * How an operation of the MBean runs: the refresh rate limit, the native gate with its timeout, and failures
 * turned into an {@link IllegalStateException} (a JDK class, so any client can show it) whose message names the
 * codes in words. Every failure is recorded before it is thrown.
 */
final class Operations {

    private static final System.Logger AUDIT = System.getLogger("dev.hostednet.audit");

    private final NativeGate gate;
    private final NativeWork work;
    private final CallerContext callers;
    private final RefreshLimit limit;
    private final SnapshotStore store;

    Operations(NativeGate gate, NativeWork work, CallerContext callers, RefreshLimit limit, SnapshotStore store) {
        this.gate = gate;
        this.work = work;
        this.callers = callers;
        this.limit = limit;
        this.store = store;
    }

    Caller caller() {
        return callers.current();
    }

    NativeWork work() {
        return work;
    }

    Duration timeout() {
        return gate.timeout();
    }

    OutcomeData operation(String name, String words, Function<HostedNetwork, CallResult> fn, boolean refresh,
                          Role needed) {
        Caller who = callers.current();
        requireRole(name, needed, who);
        if (refresh) {
            refuseIfTooSoon(name, who);
        }
        return orFail(timed(name, words, refresh, who, () -> work.perform(name, words, fn, refresh, who)));
    }

    OutcomeData refreshAndRestart() {
        Caller who = callers.current();
        String name = "refreshSecuritySettingsAndRestart";
        requireRole(name, Role.ADMIN, who); // the restart is a ForceStart
        refuseIfTooSoon(name, who);
        return orFail(timed(name, "refresh the security settings and restart", true, who,
            () -> new RefreshAndRestart(work).run(who)));
    }

    /**
     * The one place every door's caller meets the role an operation needs: Jolokia, the agent's JMX connector and
     * in-process calls all end here, so no door can lend what another refuses. Refused before anything is queued.
     */
    void requireRole(String name, Role needed, Caller who) {
        if (who.role().allows(needed)) {
            return;
        }
        AUDIT.log(System.Logger.Level.WARNING, "hostednet audit: operation={0} caller={1} door={2} outcome=refused"
            + " role={3} needed={4}", name, who.principal(), who.door(), who.role().label(), needed.label());
        throw new SecurityException(name + " needs the " + needed.label() + " role"
            + (needed == Role.ADMIN ? " (Windows reserves it for administrators)" : "") + "; " + who + " has the "
            + who.role().label() + " role. Authenticate as a user with that role (Jolokia: user=NAME with"
            + " password.file=FILE and user.role=" + needed.label() + "; JMX: jmx.password.file=FILE, and a readwrite"
            + " entry in jmx.access.file), or call it from the host's own JVM (the command line with a process id,"
            + " JConsole's Local Process). Nothing was changed.");
    }

    /** A refresh too soon after the last is recorded as a failure that changed nothing, then refused. */
    private void refuseIfTooSoon(String name, Caller who) {
        Instant now = Instant.now();
        Instant next = limit.tryAcquire(now);
        if (next != null) {
            throw new IllegalStateException(unchanged(name, Win32Code.BUSY, who, true, "Refused: the security"
                + " settings were refreshed less than " + limit.interval().toSeconds() + " s ago (refresh.interval);"
                + " the next refresh is allowed at " + next + ". Nothing was changed.").getMessage());
        }
    }

    /** Records an operation that never reached Windows. */
    private OutcomeData unchanged(String name, Win32Code code, Caller who, boolean refresh, String message) {
        HostedNetworkState st = store.get().status().state();
        Outcome o = new Outcome(name, new CallResult(code, ReasonCode.SUCCESS), st, st, Instant.now(), Duration.ZERO);
        return work.record(OutcomeData.of(o, who, message), refresh, null);
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
                    + " ms. Nothing is known to have changed yet: the call is still running, and its outcome will be"
                    + " recorded in LastRefresh and History when it arrives (Mobile Hotspot cancels an asynchronous"
                    + " operation after the same timeout). Check the WLAN AutoConfig service and the wireless"
                    + " driver.");
            }
            throw new IllegalStateException(unchanged(name, Win32Code.TIMEOUT, who, refresh, "Could not " + words
                + ": another native call has been running for over " + ms + " ms, so this one was not started and"
                + " nothing was changed.").getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + words, e);
        }
    }

    /** A query on the gate: no outcome to record, only a clear error when Windows does not answer. */
    <T> T call(String words, Callable<T> task) {
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
