package dev.hostednet.wlan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The join URI escapes what ZXing's Wi-Fi parser unescapes, in the SSID and in the key. */
class JoinUriTest {

    @Test
    void backslashSemicolonCommaColonAndQuoteAreEscapedInBoth() {
        assertEquals("WIFI:T:WPA;S:Caf\\\\e\\;\\,\\:\\\";P:p\\;w\\:d\\,\\\"x\\\\;;",
            JoinUri.of("Caf\\e;,:\"", "p;w:d,\"x\\".toCharArray()));
        assertEquals("WIFI:T:WPA;S:plain;P:abcdefgh;;", JoinUri.of("plain", "abcdefgh".toCharArray()));
    }
}
