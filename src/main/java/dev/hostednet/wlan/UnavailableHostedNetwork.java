package dev.hostednet.wlan;

import java.util.function.Consumer;

/**
 * What {@code backend=auto} gives off Windows: the state reads unavailable and every operation fails with
 * ERROR_CALL_NOT_IMPLEMENTED, whose advice names {@code backend=simulated}. A rotation never appears to succeed
 * when nothing was rotated.
 */
public final class UnavailableHostedNetwork implements HostedNetwork {

    private final String name;
    private final CallResult failure;

    /** The backend {@code auto} gives off Windows: every call fails with ERROR_CALL_NOT_IMPLEMENTED. */
    public UnavailableHostedNetwork() {
        this("unavailable", new CallResult(Win32Code.CALL_NOT_IMPLEMENTED, ReasonCode.UNSPECIFIED));
    }

    /**
     * @param name what {@link #backendName()} says
     * @param failure what every call returns
     */
    public UnavailableHostedNetwork(String name, CallResult failure) {
        this.name = name;
        this.failure = failure;
    }

    @Override
    public String backendName() {
        return name;
    }

    @Override
    public String unavailableReason() {
        return Diagnosis.advice(failure.code(), failure.reason());
    }

    @Override
    public CallResult rotateSystemKey() {
        return failure;
    }

    @Override
    public CallResult setUserKey(byte[] passphrase, boolean persistent) {
        return failure;
    }
    @Override
    public CallResult start() {
        return failure;
    }

    @Override
    public CallResult stop() {
        return failure;
    }

    @Override
    public HostedNetworkStatus queryStatus() {
        return HostedNetworkStatus.ofState(HostedNetworkState.UNAVAILABLE);
    }

    @Override
    public ConnectionSettings queryConnectionSettings() throws HostedNetworkException {
        throw new HostedNetworkException("query the connection settings", failure);
    }

    @Override
    public SecuritySettings querySecuritySettings() throws HostedNetworkException {
        throw new HostedNetworkException("query the security settings", failure);
    }
    @Override
    public SecondaryKeyInfo userKeyInfo() throws HostedNetworkException {
        throw new HostedNetworkException("query the secondary key", failure);
    }

    @Override
    public char[] revealUserKey() throws HostedNetworkException {
        throw new HostedNetworkException("query the secondary key", failure);
    }

    @Override
    public byte[] queryStationProfile() throws HostedNetworkException {
        throw new HostedNetworkException("query the station profile", failure);
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
