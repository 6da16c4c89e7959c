package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.Outcome;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataView;
import javax.management.openmbean.CompositeType;

/**
 * One operation's outcome as JMX shows it: an open CompositeData, so clients need none of our classes. Carries
 * codes, names, meaning, states, time, duration and caller; never key material. It says who decided: Windows
 * (its return code and reason) or the agent, which refused before calling Windows (then the codes are -1 and their
 * names empty, so an agent decision never reads as a Win32 answer, and {@code refusal} says why).
 */
public final class OutcomeData implements CompositeDataView {
    private final String operation;
    private final boolean succeeded;
    private final int returnCode;
    private final String returnCodeName;
    private final int reasonCode;
    private final String reasonCodeName;
    private final String message;
    private final String stateBefore;
    private final String stateAfter;
    private final String time;
    private final long timeMillis;
    private final long durationMicros;
    private final String caller;
    private final String door;
    private final String decidedBy;
    private final String refusal;
    private volatile CompositeData open;

    /** MXBean reconstruction constructor; all components as shown to clients. */
    OutcomeData(String operation, boolean succeeded, int returnCode, String returnCodeName, int reasonCode,
                String reasonCodeName, String message, String stateBefore, String stateAfter, String time,
                long timeMillis, long durationMicros, String caller, String door, String decidedBy, String refusal) {
        this.operation = operation;
        this.succeeded = succeeded;
        this.returnCode = returnCode;
        this.returnCodeName = returnCodeName;
        this.reasonCode = reasonCode;
        this.reasonCodeName = reasonCodeName;
        this.message = message;
        this.stateBefore = stateBefore;
        this.stateAfter = stateAfter;
        this.time = time;
        this.timeMillis = timeMillis;
        this.durationMicros = durationMicros;
        this.caller = caller;
        this.door = door;
        this.decidedBy = decidedBy;
        this.refusal = refusal;
    }

    /**
     * @param o the outcome
     * @param who who asked
     * @param words the sentence for the operator
     * @return the JMX view of it
     */
    static OutcomeData of(Outcome o, Caller who, String words) {
        CallResult r = o.result();
        return new OutcomeData(o.operation(), o.succeeded(), r.code().code(), r.code().name(), r.reason().code(),
            r.reason().name(), words, o.stateBefore().label(), o.stateAfter().label(), o.started().toString(),
            o.started().toEpochMilli(), o.duration().toNanos() / 1000, who.principal(), who.door(), WINDOWS, "");
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
        return new OutcomeData(operation, false, -1, "", -1, "", words, state, state, now.toString(),
            now.toEpochMilli(), 0, who.principal(), who.door(), AGENT, refusal);
    }

    /** @return the operation, such as refreshSecuritySettings */
    public String getOperation() {
        return operation;
    }

    /** @return whether it succeeded */
    public boolean isSucceeded() {
        return succeeded;
    }

    /** @return the Win32 return code */
    public int getReturnCode() {
        return returnCode;
    }

    /** @return its symbolic name */
    public String getReturnCodeName() {
        return returnCodeName;
    }

    /** @return the WLAN_HOSTED_NETWORK_REASON */
    public int getReasonCode() {
        return reasonCode;
    }

    /** @return its name */
    public String getReasonCodeName() {
        return reasonCodeName;
    }

    /** @return what happened and what to do, in words */
    public String getMessage() {
        return message;
    }

    /** @return the state before */
    public String getStateBefore() {
        return stateBefore;
    }

    /** @return the state after */
    public String getStateAfter() {
        return stateAfter;
    }

    /** @return when it started, ISO-8601 UTC */
    public String getTime() {
        return time;
    }

    /** @return when it started, epoch milliseconds */
    public long getTimeMillis() {
        return timeMillis;
    }

    /** @return how long the native call took, microseconds */
    public long getDurationMicros() {
        return durationMicros;
    }

    /** @return who asked */
    public String getCaller() {
        return caller;
    }

    /** @return through which door: jolokia, jmx, local (the command line), host (AsHost) or foreign */
    public String getDoor() {
        return door;
    }

    /** @return who decided: windows (it answered) or agent (refused before calling Windows) */
    public String getDecidedBy() {
        return decidedBy;
    }

    /** @return why the agent refused (rate-limit, timeout, no-backend), or empty when Windows decided */
    public String getRefusal() {
        return refusal;
    }

    /** @return whether the agent's rate limit refused it: a policy decision, not a rotation that failed */
    boolean rateLimited() {
        return AGENT.equals(decidedBy) && "rate-limit".equals(refusal);
    }

    /**
     * @param words the new sentence
     * @return this outcome with another message (a coalesced summary of refusals)
     */
    OutcomeData withMessage(String words) {
        return new OutcomeData(operation, succeeded, returnCode, returnCodeName, reasonCode, reasonCodeName, words,
            stateBefore, stateAfter, time, timeMillis, durationMicros, caller, door, decidedBy, refusal);
    }

    /** @return whether Windows answered (and so the codes are its own) */
    boolean answeredByWindows() {
        return WINDOWS.equals(decidedBy);
    }

    /**
     * MXBean reconstruction, for clients that use {@code JMX.newMXBeanProxy}.
     *
     * @param cd the open data
     * @return the value
     */
    public static OutcomeData from(CompositeData cd) {
        return new OutcomeData((String) cd.get("operation"), (Boolean) cd.get("succeeded"),
            (Integer) cd.get("returnCode"), (String) cd.get("returnCodeName"), (Integer) cd.get("reasonCode"),
            (String) cd.get("reasonCodeName"), (String) cd.get("message"), (String) cd.get("stateBefore"),
            (String) cd.get("stateAfter"), (String) cd.get("time"), (Long) cd.get("timeMillis"),
            (Long) cd.get("durationMicros"), (String) cd.get("caller"), (String) cd.get("door"),
            (String) cd.get("decidedBy"), (String) cd.get("refusal"));
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
        return OutcomeOpenType.data(new Object[] {caller, decidedBy, door, durationMicros, message, operation,
            reasonCode, reasonCodeName, refusal, returnCode, returnCodeName, stateAfter, stateBefore, succeeded, time,
            timeMillis});
    }

    @Override
    public String toString() {
        return operation + " by " + caller + " via " + door + ": " + message;
    }
}
