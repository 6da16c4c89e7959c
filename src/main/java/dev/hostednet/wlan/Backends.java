package dev.hostednet.wlan;

import java.lang.reflect.InvocationTargetException;

/**
 * Opens the backend a {@link BackendKind} names. The Windows backend is loaded by name, so that nothing in this
 * package (or above it) links against JNA: with the simulation, {@code com.sun.jna} is never loaded.
 */
public final class Backends {

    private static final String WIN32 = "dev.hostednet.wlan.win32.Win32HostedNetwork";
    private static final String SIMULATED = "dev.hostednet.wlan.simulated.SimulatedHostedNetwork";
    private static final String WINRT = "dev.hostednet.wlan.winrt.MobileHotspot";

    private Backends() {
    }

    /**
     * @param kind which backend
     * @return an open backend; for {@code AUTO} off Windows, {@link UnavailableHostedNetwork}
     * @throws IllegalStateException when the Windows backend cannot be loaded (the message says why)
     */
    public static HostedNetwork open(BackendKind kind) {
        return choose(kind, BackendSettings.DEFAULT).network();
    }

    /**
     * @param kind which backend
     * @param settings what the backends need of the agent's options
     * @return an open backend, and for {@code AUTO} on Windows why it was chosen
     * @throws IllegalStateException when a Windows backend cannot be loaded (the message says why)
     */
    public static AutoChoice.Chosen choose(BackendKind kind, BackendSettings settings) {
        return switch (kind) {
            case SIMULATED -> new AutoChoice.Chosen(create(SIMULATED), "");
            case HOSTEDNETWORK -> new AutoChoice.Chosen(create(WIN32), "");
            case MOBILEHOTSPOT -> new AutoChoice.Chosen(create(WINRT, settings), "");
            case AUTO -> BackendKind.onWindows() ? AutoChoice.choose(() -> create(WIN32), () -> create(WINRT, settings))
                : new AutoChoice.Chosen(new UnavailableHostedNetwork(), "");
        };
    }

    private static HostedNetwork create(String className, BackendSettings settings) {
        try {
            return (HostedNetwork) Class.forName(className).getMethod("open", BackendSettings.class)
                .invoke(null, settings);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load the backend " + className + ": " + e, e);
        }
    }

    private static HostedNetwork create(String className) {
        try {
            return (HostedNetwork) Class.forName(className).getMethod("open").invoke(null);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw nativeAccess(cause) ? jna(cause) : new IllegalStateException(cause.getMessage(), cause);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (ReflectiveOperationException | Error e) {
            // The trap: JNA's "incompatible native library" is a plain Error thrown once, from its class
            // initializer; every later try sees only NoClassDefFoundError, which read like a missing wlanapi.dll.
            throw nativeAccess(e) ? jna(e) : new IllegalStateException("cannot load the backend " + className + ": "
                + e, e);
        }
    }

    private static boolean nativeAccess(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // JNA's class initializer failing is its own library; a missing wlanapi fails later, in loadLibrary.
            if (String.valueOf(c.getMessage()).contains("Could not initialize class com.sun.jna.Native")) {
                return true;
            }
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().equals("com.sun.jna.Native") && e.getMethodName().equals("<clinit>")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static NativeAccessException jna(Throwable t) {
        String found = String.valueOf(t.getMessage()).strip();
        int cut = found.indexOf("To resolve");
        found = (cut < 0 ? found : found.substring(0, cut)).replaceAll("\\s+", " ").strip();
        return new NativeAccessException("JNA's native library could not be loaded (" + found + "). "
            + NativeAccessException.advice(), t);
    }
}
