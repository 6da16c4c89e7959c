package dev.hostednet.wlan;

import java.util.function.Consumer;

/**
 * What {@code backend=auto} gives off Windows: the state reads unavailable and every operation fails with
 * ERROR_CALL_NOT_IMPLEMENTED, whose advice names {@code backend=simulated}. A rotation never appears to succeed
 * when nothing was rotated.
 */
public final class UnavailableHostedNetwork implements HostedNetwork {

    private static final CallResult NOT_HERE = new CallResult(Win32Code.CALL_NOT_IMPLEMENTED, ReasonCode.UNSPECIFIED);

    @Override
    public String backendName() {
        return "unavailable";
    }

    @Override
    public CallResult refreshSecuritySettings() {
        return NOT_HERE;
    }

    @Override
    public CallResult initSettings() {
        return NOT_HERE;
    }

    @Override
    public CallResult forceStart() {
        return NOT_HERE;
    }

    @Override
    public CallResult forceStop() {
        return NOT_HERE;
    }

    @Override
    public HostedNetworkStatus queryStatus() {
        return HostedNetworkStatus.ofState(HostedNetworkState.UNAVAILABLE);
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        throw new HostedNetworkException("query the connection settings", NOT_HERE);
    }

    @Override
    public SecuritySettings querySecuritySettings() throws HostedNetworkException {
        throw new HostedNetworkException("query the security settings", NOT_HERE);
    }

    @Override
    public boolean queryEnabled() throws HostedNetworkException {
        throw new HostedNetworkException("query whether the Hosted Network is enabled", NOT_HERE);
    }

    @Override
    public SecondaryKeyInfo querySecondaryKey() throws HostedNetworkException {
        throw new HostedNetworkException("query the secondary key", NOT_HERE);
    }

    @Override
    public AutoCloseable subscribe(Consumer<HostedNetworkEvent> listener) {
        return () -> { };
    }

    @Override
    public void close() {
        // nothing native was opened
    }
}
