package dev.hostednet.wlan.winrt;

/** A WinRT call failed: what was called and its HRESULT. Never carries key material. */
final class WinRtException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String what;
    private final int hresult;

    WinRtException(String what, int hresult) {
        super(what + " failed: " + HResult.words(hresult));
        this.what = what;
        this.hresult = hresult;
    }

    /** @return the method that failed */
    String what() {
        return what;
    }

    /** @return the HRESULT */
    int hresult() {
        return hresult;
    }

    /** Throws when {@code hresult} is a failure (negative); S_FALSE and other successes pass. */
    static void check(String what, int hresult) throws WinRtException {
        if (hresult < 0) {
            throw new WinRtException(what, hresult);
        }
    }
}
