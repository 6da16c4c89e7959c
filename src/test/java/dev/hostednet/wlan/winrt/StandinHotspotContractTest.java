package dev.hostednet.wlan.winrt;

import java.time.Duration;
import dev.hostednet.testing.Eventually;
import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.HotspotBackstage;
import dev.hostednet.wlan.MobileHotspotContract;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Mobile Hotspot contract against the WinRT binding over the combase stand-in. */
class StandinHotspotContractTest extends MobileHotspotContract {

    private static final TetherStandin S = TetherStandin.LIB;

    @AfterEach
    void everythingReleased() throws InterruptedException {
        hotspot.close();
        Eventually.within(Duration.ofSeconds(2), () -> S.tether_live_threads() == 0);
        assertEquals(0, S.tether_live_objects(), "live objects");
        assertEquals(0, S.tether_live_strings(), "live HSTRINGs");
    }

    /** Binding only: get_Passphrase is called by the two reads of the hand-over, and by nothing else. */
    @Test
    void thePassphraseIsReadOnlyForTheHandOver() throws Exception {
        backstage.setState(1);
        hotspot.queryStatus();
        hotspot.queryConnectionSettings();
        hotspot.userKeyInfo();
        assertEquals(CallResult.OK, hotspot.rotateSystemKey());
        assertEquals(CallResult.OK, hotspot.setUserKey("Rotated-user-key-42".getBytes(StandardCharsets.US_ASCII),
            true));
        assertEquals(0, S.tether_passphrase_reads(), "no read outside the hand-over");
        java.util.Arrays.fill(hotspot.revealUserKey(), '\0');
        java.util.Arrays.fill(hotspot.queryStationProfile(), (byte) 0);
        assertEquals(2, S.tether_passphrase_reads());
    }

    @Override
    protected HotspotBackstage createBackstage() {
        return new HotspotBackstage() {
            @Override
            public HostedNetwork freshHotspot(BackendSettings settings) {
                S.tether_reset();
                return MobileHotspot.open(settings);
            }

            @Override
            public void setFault(HotspotFault fault) {
                S.tether_set_fault(fault.ordinal());
            }

            @Override
            public void setCapability(int capability) {
                S.tether_set_capability(capability);
            }

            @Override
            public void setState(int state) {
                S.tether_set_state(state);
            }

            @Override
            public void setStartFailure(int status, String message) {
                S.tether_set_start_failure(status, TetherStandin.utf8(message));
            }

            @Override
            public void addClient(String mac) {
                S.tether_add_client(TetherStandin.utf8(mac));
            }

            @Override
            public String passphrase() {
                return TetherStandin.passphrase();
            }

            @Override
            public void setPassphrase(String text) {
                S.tether_set_passphrase(TetherStandin.utf8(text));
            }

            @Override
            public String ssid() {
                byte[] b = new byte[256];
                return new String(b, 0, S.tether_ssid(b, b.length), StandardCharsets.UTF_8);
            }

            @Override
            public String log() {
                return TetherStandin.log();
            }

            @Override
            public boolean noConnectionsTimeout() {
                return S.tether_timeout_enabled() != 0;
            }
        };
    }
}
