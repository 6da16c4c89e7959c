package dev.hostednet.jmx;

/**
 * The items of an outcome as JMX shows it, one component per item: the one list of them. {@link OutcomeOpenType}
 * derives the open type's item names and types from these components, {@link OutcomeData} reads its getters from
 * them, and {@code MBeanInfoTest} holds the type the MXBean framework derives from those getters equal to the
 * derived one; so a component added here without its getter, or a getter without its component, fails a test
 * instead of drifting.
 *
 * @param operation the operation, such as refreshSecuritySettings
 * @param succeeded whether it succeeded
 * @param returnCode the Win32 return code, -1 when the agent decided
 * @param returnCodeName its symbolic name, empty when the agent decided
 * @param reasonCode the WLAN_HOSTED_NETWORK_REASON, -1 when the agent decided
 * @param reasonCodeName its name, empty when the agent decided
 * @param message what happened and what to do, in words
 * @param stateBefore the state before
 * @param stateAfter the state after
 * @param time when it started, ISO-8601 UTC
 * @param timeMillis when it started, epoch milliseconds
 * @param durationMicros how long the native call took, microseconds
 * @param caller who asked
 * @param door through which door: jolokia, jmx, local (the command line), host (AsHost) or foreign
 * @param decidedBy who decided: windows (it answered) or agent (refused before calling Windows)
 * @param refusal why the agent refused (rate-limit, timeout, no-backend), or empty when Windows decided
 */
record OutcomeItems(String operation, boolean succeeded, int returnCode, String returnCodeName, int reasonCode,
                    String reasonCodeName, String message, String stateBefore, String stateAfter, String time,
                    long timeMillis, long durationMicros, String caller, String door, String decidedBy,
                    String refusal) {

    /**
     * @param words the new sentence
     * @return these items with another message
     */
    OutcomeItems withMessage(String words) {
        return new OutcomeItems(operation, succeeded, returnCode, returnCodeName, reasonCode, reasonCodeName, words,
            stateBefore, stateAfter, time, timeMillis, durationMicros, caller, door, decidedBy, refusal);
    }
}
