package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.Outcome;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataView;
import javax.management.openmbean.CompositeType;

/**
 * One operation's outcome as JMX shows it: an open CompositeData, so clients need none of our classes. Its items
 * are the components of {@link OutcomeItems}; the getters are the Java view of them (for {@code JMX.newMXBeanProxy})
 * and the names the MXBean framework derives the attribute's type from. Carries
 * codes, names, meaning, states, time, duration and caller; never key material. It says who decided: Windows
 * (its return code and reason) or the agent, which refused before calling Windows (then the codes are -1 and their
 * names empty, so an agent decision never reads as a Win32 answer, and {@code refusal} says why).
 */
public final class OutcomeData implements CompositeDataView {
    private final OutcomeItems items;
    private volatile CompositeData open;

    /** @param items the values, one per item as shown to clients */
    OutcomeData(OutcomeItems items) {
        this.items = items;
    }

    /**
     * @param o the outcome
     * @param who who asked
     * @param words the sentence for the operator
     * @return the JMX view of it
     */
    static OutcomeData of(Outcome o, Caller who, String words) {
        CallResult r = o.result();
        return new OutcomeData(new OutcomeItems(o.operation(), o.succeeded(), r.code().code(), r.code().name(),
            r.reason().code(), r.reason().name(), words, o.stateBefore().label(), o.stateAfter().label(),
            o.started().toString(), o.started().toEpochMilli(), o.duration().toNanos() / 1000, who.principal(),
            who.door(), WINDOWS, ""));
    }

    /** Who decided: Windows answered the call. */
    static final String WINDOWS = "windows";
    /** Who decided: the agent refused before calling Windows. */
    static final String AGENT = "agent";

    /**
     * An operation the agent refused before calling Windows: nothing changed, and no Win32 code is made up for it.
     *
     * @param operation the operation's name
     * @param refusal why: rate-limit, timeout (before the call started) or no-backend
     * @param state the state, before and after alike
     * @param who who asked
     * @param words the sentence for the operator
     * @return the JMX view of it
     */
    static OutcomeData refused(String operation, String refusal, String state, Caller who, String words) {
        java.time.Instant now = java.time.Instant.now();
        return new OutcomeData(new OutcomeItems(operation, false, -1, "", -1, "", words, state, state,
            now.toString(), now.toEpochMilli(), 0, who.principal(), who.door(), AGENT, refusal));
    }

    /** @return the operation, such as refreshSecuritySettings */
    public String getOperation() {
        return items.operation();
    }

    /** @return whether it succeeded */
    public boolean isSucceeded() {
        return items.succeeded();
    }

    /** @return the Win32 return code */
    public int getReturnCode() {
        return items.returnCode();
    }

    /** @return its symbolic name */
    public String getReturnCodeName() {
        return items.returnCodeName();
    }

    /** @return the WLAN_HOSTED_NETWORK_REASON */
    public int getReasonCode() {
        return items.reasonCode();
    }

    /** @return its name */
    public String getReasonCodeName() {
        return items.reasonCodeName();
    }

    /** @return what happened and what to do, in words */
    public String getMessage() {
        return items.message();
    }

    /** @return the state before */
    public String getStateBefore() {
        return items.stateBefore();
    }

    /** @return the state after */
    public String getStateAfter() {
        return items.stateAfter();
    }

    /** @return when it started, ISO-8601 UTC */
    public String getTime() {
        return items.time();
    }

    /** @return when it started, epoch milliseconds */
    public long getTimeMillis() {
        return items.timeMillis();
    }

    /** @return how long the native call took, microseconds */
    public long getDurationMicros() {
        return items.durationMicros();
    }

    /** @return who asked */
    public String getCaller() {
        return items.caller();
    }

    /** @return through which door: jolokia, jmx, local (the command line), host (AsHost) or foreign */
    public String getDoor() {
        return items.door();
    }

    /** @return who decided: windows (it answered) or agent (refused before calling Windows) */
    public String getDecidedBy() {
        return items.decidedBy();
    }

    /** @return why the agent refused (rate-limit, timeout, no-backend), or empty when Windows decided */
    public String getRefusal() {
        return items.refusal();
    }

    /** @return whether the agent's rate limit refused it: a policy decision, not a rotation that failed */
    boolean rateLimited() {
        return AGENT.equals(items.decidedBy()) && "rate-limit".equals(items.refusal());
    }

    /**
     * @param words the new sentence
     * @return this outcome with another message (a coalesced summary of refusals)
     */
    OutcomeData withMessage(String words) {
        return new OutcomeData(items.withMessage(words));
    }

    /** @return whether Windows answered (and so the codes are its own) */
    boolean answeredByWindows() {
        return WINDOWS.equals(items.decidedBy());
    }

    /**
     * MXBean reconstruction, for clients that use {@code JMX.newMXBeanProxy}.
     *
     * @param cd the open data
     * @return the value
     */
    public static OutcomeData from(CompositeData cd) {
        return new OutcomeData(OutcomeOpenType.items(cd));
    }

    /**
     * The open type of an outcome, the same one MXBean introspection derives from the getters (a test holds the
     * two equal); notifications carry outcomes in it.
     */
    static final CompositeType TYPE = OutcomeOpenType.TYPE;

    /**
     * What the MXBean framework calls to turn this value into open data: the outcome is immutable, so its open form
     * is built once and shared by every read of LastRefresh, LastOperation and History, and by its notification.
     *
     * @param ct the type the framework derived (the same as {@link #TYPE}; a test holds them equal)
     * @return the open data
     */
    @Override
    public CompositeData toCompositeData(CompositeType ct) {
        return toCompositeData();
    }

    /** @return this outcome as open data */
    CompositeData toCompositeData() {
        CompositeData c = open;
        if (c == null) {
            c = build();
            open = c;
        }
        return c;
    }

    private CompositeData build() {
        return OutcomeOpenType.data(items);
    }

    @Override
    public String toString() {
        return items.operation() + " by " + items.caller() + " via " + items.door() + ": " + items.message();
    }
}
