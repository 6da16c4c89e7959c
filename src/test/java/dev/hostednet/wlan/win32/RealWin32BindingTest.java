package dev.hostednet.wlan.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The win32 binding against the real wlanapi.dll and kernel32.dll, on any Windows, Wi-Fi adapter or not (the CI's
 * hosted runner has none): these tests tell "Windows answered" from "the binding is broken". A broken mapping shows
 * as an access violation (JNA's Error "Invalid memory access"), a code outside what the call documents, or text
 * that is not Windows' sentence (wrong width or encoding: NULs, replacement characters, one letter per word).
 */
@EnabledOnOs(OS.WINDOWS)
class RealWin32BindingTest {

    /** Win32 codes and words from Windows' English message table (the hosted runners are en-US). */
    private static final Map<Integer, String> SENTENCES = Map.of(
        2, "The system cannot find the file specified.",
        5, "Access is denied.",
        1062, "The service has not been started.",
        1167, "The device is not connected.");

    @Test
    void wlanOpenHandleOpensOrSaysTheServiceIsNotRunning() {
        System.clearProperty("jna.library.path"); // the stand-in must not shadow the real DLL
        WlanHostedApi api;
        try {
            api = WlanHostedApi.load();
        } catch (UnsatisfiedLinkError e) {
            // A missing function fails at its call, not here: this is the DLL itself missing (error 126).
            abort("wlanapi.dll is not on this Windows (a Server without the Wireless LAN Service feature), so the"
                + " win32 binding cannot be exercised here: " + e.getMessage());
            return;
        }
        IntByReference negotiated = new IntByReference(-1);
        PointerByReference handle = new PointerByReference();
        int rc = api.WlanOpenHandle(WlanHostedApi.CLIENT_VERSION, null, negotiated, handle);
        if (rc == 0) {
            Pointer h = handle.getValue();
            assertNotNull(h, "success hands out a handle");
            assertEquals(2, negotiated.getValue(), "Windows Vista and later negotiate client version 2");
            assertEquals(0, api.WlanCloseHandle(h, null), "the handle just opened closes");
        } else if (rc != 1062) {
            fail("WlanOpenHandle answered " + rc + ": neither success nor ERROR_SERVICE_NOT_ACTIVE (1062, the WLAN"
                + " AutoConfig service not running), the two answers a machine with or without Wi-Fi gives");
        }
    }

    @Test
    void formatMessageGivesWindowsOwnSentences() {
        SystemMessages messages = new SystemMessages();
        SENTENCES.forEach((code, words) -> {
            String s = messages.sentence(code);
            assertNotNull(s, "FormatMessageW found no sentence for " + code);
            assertTrue(s.chars().noneMatch(c -> c == 0 || c == 0xFFFD || Character.isISOControl(c)),
                "garbled (wrong width or encoding?): " + s);
            if ("en".equals(System.getProperty("user.language"))) {
                assertEquals(words, s, "Win32 code " + code);
            } else {
                assertTrue(s.length() > 10 && s.contains(" "), "a sentence for " + code + ": " + s);
            }
        });
    }

    @Test
    void aCodeWithoutASentenceGivesNone() {
        // 0x2AFF is no system message: FormatMessageW fails and the agent keeps the code alone, not a stale buffer.
        assertEquals(null, new SystemMessages().sentence(0x2AFF));
    }
}
