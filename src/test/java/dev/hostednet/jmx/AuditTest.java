package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An audit line stays one short line whatever a caller sends as a value. */
class AuditTest {

    @Test
    void aValueACallerChoseIsCutToItsFirst200CharactersAndItsLength() {
        String sent = "x".repeat(1_000_000);
        String line = Audit.line("operation", "joinInfo", "key", sent);
        assertTrue(line.length() < 300, line.length() + " characters");
        assertTrue(line.endsWith("key=\"" + "x".repeat(200) + "...(1000000 chars)\""), line);
    }

    @Test
    void aShortPlainValueIsWrittenAsItIs() {
        assertEquals("hostednet audit: operation=joinInfo key=user", Audit.line("operation", "joinInfo", "key", "user"));
    }
}
