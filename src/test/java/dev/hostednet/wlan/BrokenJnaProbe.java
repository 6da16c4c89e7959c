package dev.hostednet.wlan;

/**
 * Run in a JVM whose JNA finds a native library that is not its own: opens the backend named by the argument the
 * way the agent does (lazily, on first use) and prints what a refresh answers.
 */
public final class BrokenJnaProbe {

    private BrokenJnaProbe() {
    }

    public static void main(String[] args) {
        try (HostedNetwork network = LazyHostedNetwork.of(BackendKind.parse(args[0]), BackendSettings.DEFAULT)) {
            CallResult r = network.refreshSecuritySettings();
            System.out.println("CODE=" + r.code().code());
            System.out.println("WORDS=" + r.describe("refresh the security settings"));
            System.out.println("REASON=" + network.unavailableReason());
        }
    }
}
