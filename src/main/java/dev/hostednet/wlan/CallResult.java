package dev.hostednet.wlan;

import java.util.Objects;

/**
 * What one native call returned: its Win32 code and, where the call has one, the Hosted Network reason.
 *
 * @param code the Win32 return code (Mobile Hotspot's failures keep their HRESULT here, as Win32Code does any number)
 * @param reason the reason code (success when the call gives none)
 * @param detail what the backend knows beyond the codes, in words (Mobile Hotspot: the status by name, Windows'
 *     own message, the HRESULT in Windows' words), or "" when the codes say it all; never key material
 */
public record CallResult(Win32Code code, ReasonCode reason, String detail) {

    /** The result of a call that succeeded. */
    public static final CallResult OK = new CallResult(Win32Code.SUCCESS, ReasonCode.SUCCESS);

    /** Checks the components. */
    public CallResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * @param code the Win32 code
     * @param reason the reason
     */
    public CallResult(Win32Code code, ReasonCode reason) {
        this(code, reason, "");
    }

    /**
     * @param code the Win32 code
     * @param reason the reason number
     * @return the result
     */
    public static CallResult of(int code, int reason) {
        return code == 0 && reason == 0 ? OK : new CallResult(new Win32Code(code), new ReasonCode(reason));
    }

    /** @return whether the call succeeded */
    public boolean succeeded() {
        return code.isSuccess();
    }

    /**
     * @param operation what was attempted, such as "refresh the security settings"
     * @return a sentence for an operator: the codes in words and what to do about them
     */
    public String describe(String operation) {
        if (!detail.isEmpty() && !succeeded()) {
            return "Could not " + operation + ": " + detail;
        }
        return Diagnosis.describe(operation, code, reason);
    }
}
