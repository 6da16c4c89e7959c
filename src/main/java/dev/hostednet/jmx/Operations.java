package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How an {@link Operation} of the MBean runs: the role it needs, the key-rotation rate limit, the native gate with
 * its timeout, and failures turned into an {@link IllegalStateException} (a JDK class, so any client can show it)
 * whose message names the codes in words. Every failure is recorded before it is thrown. The MBean's one way to the
 * backend: it never reaches the {@link NativeWork} behind this class.
 */
final class Operations {

    private final NativeGate gate;
    private final NativeWork work;
    private final CallerContext callers;
    private final RefreshLimit limit;
    private final UserKeys keys;

    Operations(NativeGate gate, NativeWork work, CallerContext callers, RefreshLimit limit, UserKeys keys) {
        this.keys = keys;
        this.gate = gate;
        this.work = work;
        this.callers = callers;
        this.limit = limit;
    }

    Caller caller() {
        return callers.current();
    }

    Duration timeout() {
        return gate.timeout();
    }

    /** @return the backend's name, as the Backend attribute shows it */
    String backendName() {
        return work.backendName();
    }

    /**
     * Runs an operation that is one native call.
     *
     * @param op the operation
     * @param fn its native call
     * @return the recorded outcome, when it succeeded
     */
    OutcomeData run(Operation op, Function<HostedNetwork, CallResult> fn) {
        Caller who = callers.current();
        requireRole(op, who);
        Supplier<OutcomeData> call = () -> work.perform(op, who, fn, null);
        return op.rotatesAKey() ? rotation(op, who, call) : orFail(timed(op, who, call::get));
    }

    OutcomeData refreshAndRestart() {
        Caller who = callers.current();
        requireRole(Operation.REFRESH_AND_RESTART, who); // the restart is a start
        return rotation(Operation.REFRESH_AND_RESTART, who, () -> new RefreshAndRestart(work).run(who));
    }

    OutcomeData rotateUserKey() {
        Caller who = callers.current();
        requireRole(Operation.ROTATE_USER_KEY, who);
        return rotation(Operation.ROTATE_USER_KEY, who,
            () -> work.perform(Operation.ROTATE_USER_KEY, who, keys::rotate, keys.done()));
    }

    /**
     * A key rotation under the shared limit. Checked before queueing (to refuse early, without waiting behind a
     * slow call) and again on the native thread, where rotations run one at a time: two callers queued together
     * cannot both pass. Only a rotation that changed something starts the interval.
     */
    private OutcomeData rotation(Operation op, Caller who, Supplier<OutcomeData> run) {
        Instant next = limit.nextAllowed(Instant.now());
        if (next != null) {
            return orFail(tooSoon(op, who, next));
        }
        return orFail(timed(op, who, () -> {
            Instant again = limit.nextAllowed(Instant.now());
            if (again != null) {
                return tooSoon(op, who, again);
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
    void requireRole(Operation op, Caller who) {
        Role needed = op.needs();
        if (who.role().allows(needed)) {
            return;
        }
        Audit.operation(System.Logger.Level.WARNING, op, who, "outcome", "refused", "role", who.role().label(),
            "needed", needed.label());
        // JConsole shows one line of an error: the problem and the next step come first, the details after.
        throw new SecurityException(op.label() + " needs the " + needed.label() + " role, which " + who + " lacks:"
            + " authenticate as a user with it, or use the command line by process id. Nothing was changed.\n"
            + (needed == Role.ADMIN ? "Windows reserves start and stop for administrators, and the agent treats"
                + " setting or reading a key the same way. " : "") + who + " has the " + who.role().label()
            + " role. Jolokia: user=NAME with password.file=FILE and user.role=" + needed.label() + "; JMX:"
            + " jmx.password.file=FILE, and a readwrite entry in jmx.access.file; the command line with a process id,"
            + " as the OS user who runs this JVM. A connector the agent did not open (JConsole's Local Process,"
            + " another Jolokia) has the foreign.role.");
    }

    /** A rotation too soon after the last one that changed something: the agent's refusal, recorded. */
    private OutcomeData tooSoon(Operation op, Caller who, Instant next) {
        return work.refuse(op, "rate-limit", who, "Refused by the agent before calling Windows: a key was"
            + " rotated less than " + limit.interval().toSeconds() + " s ago; the next rotation is allowed at "
            + next.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ". Nothing was changed."
            + "\nThe interval is the option refresh.interval (0 turns the limit off); refreshSecuritySettings,"
            + " refreshSecuritySettingsAndRestart and rotateUserKey share it.");
    }

    private static OutcomeData orFail(OutcomeData o) {
        if (!o.isSucceeded()) {
            throw new IllegalStateException(o.getMessage());
        }
        return o;
    }

    /** Runs on the gate; a task that never started is recorded here as a failure that changed nothing. */
    private OutcomeData timed(Operation op, Caller who, Callable<OutcomeData> task) {
        String words = work.words(op);
        try {
            return gate.call(task);
        } catch (NativeGate.Timeout t) {
            long ms = gate.timeout().toMillis();
            if (t.started()) {
                throw new IllegalStateException("Could not " + words + ": Windows did not answer within " + ms
                    + " ms; " + work.timeoutAdvice() + ", then read LastRefresh.\n"
                    + "Nothing is known to have changed yet: the call is still running, and its outcome will be"
                    + " recorded in LastRefresh and History when it arrives (Mobile Hotspot cancels an asynchronous"
                    + " operation after the same timeout).");
            }
            throw new IllegalStateException(work.refuse(op, "timeout", who, "Could not " + words
                + ": another native call has been running for over " + ms + " ms, so this one was not started; try"
                + " again when it ends (see LastOperation). Nothing was changed.\nThe agent's decision: Windows was"
                + " not called.").getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + words, e);
        }
    }

    /** @return a fresh status, read on the native thread (and stored); the read's error when it failed */
    HostedNetworkStatus queryStatus() {
        requireRole(Operation.QUERY_STATUS, callers.current());
        return onGate(work.words(Operation.QUERY_STATUS), work::readStatusOrFail);
    }

    /**
     * A read on the native thread that records no outcome (the hand-over's).
     *
     * @param words what it does, for the error when Windows does not answer ("read the user key")
     * @param read the read
     * @return what it read
     */
    <T> T query(String words, Function<HostedNetwork, T> read) {
        return onGate(words, () -> work.read(read));
    }

    /** A query on the gate: no outcome to record, only a clear error when Windows does not answer. */
    private <T> T onGate(String words, Callable<T> task) {
        try {
            return gate.call(task);
        } catch (NativeGate.Timeout t) {
            throw new IllegalStateException("Could not " + words + ": Windows did not answer within "
                + gate.timeout().toMillis() + " ms; " + work.timeoutAdvice() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + words, e);
        }
    }
}
