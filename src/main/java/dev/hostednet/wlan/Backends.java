package dev.hostednet.wlan;

import java.lang.reflect.InvocationTargetException;

/**
 * Opens the backend a {@link BackendKind} names. The Windows backend is loaded by name, so that nothing in this
 * package (or above it) links against JNA: with the simulation, {@code com.sun.jna} is never loaded.
 */
public final class Backends {

    private static final String WIN32 = "dev.hostednet.wlan.win32.Win32HostedNetwork";
    private static final String SIMULATED = "dev.hostednet.wlan.simulated.SimulatedHostedNetwork";

    private Backends() {
    }

    /**
     * @param kind which backend
     * @return an open backend; for {@code AUTO} off Windows, {@link UnavailableHostedNetwork}
     * @throws IllegalStateException when the Windows backend cannot be loaded (the message says why)
     */
    public static HostedNetwork open(BackendKind kind) {
        return switch (kind) {
            case SIMULATED -> create(SIMULATED);
            case WINDOWS -> create(WIN32);
            case AUTO -> BackendKind.onWindows() ? create(WIN32) : new UnavailableHostedNetwork();
        };
    }

    private static HostedNetwork create(String className) {
        try {
            return (HostedNetwork) Class.forName(className).getMethod("open").invoke(null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load the backend " + className + ": " + e, e);
        }
    }
}
