package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.ConnectionSettings;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Outcome;
import dev.hostednet.wlan.SecondaryKeyInfo;
import dev.hostednet.wlan.ReasonCode;
import dev.hostednet.wlan.SecuritySettings;
import dev.hostednet.wlan.Win32Code;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The work that touches the backend; runs only on the {@link NativeGate}'s thread. Each operation reads the state
 * before and after, records the outcome in the snapshot, notifies and audits; so a late result (after its caller
 * timed out) is recorded exactly like a prompt one.
 */
final class NativeWork {

    private final HostedNetwork network;
    private final SnapshotStore store;
    private final Notifier notifier;
    private final int historySize;

    private final java.util.function.BooleanSupplier yield;

    /**
     * @param yield tells the background poll to stop early because an operation waits (a slow Windows service
     *     must not make every refresh wait behind four slow property reads)
     */
    NativeWork(HostedNetwork network, SnapshotStore store, Notifier notifier, int historySize,
               java.util.function.BooleanSupplier yield) {
        this.yield = yield;
        this.network = network;
        this.store = store;
        this.notifier = notifier;
        this.historySize = historySize;
    }

    /**
     * @param op the operation
     * @param who who asked
     * @param call the native call
     * @param done the sentence for a success, or null for the usual one
     * @return the recorded outcome
     */
    OutcomeData perform(Operation op, Caller who, Function<HostedNetwork, CallResult> call, String done) {
        String words = words(op);
        String absent = absence();
        if (absent != null) {
            // No backend reaches Windows: the agent decides, and says so, instead of making up a Win32 answer.
            return refuse(op, "no-backend", who, "Could not " + words + ": the agent did not call Windows, because"
                + " no backend can reach it. " + absent);
        }
        HostedNetworkStatus before = readStatus();
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        CallResult result;
        String failure = null;
        try {
            result = call.apply(network);
        } catch (RuntimeException | LinkageError e) {
            // A broken backend is reported like any failure; it never escapes into a caller's or the host's thread.
            result = new CallResult(Win32Code.INTERNAL_ERROR, ReasonCode.UNSPECIFIED);
            failure = "Could not " + words + ": the " + network.backendName() + " backend failed: " + e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        HostedNetworkStatus after = readStatus();
        if (result.succeeded() && op.rotates() == Operation.Key.USER) {
            readUserKey(); // SecondaryKeySet and SecondaryKeyPersistent say so at once, not at the next poll
        }
        HostedNetworkState beforeState = before != null ? before.state() : store.get().status().state();
        HostedNetworkState afterState = after != null ? after.state() : beforeState;
        Outcome o = new Outcome(op.label(), result, beforeState, afterState, start, took);
        String message = failure != null ? failure
            : !result.succeeded() ? result.describe(words)
            : done != null ? done + " The Hosted Network is " + afterState.label() + "."
            : success(words, op.isRefresh(), beforeState, afterState);
        return record(op, OutcomeData.of(o, who, message), after);
    }

    /**
     * Records an operation the agent refused before it reached Windows: nothing changed.
     *
     * @param refusal why: rate-limit, timeout (the call never started) or no-backend
     * @return the recorded outcome
     */
    OutcomeData refuse(Operation op, String refusal, Caller who, String message) {
        String state = store.get().status().state().label();
        return record(op, OutcomeData.refused(op.label(), refusal, state, who, message), null);
    }

    /** @return what the operation does, in words, on this backend's network */
    String words(Operation op) {
        return op.words(() -> ask(network::displayName, "the Hosted Network"));
    }

    /** @return what to check when Windows does not answer, as this backend advises */
    String timeoutAdvice() {
        return ask(network::timeoutAdvice, "check the WLAN AutoConfig service and the wireless driver");
    }

    /** A backend's words about itself; a broken backend's failure is reported by its calls, not by a message. */
    private static String ask(java.util.function.Supplier<String> words, String otherwise) {
        try {
            return words.get();
        } catch (RuntimeException | LinkageError e) {
            return otherwise;
        }
    }

    /** @return why no backend reaches Windows, or null; a broken backend is reported by the call that follows */
    private String absence() {
        try {
            return network.unavailableReason();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** What a success means for the operator; for a refresh, what they must do next. */
    private static String success(String words, boolean refresh, HostedNetworkState before,
                                  HostedNetworkState after) {
        String done = "Done: " + words + ".";
        if (!refresh) {
            return done + " The Hosted Network is " + after.label() + ".";
        }
        return done + " A new primary key is in place; give it to every client."
            + (before == HostedNetworkState.ACTIVE
                ? " The network was active and is now " + after.label() + ": start it again to serve clients." : "");
    }

    /** Records an outcome (also one that never reached Windows), notifies and writes the audit line. */
    private OutcomeData record(Operation op, OutcomeData o, HostedNetworkStatus after) {
        store.update(s -> s.withOutcome(op, o, after, historySize));
        notifier.outcome(op, o);
        Audit.log(o.isSucceeded() ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
            "operation", o.getOperation(), "caller", o.getCaller(), "door", o.getDoor(),
            "outcome", o.isSucceeded() ? "success" : "failure",
            "decided", o.answeredByWindows() ? "windows" : "agent:" + o.getRefusal(),
            "return", o.getReturnCodeName(), "reason", o.getReasonCodeName(),
            "state", o.getStateBefore() + "->" + o.getStateAfter());
        return o;
    }

    /** @return a fresh status, also stored; null when the read failed (the error is stored instead) */
    HostedNetworkStatus readStatus() {
        try {
            HostedNetworkStatus s = network.queryStatus();
            store.update(x -> x.withStatus(s, ""));
            return s;
        } catch (HostedNetworkException e) {
            store.update(x -> x.withQueryError(e.getMessage()));
            return null;
        } catch (RuntimeException | LinkageError e) {
            store.update(x -> x.withQueryError("the backend failed: " + e));
            return null;
        }
    }

    /** @return a fresh status, also stored
     * @throws IllegalStateException with the read's error when it failed */
    HostedNetworkStatus readStatusOrFail() {
        HostedNetworkStatus s = readStatus();
        if (s == null) {
            throw new IllegalStateException(store.get().queryError());
        }
        return s;
    }

    /** Refreshes what the snapshot says of the user key (set, persistent; never the key); a failed read waits for the poll. */
    private void readUserKey() {
        try {
            SecondaryKeyInfo key = network.userKeyInfo();
            store.update(x -> x.withProperties(x.settings(), x.security(), key));
        } catch (HostedNetworkException | RuntimeException | LinkageError e) {
            // the next poll reads it again and records its error
        }
    }

    /** A full refresh of the snapshot: status, then the settings that are not secret. */
    void poll() {
        if (readStatus() == null || yield.getAsBoolean()) {
            return;
        }
        ConnectionSettings c = null;
        SecuritySettings sec = null;
        SecondaryKeyInfo key = null;
        String error = "";
        try {
            sec = network.querySecuritySettings();
            key = network.userKeyInfo();
            c = network.queryConnectionSettings();
        } catch (HostedNetworkException e) {
            error = e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            error = "the backend failed: " + e;
        }
        ConnectionSettings settings = c;
        SecuritySettings security = sec;
        SecondaryKeyInfo secondary = key;
        String failure = error;
        store.update(x -> x.withProperties(settings, security, secondary).withQueryError(failure));
    }

    /**
     * @param read a read that records no outcome (the hand-over's)
     * @return what it read from the backend; runs on the native thread like every call here
     */
    <T> T read(Function<HostedNetwork, T> read) {
        return read.apply(network);
    }

    String backendName() {
        return network.backendName();
    }
}
