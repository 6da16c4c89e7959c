package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How an operation of the MBean runs: the role it needs, the key-rotation rate limit, the native gate with its timeout, and failures
 * turned into an {@link IllegalStateException} (a JDK class, so any client can show it) whose message names the
 * codes in words. Every failure is recorded before it is thrown.
 */
final class Operations {

    private final NativeGate gate;
    private final NativeWork work;
    private final CallerContext callers;
    private final RefreshLimit limit;
    private final SnapshotStore store;
    private final UserKeys keys;

    Operations(NativeGate gate, NativeWork work, CallerContext callers, RefreshLimit limit, SnapshotStore store,
               UserKeys keys) {
        this.keys = keys;
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
            return rotation(name, words, who, true, () -> work.perform(name, words, fn, true, who, null));
        }
        return orFail(timed(name, words, false, who, () -> work.perform(name, words, fn, false, who, null)));
    }

    OutcomeData refreshAndRestart() {
        Caller who = callers.current();
        String name = "refreshSecuritySettingsAndRestart";
        requireRole(name, Role.ADMIN, who); // the restart is a ForceStart
        return rotation(name, "refresh the security settings and restart", who, true,
            () -> new RefreshAndRestart(work).run(who));
    }

    /** Sets a new user key: administrative, because it sets a key (as Windows treats anything touching one). */
    OutcomeData rotateUserKey() {
        Caller who = callers.current();
        String name = "rotateUserKey";
        requireRole(name, Role.ADMIN, who);
        String words = "set a new user key";
        return rotation(name, words, who, false, () -> work.perform(name, words, keys::rotate, false, who,
            keys.done()));
    }

    /**
     * A key rotation under the shared limit. Checked before queueing (to refuse early, without waiting behind a
     * slow call) and again on the native thread, where rotations run one at a time: two callers queued together
     * cannot both pass. Only a rotation that changed something starts the interval.
     */
    private OutcomeData rotation(String name, String words, Caller who, boolean refresh, Supplier<OutcomeData> run) {
        Instant next = limit.nextAllowed(Instant.now());
        if (next != null) {
            return orFail(tooSoon(name, who, refresh, next));
        }
        return orFail(timed(name, words, refresh, who, () -> {
            Instant again = limit.nextAllowed(Instant.now());
            if (again != null) {
                return tooSoon(name, who, refresh, again);
            }
            OutcomeData o = run.get();
            if (o.isSucceeded() || !o.getStateBefore().equals(o.getStateAfter())) {
                limit.changed(Instant.now());
            }
            return o;
        }));
    }

    /**
     * The one place every door's caller meets the role an operation needs: Jolokia, the agent's JMX connector and
     * the host's and foreign calls all end here, so no door can lend what another refuses. Refused before anything is queued.
     */
    void requireRole(String name, Role needed, Caller who) {
        if (who.role().allows(needed)) {
            return;
        }
        Audit.log(System.Logger.Level.WARNING, "operation", name, "caller", who.principal(), "door", who.door(),
            "outcome", "refused", "role", who.role().label(), "needed", needed.label());
        // JConsole shows one line of an error: the problem and the next step come first, the details after.
        throw new SecurityException(name + " needs the " + needed.label() + " role, which " + who + " lacks:"
            + " authenticate as a user with it, or use the command line by process id. Nothing was changed.\n"
            + (needed == Role.ADMIN ? "Windows reserves start and stop for administrators, and the agent treats"
                + " setting or reading a key the same way. " : "") + who + " has the " + who.role().label()
            + " role. Jolokia: user=NAME with password.file=FILE and user.role=" + needed.label() + "; JMX:"
            + " jmx.password.file=FILE, and a readwrite entry in jmx.access.file; the command line with a process id,"
            + " as the OS user who runs this JVM. A connector the agent did not open (JConsole's Local Process,"
            + " another Jolokia) has the foreign.role.");
    }

    /** A rotation too soon after the last one that changed something: the agent's refusal, recorded. */
    private OutcomeData tooSoon(String name, Caller who, boolean refresh, Instant next) {
        return refused(name, "rate-limit", who, refresh, "Refused by the agent before calling Windows: a key was"
            + " rotated less than " + limit.interval().toSeconds() + " s ago; the next rotation is allowed at "
            + next.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ". Nothing was changed."
            + "\nThe interval is the option refresh.interval (0 turns the limit off); refreshSecuritySettings,"
            + " refreshSecuritySettingsAndRestart and rotateUserKey share it.");
    }

    /** Records an operation the agent refused before it reached Windows. */
    private OutcomeData refused(String name, String refusal, Caller who, boolean refresh, String message) {
        String state = store.get().status().state().label();
        return work.record(OutcomeData.refused(name, refusal, state, who, message), refresh, null);
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
                    + " ms; check the WLAN AutoConfig service and the wireless driver, then read LastRefresh.\n"
                    + "Nothing is known to have changed yet: the call is still running, and its outcome will be"
                    + " recorded in LastRefresh and History when it arrives (Mobile Hotspot cancels an asynchronous"
                    + " operation after the same timeout).");
            }
            throw new IllegalStateException(refused(name, "timeout", who, refresh, "Could not " + words
                + ": another native call has been running for over " + ms + " ms, so this one was not started; try"
                + " again when it ends (see LastOperation). Nothing was changed.\nThe agent's decision: Windows was"
                + " not called.").getMessage());
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
                + gate.timeout().toMillis() + " ms; check the WLAN AutoConfig service and the wireless driver.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + words, e);
        }
    }
}
