package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.BackendSettings;
import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetworkException;
import dev.hostednet.wlan.HostedNetworkState;
import dev.hostednet.wlan.HostedNetworkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * For users to run on their own Windows 10/11 hosts (skipped elsewhere): the WinRT binding against the real
 * combase.dll and Mobile Hotspot. Read-only by default. {@code -Dhostednet.test.refresh=true} also rotates the
 * hotspot's passphrase (an active hotspot is stopped and left off: every client must be given the new one), only
 * on a machine where that is acceptable. What it settles that the stand-in cannot: the slots and IIDs against the
 * real classes, and the UNCONFIRMED points of windows-binary-contract.md (whether ConfigureAccessPointAsync needs
 * elevation).
 * Run with: {@code mvn -B test -Dtest=RealMobileHotspotTest [-Dhostednet.test.refresh=true]}.
 */
@EnabledOnOs(OS.WINDOWS)
class RealMobileHotspotTest {

    @Test
    void theRealTetheringManagerAnswersAndNoPassphraseLeaves() throws Exception {
        System.clearProperty("jna.library.path"); // the stand-in must not shadow the real DLL
        try (MobileHotspot h = MobileHotspot.open(BackendSettings.DEFAULT)) {
            HostedNetworkStatus s = h.queryStatus();
            assertNotNull(s.state());
            if (s.state() == HostedNetworkState.UNAVAILABLE) {
                // Windows answered (no internet connection, or a capability other than Enabled, as on a machine
                // without Wi-Fi): the reason must be one it documents, in words, not a garbled value.
                String why;
                try {
                    h.queryConnectionSettings();
                    why = "its state reads unavailable";
                } catch (HostedNetworkException e) {
                    why = e.getMessage();
                }
                assertFalse(why.contains("undocumented value"), why);
                System.out.println("Mobile Hotspot is unavailable here: " + why);
                return;
            }
            try {
                assertFalse(h.queryConnectionSettings().ssid().isEmpty(), "Windows always has a hotspot SSID");
            } catch (HostedNetworkException e) {
                throw new AssertionError("the configuration could not be read: " + e.getMessage(), e);
            }
            if (Boolean.getBoolean("hostednet.test.refresh")) {
                CallResult r = h.rotateSystemKey();
                assertTrue(r.succeeded() || !r.detail().isEmpty(), "a failure is explained: " + r);
                if (r.succeeded()) {
                    assertTrue(h.queryStatus().state() != HostedNetworkState.ACTIVE, "a rotation leaves it off");
                }
            }
        }
    }
}
