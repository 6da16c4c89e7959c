package dev.hostednet.wlan.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * For users to run on their own Windows hosts (skipped elsewhere): the binding against the real wlanapi.dll.
 * Read-only by default. {@code -Dhostednet.test.refresh=true} also refreshes the key, which disconnects every
 * client of an active Hosted Network: only on a machine where that is acceptable.
 * Run with: {@code mvn -B test -Dtest=RealWindowsTest [-Dhostednet.test.refresh=true]}.
 */
@EnabledOnOs(OS.WINDOWS)
class RealWindowsTest {

    /** What a real machine may legitimately answer: success, or one of the documented refusals. */
    private static final Set<Integer> DOCUMENTED = Set.of(0, 5, 1062, 1610, 5023);

    @Test
    void theRealApiAnswersWithDocumentedCodesAndNoKeyLeaves() throws Exception {
        System.clearProperty("jna.library.path"); // the stand-in must not shadow the real DLL
        Win32HostedNetwork opened;
        try {
            opened = Win32HostedNetwork.open();
        } catch (IllegalStateException e) {
            assertTrue(e.getCause() instanceof UnsatisfiedLinkError && e.getMessage().contains("wlanapi"), e::toString);
            abort("wlanapi.dll is not on this Windows (a Server without the Wireless LAN Service feature): "
                + e.getMessage());
            return;
        }
        try (Win32HostedNetwork n = opened) {
            HostedNetworkStatus s;
            try {
                s = n.queryStatus();
            } catch (HostedNetworkException e) {
                // Windows answered (ERROR_SERVICE_NOT_ACTIVE where WLAN AutoConfig is not running, as on a machine
                // without Wi-Fi): a documented code, named, in words.
                assertTrue(DOCUMENTED.contains(e.result().code().code()), e.getMessage());
                assertTrue(e.getMessage().contains(e.result().code().name()), e.getMessage());
                System.out.println("the WLAN service answered: " + e.getMessage());
                return;
            }
            assertNotNull(s.state());
            if (s.state() == HostedNetworkState.ACTIVE) {
                assertFalse(s.bssid().isEmpty());
                assertTrue(s.channelFrequency() > 0);
            }
            try {
                assertEquals("WPA2-PSK", n.querySecuritySettings().authName());
                assertFalse(n.queryConnectionSettings().ssid().isEmpty());
                n.userKeyInfo(); // flags only; the bytes are wiped in native memory
            } catch (HostedNetworkException e) {
                assertTrue(DOCUMENTED.contains(e.result().code().code()), e.getMessage());
            }
            if (Boolean.getBoolean("hostednet.test.refresh")) {
                CallResult r = n.rotateSystemKey();
                assertTrue(DOCUMENTED.contains(r.code().code()), r.describe("refresh"));
                if (r.succeeded()) {
                    assertTrue(n.queryStatus().state() != HostedNetworkState.ACTIVE,
                        "Windows leaves a refreshed network idle");
                }
            }
        }
    }

    @Test
    void windowsGivesItsOwnWordsForACodeTheAgentDoesNotExplain() {
        // ERROR_DEVICE_NOT_CONNECTED: a sentence in the system's language, from the real kernel32.
        String detail = new SystemMessages().inWindowsWords(dev.hostednet.wlan.CallResult.of(1167, 0)).detail();
        org.junit.jupiter.api.Assertions.assertTrue(detail.contains("Windows says: \"") && detail.length() > 30,
            detail);
    }
}
