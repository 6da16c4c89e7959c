package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The WinRT binding against the real combase.dll, on any Windows 10/11 or Server 2019+, hotspot or not (the CI's
 * hosted runner has no Wi-Fi adapter): "Windows answered" (a factory, an HSTRING that reads back, a documented
 * capability in words) is asserted; "the binding is broken" (an access violation, E_NOINTERFACE from a wrong IID, a
 * garbled string, an undocumented enumeration value) fails.
 */
@EnabledOnOs(OS.WINDOWS)
class RealWinRtBindingTest {

    private Combase combase;
    private Apartment apartment;

    @BeforeEach
    void load() {
        System.clearProperty("jna.library.path"); // the stand-in must not shadow the real DLL
        combase = Combase.load();
        apartment = new Apartment(combase);
    }

    @AfterEach
    void unload() {
        apartment.close();
    }

    @Test
    void bothTetheringFactoriesActivate() throws Exception {
        inApartment(() -> {
            Tethering t = new Tethering(combase);
            // A wrong IID answers E_NOINTERFACE, a wrong class name REGDB_E_CLASSNOTREG: either fails here, in words.
            try (ComRef info = t.factory(Abi.NETWORK_INFORMATION, Abi.NETWORK_INFORMATION_STATICS,
                    "NetworkInformation");
                 ComRef statics = t.factory(Abi.TETHERING_MANAGER, Abi.MANAGER_STATICS2, "TetheringManagerStatics2")) {
                assertNotNull(info.pointer());
                assertNotNull(statics.pointer());
                try (ComRef statics4 = statics.query(Abi.MANAGER_STATICS4, "INetworkOperatorTetheringManagerStatics4")) {
                    assertNotNull(statics4.pointer(), "Windows 10 2004+ answers QueryInterface for Statics4");
                }
            }
            return null;
        });
    }

    @Test
    void anHStringReadsBackAsWritten() throws Exception {
        // Accents, a character outside the BMP (a surrogate pair) and the empty string: the width and byte order
        // of the code units, and the length counted in units, all show in the text read back.
        for (String text : new String[] {"hostednet", "Café Wi-Fi \u00e9\u00e8", "hotspot \uD83D\uDEDC", ""}) {
            try (HString s = HString.of(combase, text)) {
                assertEquals(text, s.text());
                if (text.isEmpty()) {
                    assertNull(s.handle(), "the empty string is the NULL HSTRING");
                }
            }
        }
    }

    @Test
    void theCapabilityIsADocumentedValueInWords() throws Exception {
        String answer = inApartment(() -> {
            Tethering t = new Tethering(combase);
            try (Tethering.Manager m = t.open()) {
                int state = t.operationalState(m.manager());
                assertTrue(state >= 0 && state <= 3, "TetheringOperationalState is 0..3, not " + state);
                return "enabled, operational state " + state;
            } catch (Unavailable u) {
                assertFalse(u.getMessage().contains("undocumented value"), "a garbled capability: " + u.getMessage());
                assertTrue(u.capability() ? u.getMessage().contains("TetheringCapability Disabled")
                    : !u.getMessage().isBlank(), u.getMessage());
                return u.getMessage();
            } finally {
                t.close();
            }
        });
        System.out.println("Mobile Hotspot here: " + answer);
    }

    private <T> T inApartment(Callable<T> task) throws Exception {
        return apartment.run(task);
    }
}
