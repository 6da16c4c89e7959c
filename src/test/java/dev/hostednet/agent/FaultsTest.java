package dev.hostednet.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import dev.hostednet.testing.Eventually;
import dev.hostednet.wlan.win32.Standin;
import dev.hostednet.wlan.win32.StandinBackstage;
import dev.hostednet.wlan.win32.Win32HostedNetwork;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.management.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the Windows side, injected through the native stand-in while JMX and Jolokia clients are connected to
 * an agent on the real binding. After each, the attributes tell the truth, the counters are exact, and the next
 * call works once the fault clears, without restarting the agent.
 */
class FaultsTest {

    private static final Standin S = Standin.LIB;
    private Clients c;
    private final List<Notification> notes = new CopyOnWriteArrayList<>();
    private long ok;
    private long failed;

    @BeforeEach
    void start() throws Exception {
        S.standin_reset();
        try (Win32HostedNetwork setup = Win32HostedNetwork.open()) {
            new StandinBackstage().initSettings();
            setup.start();
        }
        // No timed poll: a poll in flight when a hang starts would make the next refresh wait (and time out) behind
        // it, which is right but not what these tests look at. Notifications still trigger polls.
        Clients.startAgent("backend=windows,port=0,jmx=on,jmx.port=0,refresh.interval=0,timeout=1s,poll=0");
        c = new Clients();
        await(() -> !"".equals(attrQuietly("AuthAlgorithm")), "the first poll finished");
        c.conn.addNotificationListener(c.name, (n, h) -> notes.add(n), null, null);
    }

    @AfterEach
    void stop() throws Exception {
        S.standin_set_fault(0);
        S.standin_set_hang_millis(0);
        c.close();
        Clients.stopAgent();
        S.standin_wait_notifications_idle(5000);
        assertEquals(0, S.standin_outstanding_allocations(), "every buffer freed");
        assertEquals(0, S.standin_open_handles(), "the handle closed with the agent");
        assertEquals(0, S.standin_reentrant_calls(), "never re-entered from a callback");
    }

    private void refresh(boolean expectOk, String expectInBody) throws Exception {
        String body = c.exec("refreshSecuritySettings");
        assertEquals(expectOk, body.contains("\"status\":200"), body);
        assertTrue(body.contains(expectInBody), body);
        if (expectOk) {
            ok++;
        } else {
            failed++;
        }
        assertEquals(ok, c.attr("RefreshCount"));
        assertEquals(failed, c.attr("FailedRefreshCount"));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Eventually.await(Duration.ofSeconds(10), condition::getAsBoolean, () -> what);
    }

    private String state() {
        try {
            return (String) c.attr("State");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theServiceStopsAndComesBack() throws Exception {
        refresh(true, "active");
        S.standin_set_fault(1);
        refresh(false, "WLAN AutoConfig service");
        assertTrue(c.exec("queryStatus").contains("1062"), "a status read reports the stopped service");
        assertTrue(((String) c.attr("QueryError")).contains("WLAN AutoConfig"));
        assertEquals("ERROR_SERVICE_NOT_ACTIVE", c.attr("LastReturnCodeName"));
        S.standin_set_fault(0);
        refresh(true, "\"succeeded\":true");
        assertTrue(c.exec("queryStatus").contains("\"status\":200"));
        assertEquals("", c.attr("QueryError"), "status reads work again");
        assertEquals(1, S.standin_open_handles(), "one handle, reopened; none leaked");
    }

    private Object attrQuietly(String a) {
        try {
            return c.attr(a);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void aHandleInvalidatedUnderTheAgentIsReopenedInvisibly() throws Exception {
        refresh(true, "\"succeeded\":true");
        S.standin_restart_service();
        refresh(true, "\"succeeded\":true");
        S.standin_restart_service();
        assertTrue(Clients.invokeInProcess("start"));
        assertEquals(1, S.standin_open_handles());
        S.standin_peer_arrive(new byte[] {2, 0, 0, 0, 0, 9});
        await(() -> notes.stream().anyMatch(n -> n.getType().equals("dev.hostednet.peer.arrived")),
            "notifications were registered again on the new handle");
    }

    /** The kernel32 stand-in's FormatMessageW, to count how often the agent asked for Windows' words. */
    interface Kernel32Standin extends com.sun.jna.Library {
        int standin_format_calls();
    }

    @Test
    void aCodeTheAgentDoesNotExplainIsGivenInWindowsOwnWords() throws Exception {
        Kernel32Standin k = com.sun.jna.Native.load("kernel32", Kernel32Standin.class);
        S.standin_set_fail_code(1167); // ERROR_DEVICE_NOT_CONNECTED: not in the agent's own table
        refresh(false, "Windows says: \\\"The device is not connected."); // as JSON escapes the quote
        assertTrue(String.valueOf(c.attr("LastOperation")).contains("The device is not connected."));
        int asked = k.standin_format_calls();
        S.standin_set_fail_code(5023); // ERROR_INVALID_STATE: the agent's own advice, Windows is not asked
        refresh(false, "cannot do this in its current state");
        assertEquals(asked, k.standin_format_calls());
        S.standin_set_fail_code(0);
        refresh(true, "\"succeeded\":true");
    }

    @Test
    void rpcFailuresAreCountedAndTheNextCallWorks() throws Exception {
        S.standin_set_fault(3);
        refresh(false, "RPC_S_SERVER_UNAVAILABLE");
        refresh(false, "RPC");
        S.standin_set_fault(0);
        refresh(true, "\"succeeded\":true");
    }

    @Test
    void aCallHangingPastTheTimeoutFailsClearlyAndItsLateResultIsRecorded() throws Exception {
        S.standin_set_hang_millis(2500);
        String body = c.exec("refreshSecuritySettings");
        assertTrue(body.contains("did not answer within 1000 ms"), body);
        for (int i = 0; i < 50; i++) {
            assertEquals(0L, c.refreshes(), "reads answer while the call hangs, and nothing is counted yet");
        }
        S.standin_set_hang_millis(0);
        await(() -> Long.valueOf(1).equals(attrQuietly("RefreshCount")), "the late result is recorded");
        ok = 1;
        refresh(true, "\"succeeded\":true");
    }

    @Test
    void aBurstOfNotificationsAndOneDuringARefreshLeaveTheTruth() throws Exception {
        S.standin_notify_burst(5000);
        refresh(true, "\"stateAfter\":\"idle\"");
        assertTrue(Clients.invokeInProcess("start"));
        S.standin_set_hang_millis(100);
        Thread t = new Thread(() -> S.standin_peer_arrive(new byte[] {2, 0, 0, 0, 0, 7}));
        t.start(); // arrives while the refresh below is inside the native call
        String body = c.exec("refreshSecuritySettings");
        t.join();
        S.standin_set_hang_millis(0);
        assertTrue(body.contains("\"status\":200"), body);
        ok++;
        assertEquals(0, S.standin_wait_notifications_idle(10_000));
        await(() -> state().equals(new String[] {"unavailable", "idle", "active"}[S.standin_state()]),
            "State agrees with the stand-in");
        await(() -> Integer.valueOf(S.standin_state() == 2 ? 1 : 0).equals(attrQuietly("PeerCount")),
            "PeerCount agrees with the stand-in");
        assertEquals(ok, c.attr("RefreshCount"));
    }
}
