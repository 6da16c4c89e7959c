package dev.hostednet.wlan;

import java.lang.reflect.InvocationTargetException;

/**
 * The one backend factory: opens the backend a {@link BackendKind} names. The Windows backends are loaded by name,
 * so that nothing in this package (or above it) links against JNA: with the simulation, {@code com.sun.jna} is
 * never loaded. Whichever backend is asked for, a failure of JNA's own native library is told apart from a missing
 * Windows library.
 */
public final class Backends {

    /** The classes behind the kinds, and whether their {@code open} takes the settings. */
    private enum Implementation {
        HOSTEDNETWORK("dev.hostednet.wlan.win32.Win32HostedNetwork", false),
        MOBILEHOTSPOT("dev.hostednet.wlan.winrt.MobileHotspot", true),
        SIMULATED("dev.hostednet.wlan.simulated.SimulatedHostedNetwork", true);

        private final String className;
        private final boolean takesSettings;

        Implementation(String className, boolean takesSettings) {
            this.className = className;
            this.takesSettings = takesSettings;
        }
    }

    private Backends() {
    }

    /**
     * @param kind which backend
     * @return an open backend; for {@code AUTO} off Windows, {@link UnavailableHostedNetwork}
     * @throws IllegalStateException when a Windows backend cannot be loaded (the message says why); a
     *     {@link NativeAccessException} when JNA's own native library is what failed
     */
    public static HostedNetwork open(BackendKind kind) {
        return choose(kind, BackendSettings.DEFAULT).network();
    }

    /**
     * @param kind which backend
     * @param settings what the backends need of the agent's options
     * @return an open backend, and for {@code AUTO} on Windows why it was chosen
     * @throws IllegalStateException when a Windows backend cannot be loaded (the message says why); a
     *     {@link NativeAccessException} when JNA's own native library is what failed
     */
    public static AutoChoice.Chosen choose(BackendKind kind, BackendSettings settings) {
        return choose(kind, settings, BackendKind.onWindows());
    }

    /** As {@link #choose(BackendKind, BackendSettings)}, with where it runs given: a seam for the tests of auto. */
    static AutoChoice.Chosen choose(BackendKind kind, BackendSettings settings, boolean onWindows) {
        return switch (kind) {
            case SIMULATED -> new AutoChoice.Chosen(create(Implementation.SIMULATED, settings), "");
            case HOSTEDNETWORK -> new AutoChoice.Chosen(create(Implementation.HOSTEDNETWORK, settings), "");
            case MOBILEHOTSPOT -> new AutoChoice.Chosen(create(Implementation.MOBILEHOTSPOT, settings), "");
            case AUTO -> onWindows
                ? AutoChoice.choose(() -> create(Implementation.HOSTEDNETWORK, settings),
                    () -> create(Implementation.MOBILEHOTSPOT, settings))
                : new AutoChoice.Chosen(new UnavailableHostedNetwork(), "");
        };
    }

    /**
     * Loads a backend by name, so that nothing here links against JNA, and says which library failed. The trap:
     * JNA's "incompatible native library" is a plain Error thrown once, from its class initializer; every later try
     * sees only NoClassDefFoundError, and a backend that wraps its own load failure hides it one cause deeper. Both
     * read like a missing wlanapi.dll or combase.dll unless the whole cause chain is searched.
     */
    private static HostedNetwork create(Implementation impl, BackendSettings settings) {
        try {
            Class<?> c = Class.forName(impl.className);
            Object network = impl.takesSettings ? c.getMethod("open", BackendSettings.class).invoke(null, settings)
                : c.getMethod("open").invoke(null);
            return (HostedNetwork) network;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtualMachineError v) {
                throw v;
            }
            throw nativeAccess(cause) ? jna(cause) : new IllegalStateException(cause.getMessage(), cause);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (ReflectiveOperationException | Error e) {
            throw nativeAccess(e) ? jna(e) : new IllegalStateException("cannot load the backend " + impl.className
                + ": " + e, e);
        }
    }

    private static boolean nativeAccess(Throwable t) {
        return jnaFailure(t) != null;
    }

    /** @return the throwable in the chain that is JNA's own failure, or null when JNA loaded */
    private static Throwable jnaFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // JNA's class initializer failing is its own library; a missing wlanapi fails later, in loadLibrary.
            if (String.valueOf(c.getMessage()).contains("Could not initialize class com.sun.jna.Native")) {
                return c;
            }
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getClassName().equals("com.sun.jna.Native") && e.getMethodName().equals("<clinit>")) {
                    return c;
                }
            }
        }
        return null;
    }

    private static NativeAccessException jna(Throwable t) {
        String found = String.valueOf(jnaFailure(t).getMessage()).strip();
        int cut = found.indexOf("To resolve");
        found = (cut < 0 ? found : found.substring(0, cut)).replaceAll("\\s+", " ").strip();
        return new NativeAccessException("JNA's native library could not be loaded (" + found + "). "
            + NativeAccessException.advice(), t);
    }
}
