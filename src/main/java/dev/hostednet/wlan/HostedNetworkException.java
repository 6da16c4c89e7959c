package dev.hostednet.wlan;

/** A native query failed; the message says what happened in words, with the codes. Never carries key material. */
public final class HostedNetworkException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CallResult result;

    /**
     * @param operation what was attempted, in words
     * @param result the failed call's codes
     */
    public HostedNetworkException(String operation, CallResult result) {
        super(result.describe(operation));
        this.result = result;
    }

    /** @return the codes of the failed call */
    public CallResult result() {
        return result;
    }
}
