package dev.hostednet.wlan;

/**
 * Run in a JVM whose JNA finds a native library that is not its own: opens the backend named by the argument the
 * way the agent does (lazily, on first use) and prints what a refresh answers. "auto-on-windows" is auto as it
 * chooses on Windows (the Hosted Network, then Mobile Hotspot), which JNA's failure must not disguise either.
 */
public final class BrokenJnaProbe {

    private BrokenJnaProbe() {
    }

    public static void main(String[] args) {
        HostedNetwork lazy = "auto-on-windows".equals(args[0])
            ? LazyHostedNetwork.choosing("auto", () -> Backends.choose(BackendKind.AUTO, BackendSettings.DEFAULT, true))
            : LazyHostedNetwork.of(BackendKind.parse(args[0]), BackendSettings.DEFAULT);
        try (HostedNetwork network = lazy) {
            CallResult r = network.rotateSystemKey();
            System.out.println("CODE=" + r.code().code());
            System.out.println("WORDS=" + r.describe("refresh the security settings"));
            System.out.println("REASON=" + network.unavailableReason());
        }
    }
}
