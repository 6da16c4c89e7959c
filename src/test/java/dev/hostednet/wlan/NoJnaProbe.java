package dev.hostednet.wlan;

/** Run in a JVM whose class path has no JNA: uses the port with the simulation and the auto backend. */
public final class NoJnaProbe {

    private NoJnaProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (HostedNetwork sim = Backends.open(BackendKind.SIMULATED);
             HostedNetwork auto = Backends.open(BackendKind.AUTO)) {
            RecordingListener events = new RecordingListener();
            try (AutoCloseable sub = sim.subscribe(events)) {
                check(sim.queryStatus().state() == HostedNetworkState.ACTIVE, "demo starts active");
                check(sim.rotateSystemKey().succeeded(), "refresh");
                check(events.await(e -> e instanceof HostedNetworkEvent.StateChanged, java.time.Duration.ofSeconds(5)),
                    "event");
            }
            check(auto.queryStatus().state() == HostedNetworkState.UNAVAILABLE, "auto off Windows is unavailable");
            CallResult r = auto.rotateSystemKey();
            check(!r.succeeded(), "auto never pretends");
            System.out.println(r.describe("refresh the security settings"));
        }
        System.out.println("PROBE-OK");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
