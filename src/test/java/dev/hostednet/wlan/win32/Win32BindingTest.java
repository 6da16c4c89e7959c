package dev.hostednet.wlan.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.RecordingListener;
import dev.hostednet.wlan.HostedNetworkEvent;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the native binding can show: memory, handles, raw codes and notification threads. */
class Win32BindingTest {

    private static final Standin S = Standin.LIB;

    @BeforeEach
    void reset() {
        S.standin_reset();
    }

    @Test
    void tenThousandCallsLeaveNoAllocationOutstanding() throws Exception {
        long before = S.standin_outstanding_allocations();
        try (Win32HostedNetwork n = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            n.start();
            S.standin_peer_arrive(StandinBackstage.mac("02:00:00:00:00:01"));
            S.standin_peer_arrive(StandinBackstage.mac("02:00:00:00:00:02"));
            new StandinBackstage().setSecondaryPassphrase("a secondary key", true);
            for (int i = 0; i < 2_000; i++) {
                n.queryStatus();
                n.queryConnectionSettings();
                n.querySecuritySettings();
                n.userKeyInfo();
            }
            for (int i = 0; i < 200; i++) {
                n.start();
                assertEquals(CallResult.OK, n.rotateSystemKey());
            }
        }
        assertTrue(S.standin_calls() >= 10_000);
        assertEquals(before, S.standin_outstanding_allocations());
        assertEquals(0, S.standin_outstanding_allocations());
        assertEquals(0, S.standin_bad_frees());
    }

    @Test
    void failuresThatKeepTheirBuffersStillFreeThem() throws Exception {
        try (Win32HostedNetwork n = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            S.standin_set_fail_with_buffer(1); // a failing call that hands out a buffer all the same
            long before = S.standin_outstanding_allocations();
            for (int i = 0; i < 100; i++) {
                HostedNetworkException e = assertThrows(HostedNetworkException.class, n::queryConnectionSettings);
                assertEquals(5023, e.result().code().code());
            }
            assertEquals(before, S.standin_outstanding_allocations(), "every buffer of a failed call freed");
        } finally {
            S.standin_set_fail_with_buffer(0);
        }
        assertEquals(0, S.standin_outstanding_allocations());
    }

    @Test
    void theSecondaryKeyIsWipedBeforeItIsFreed() throws Exception {
        try (Win32HostedNetwork n = Win32HostedNetwork.open()) {
            new StandinBackstage().setSecondaryPassphrase("a secondary key", true);
            long before = S.standin_unwiped_key_frees();
            for (int i = 0; i < 10; i++) {
                assertTrue(n.userKeyInfo().set());
            }
            assertEquals(before, S.standin_unwiped_key_frees(), "no key bytes left in freed memory");
        }
        assertEquals(0, S.standin_outstanding_allocations());
    }

    @Test
    void invalidParameterAndInvalidHandleComeBackFromTheRealCall() {
        WlanHostedApi api = WlanHostedApi.load();
        IntByReference reason = new IntByReference();
        assertEquals(87, api.WlanHostedNetworkRefreshSecuritySettings(null, reason, null), "NULL handle");
        PointerByReference h = new PointerByReference();
        assertEquals(0, api.WlanOpenHandle(2, null, new IntByReference(), h));
        assertEquals(87, api.WlanHostedNetworkRefreshSecuritySettings(h.getValue(), reason, new Pointer(1)),
            "reserved not NULL");
        api.WlanCloseHandle(h.getValue(), null);
        assertEquals(6, api.WlanHostedNetworkRefreshSecuritySettings(h.getValue(), reason, null), "closed handle");
        assertTrue(CallResult.of(87, 2).describe("refresh").contains("bug of the agent"));
    }

    @Test
    void aRestartedServiceGetsANewHandleAndTheOldOneIsGone() {
        try (Win32HostedNetwork n = Win32HostedNetwork.open()) {
            assertEquals(CallResult.OK, n.rotateSystemKey());
            Pointer first = currentHandle(n);
            S.standin_restart_service();
            assertEquals(CallResult.OK, n.rotateSystemKey());
            assertTrue(!currentHandle(n).equals(first), "a new handle was opened");
            assertEquals(1, S.standin_open_handles());
        }
        assertEquals(0, S.standin_open_handles());
    }

    @Test
    void aStoppedServiceAtOpenTimeIsReportedAndTheBackendRecovers() throws Exception {
        S.standin_set_fault(1);
        try (Win32HostedNetwork n = Win32HostedNetwork.open()) {
            assertEquals(1062, n.rotateSystemKey().code().code());
            S.standin_set_fault(0);
            assertEquals(HostedNetworkState.IDLE, n.queryStatus().state());
        }
    }

    @Test
    void aBurstOfNotificationsIsDeliveredInFullFromTheStandinsThread() throws Exception {
        try (Win32HostedNetwork n = Win32HostedNetwork.open()) {
            RecordingListener events = new RecordingListener();
            AtomicInteger radio = new AtomicInteger();
            try (AutoCloseable a = n.subscribe(events);
                 AutoCloseable b = n.subscribe(e -> {
                     if (e instanceof HostedNetworkEvent.RadioChanged r && r.softwareOn() && r.hardwareOn()) {
                         radio.incrementAndGet();
                     }
                 })) {
                S.standin_notify_burst(1000);
                assertEquals(0, S.standin_wait_notifications_idle(10_000));
                assertEquals(1000, radio.get());
                assertEquals(1000, events.events.size());
                assertTrue(events.threads.stream().noneMatch(t -> t.equals(Thread.currentThread().getName())));
            }
            S.standin_notify_burst(10);
            S.standin_wait_notifications_idle(5000);
            assertEquals(1000, radio.get(), "unregistered: nothing more");
        }
        assertEquals(0, S.standin_reentrant_calls());
    }

    private static Pointer currentHandle(Win32HostedNetwork n) {
        return n.currentHandle();
    }
}
