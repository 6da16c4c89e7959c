package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.testing.Eventually;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import dev.hostednet.wlan.Passphrases;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the binding over the combase stand-in can show: UTF-16, apartments, counters, threads. */
class HotspotBindingTest {

    private static final TetherStandin S = TetherStandin.LIB;

    @BeforeEach
    void reset() {
        S.tether_reset();
    }

    @AfterEach
    void nothingLeft() throws InterruptedException {
        Eventually.within(Duration.ofSeconds(2), () -> S.tether_live_threads() == 0);
        assertEquals(0, S.tether_live_objects(), "every interface released");
        assertEquals(0, S.tether_live_strings(), "every HSTRING deleted");
        assertEquals(0, S.tether_live_threads(), "every completion thread ended");
        assertEquals(0, S.tether_live_apartments(), "every RoInitialize balanced");
    }

    private static MobileHotspot open() {
        return MobileHotspot.open(BackendSettings.DEFAULT);
    }

    @Test
    void textCrossesAsUtf16BothWays() throws Exception {
        String ssid = "Café ☕ Ωmega";
        S.tether_set_ssid(TetherStandin.utf8(ssid));
        try (MobileHotspot h = open()) {
            assertEquals(ssid, h.queryConnectionSettings().ssid(), "read through WindowsGetStringRawBuffer");
            assertTrue(h.rotateSystemKey().succeeded());
        }
        byte[] b = new byte[256];
        assertEquals(ssid, new String(b, 0, S.tether_ssid(b, b.length), java.nio.charset.StandardCharsets.UTF_8),
            "written back through WindowsCreateString, unchanged");
    }

    @Test
    void aThreadWithoutRoInitializeIsRefusedAndTheBindingsOwnThreadIsMultithreaded() throws Exception {
        Combase c = Combase.load();
        int hr = CompletableFuture.supplyAsync(() -> {
            try (HString id = HString.of(c, Abi.TETHERING_MANAGER)) {
                return c.RoGetActivationFactory(id.handle(), Abi.MANAGER_STATICS2.memory(), new PointerByReference());
            } catch (WinRtException e) {
                throw new AssertionError(e);
            }
        }).get();
        assertEquals(0x800401F0, hr, "CO_E_NOTINITIALIZED");
        int[] modes = CompletableFuture.supplyAsync(() -> {
            int[] r = {c.RoInitialize(0), c.RoInitialize(Combase.RO_INIT_MULTITHREADED)};
            c.RoUninitialize();
            return r;
        }).get();
        assertEquals(0, modes[0]);
        assertEquals(HResult.RPC_E_CHANGED_MODE, modes[1]);
        try (MobileHotspot h = open()) {
            assertEquals(HostedNetworkState.IDLE, h.queryStatus().state(), "the binding initialised its thread");
            String refused = CompletableFuture.supplyAsync(() -> {
                c.RoInitialize(0); // a host's single-threaded thread calling the backend directly
                try {
                    h.queryStatus();
                    return "answered";
                } catch (HostedNetworkException e) {
                    return e.getMessage();
                } finally {
                    c.RoUninitialize();
                }
            }).get();
            assertTrue(refused.contains("RPC_E_CHANGED_MODE") && refused.contains("agent's native thread"), refused);
        }
    }

    @Test
    void aRotationStopsConfiguresTheNewPassphraseAndLeavesTheHotspotOff() throws Exception {
        S.tether_set_state(TetherStandin.STATE_ON);
        String before = TetherStandin.passphrase();
        try (MobileHotspot h = open()) {
            assertEquals(CallResult.OK, h.rotateSystemKey());
            assertEquals(HostedNetworkState.IDLE, h.queryStatus().state());
        }
        assertEquals("stop;configure", TetherStandin.log());
        String after = TetherStandin.passphrase();
        assertNotEquals(before, after);
        assertEquals(Passphrases.LENGTH, after.length());
        assertEquals("standin-hotspot", ssid(), "the SSID is kept");
    }

    @Test
    void aPassphraseChangeWithRestartStartsOnlyAHotspotThatWasOn() {
        try (MobileHotspot h = open()) {
            assertEquals(CallResult.OK, h.changePassphrase("a passphrase".toCharArray(), true));
            assertEquals("configure", TetherStandin.log(), "off stays off");
            S.tether_set_state(TetherStandin.STATE_ON);
            assertEquals(CallResult.OK, h.changePassphrase("another passphrase".toCharArray(), true));
        }
        assertEquals("configure;stop;configure;start", TetherStandin.log());
        assertEquals("another passphrase", TetherStandin.passphrase());
        assertEquals(TetherStandin.STATE_ON, S.tether_state());
    }

    @Test
    void peersAreReadWhileOnWithTheirMacNormalised() throws Exception {
        S.tether_add_client(TetherStandin.utf8("AA-BB-CC-DD-EE-01"));
        S.tether_add_client(TetherStandin.utf8("02:00:00:00:00:0F"));
        try (MobileHotspot h = open()) {
            assertTrue(h.queryStatus().peers().isEmpty(), "off: no peers");
            S.tether_set_state(TetherStandin.STATE_ON);
            HostedNetworkStatus s = h.queryStatus();
            assertEquals(HostedNetworkState.ACTIVE, s.state());
            assertEquals(java.util.List.of("aa:bb:cc:dd:ee:01", "02:00:00:00:00:0f"),
                s.peers().stream().map(p -> p.mac()).toList());
            assertEquals(8, h.queryConnectionSettings().maxPeers());
            S.tether_set_state(TetherStandin.STATE_IN_TRANSITION);
            assertEquals(HostedNetworkState.IN_TRANSITION, h.queryStatus().state());
        }
    }

    @Test
    void theActivationFactoriesAreMadeOnceForTheBackendsLifeAndReleasedAtClose() throws Exception {
        S.tether_set_state(TetherStandin.STATE_ON);
        S.tether_add_client(TetherStandin.utf8("AA-BB-CC-DD-EE-01"));
        try (MobileHotspot h = open()) {
            for (int i = 0; i < 3; i++) {
                h.queryStatus();
                h.queryConnectionSettings();
                assertEquals(CallResult.OK, h.rotateSystemKey());
                S.tether_set_state(TetherStandin.STATE_ON);
            }
            assertEquals(2, S.tether_factory_activations(), "NetworkInformation and TetheringManagerStatics2, once");
            assertEquals(2, S.tether_live_objects(), "only the two factories are kept between calls");
        }
        // nothingLeft: the factories were released by close, before RoUninitialize
    }

    @Test
    void aSlowCompletionIsPolledThroughIAsyncInfoUntilItCompletes() {
        // How many looks it costs is AsyncWaitTest's, on a clock it controls; here the real binding waits it out.
        S.tether_set_delay_ms(300);
        try (MobileHotspot h = open()) {
            assertEquals(CallResult.OK, h.start());
        }
        assertTrue(S.tether_status_polls() > 0, "get_Status was called");
    }

    @Test
    void keepAliveTurnsTheNoConnectionsTimeoutOffOnlyWhenAsked() throws Exception {
        try (MobileHotspot h = open()) {
            h.queryStatus();
        }
        assertEquals(1, S.tether_timeout_enabled(), "off by default: Windows' timeout is left alone");
        try (MobileHotspot h = MobileHotspot.open(new BackendSettings(Duration.ofSeconds(5), true))) {
            h.queryStatus();
        }
        assertEquals(0, S.tether_timeout_enabled());
        assertTrue(TetherStandin.log().contains("timeout-disabled"));
    }

    @Test
    void keepAliveOnAWindowsWithoutStatics4SaysItIsTooOldAndTheHotspotStillWorks() throws Exception {
        S.tether_set_no_statics4(1);
        List<String> warned = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warned.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(MobileHotspot.class.getName());
        log.addHandler(capture);
        try (MobileHotspot h = MobileHotspot.open(new BackendSettings(Duration.ofSeconds(5), true))) {
            assertEquals(HostedNetworkState.IDLE, h.queryStatus().state(), "the hotspot itself works");
            assertEquals(CallResult.OK, h.rotateSystemKey());
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, S.tether_timeout_enabled(), "Windows' timeout untouched");
        assertEquals(List.of("WARNING " + HotspotCalls.TOO_OLD), warned, "said once, in words");
        assertTrue(HotspotCalls.TOO_OLD.contains("older than Windows 10 2004"));
    }

    @Test
    void aHangingStartIsCancelledAfterTheTimeoutAndReadsGoOn() throws Exception {
        S.tether_set_fault(TetherStandin.FAULT_HANG);
        try (MobileHotspot h = MobileHotspot.open(new BackendSettings(Duration.ofMillis(300), false))) {
            CallResult r = h.start(); // the hang never ends on its own: only the timeout ends this call
            assertEquals(1460, r.code().code());
            String words = r.describe("start the hotspot");
            assertTrue(words.contains("StartTetheringAsync did not complete within 300 ms")
                && words.contains("Nothing is known to have changed yet"), words);
            assertEquals(HostedNetworkState.IDLE, h.queryStatus().state(), "the next call is answered");
        }
        assertEquals("cancel", TetherStandin.log(), "cancelled, closed without refusal, never started");
    }

    @Test
    void closeNeverWaitsForAHangingCall() throws Exception {
        S.tether_set_fault(TetherStandin.FAULT_HANG);
        // A timeout far longer than close can take even on a loaded machine: the call is still hanging when it returns.
        MobileHotspot h = MobileHotspot.open(new BackendSettings(Duration.ofSeconds(10), false));
        CompletableFuture<CallResult> hanging = new CompletableFuture<>();
        Thread stuck = new Thread(() -> {
            hanging.complete(h.start());
            Combase.load().RoUninitialize(); // what the thread's end would do on Windows; keeps the counter exact
        });
        stuck.start();
        Eventually.await(Duration.ofSeconds(10), () -> S.tether_status_polls() > 0, () -> "the call never began");
        h.close(); // as the agent's stop does when its native thread is stuck
        assertFalse(hanging.isDone(), "close returned while the call still hung: it did not wait for it");
        assertEquals(1460, hanging.get().code().code(), "the hanging call still ends, after its timeout");
        stuck.join();
    }

    private static String ssid() {
        byte[] b = new byte[256];
        return new String(b, 0, S.tether_ssid(b, b.length), java.nio.charset.StandardCharsets.UTF_8);
    }
}
