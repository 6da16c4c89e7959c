package dev.hostednet.wlan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The station profile gives the system key, or a clear error that quotes nothing of the profile. */
class StationProfileTest {

    private static final String HEAD = "<?xml version=\"1.0\"?>\r\n<WLANProfile xmlns=\"http://www.microsoft.com/"
        + "networking/WLAN/profile/v1\"><name>Cafe &amp; Co</name><MSM><security><authEncryption><authentication>"
        + "WPA2PSK</authentication></authEncryption>";
    private static final String TAIL = "</security></MSM></WLANProfile>\r\n";

    private static byte[] utf16(String xml) {
        return (xml + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    private static String sharedKey(String isProtected, String material) {
        return "<sharedKey><keyType>passPhrase</keyType><protected>" + isProtected + "</protected><keyMaterial>"
            + material + "</keyMaterial></sharedKey>";
    }

    @Test
    void aClearTextKeyMaterialIsTheKeyWithItsEntitiesDecoded() throws Exception {
        // the XML's layout around it (line breaks, tabs) is not the key; spaces are (see MobileHotspotContract)
        byte[] p = utf16(HEAD + sharedKey("false", "\r\n\tPa55&amp;w&lt;rd;\u00e9\r\n") + TAIL);
        assertArrayEquals("Pa55&w<rd;\u00e9".toCharArray(), StationProfile.keyMaterial(p));
    }

    @Test
    void aProfileWithoutKeyMaterialIsAClearErrorNotAnEmptyKey() {
        StationProfile.Unusable e = assertThrows(StationProfile.Unusable.class,
            () -> StationProfile.keyMaterial(utf16(HEAD + TAIL)));
        assertTrue(e.getMessage().contains("no keyMaterial") && e.getMessage().contains("netsh"), e.getMessage());
        assertThrows(StationProfile.Unusable.class,
            () -> StationProfile.keyMaterial(utf16(HEAD + sharedKey("false", "  ") + TAIL)), "blank is none");
    }

    @Test
    void anEncryptedKeyIsSaidToBeEncrypted() {
        StationProfile.Unusable e = assertThrows(StationProfile.Unusable.class,
            () -> StationProfile.keyMaterial(utf16(HEAD + sharedKey("true", "01000000D08C9DDF0115D1118C7A") + TAIL)));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void malformedXmlIsAnErrorThatQuotesNothing() {
        String secret = "SECRET-IN-A-BROKEN-PROFILE";
        StationProfile.Unusable e = assertThrows(StationProfile.Unusable.class,
            () -> StationProfile.keyMaterial(utf16(HEAD + "<keyMaterial>" + secret + "</sharedKey>" + TAIL)));
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
        assertFalse(e.getMessage().contains(secret));
        assertFalse(String.valueOf(e.getCause()).contains(secret), "no parser message kept as a cause");
    }

    @Test
    void anOddByteCountIsNotUtf16() {
        byte[] p = utf16(HEAD + sharedKey("false", "abcdefgh") + TAIL);
        StationProfile.Unusable e = assertThrows(StationProfile.Unusable.class,
            () -> StationProfile.keyMaterial(Arrays.copyOf(p, p.length - 1)));
        assertTrue(e.getMessage().contains("odd byte count (" + (p.length - 1) + ")"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReachOutOrExpand() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<WLANProfile><MSM><security>" + sharedKey("false", "&x;") + TAIL;
        assertThrows(StationProfile.Unusable.class, () -> StationProfile.keyMaterial(utf16(xml)));
    }

    @Test
    void utf8BytesAreNotMistakenForAProfile() {
        byte[] utf8 = (HEAD + sharedKey("false", "abcdefgh") + TAIL + "\0\0").getBytes(StandardCharsets.UTF_8);
        byte[] even = utf8.length % 2 == 0 ? utf8 : Arrays.copyOf(utf8, utf8.length + 1);
        assertThrows(StationProfile.Unusable.class, () -> StationProfile.keyMaterial(even));
    }
}
