package dev.hostednet.agent.jolokia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jolokia.json.parser.JSONParser;
import org.junit.jupiter.api.Test;

class ErrorAnswerTest {

    @Test
    void everyCharacterAClientMaySendKeepsTheAnswerStrictJson() throws Exception {
        for (char c = 0; c < 0x80; c++) {
            String why = "web pages from http://a" + c + "b may not";
            String json = ErrorAnswer.json(403, why);
            // RFC 8259 section 7: no raw U+0000 to U+001F inside a string
            assertTrue(json.chars().noneMatch(x -> x < 0x20), (int) c + ": " + json);
            Map<?, ?> answer = (Map<?, ?>) new JSONParser().parse(json);
            assertEquals(403L, ((Number) answer.get("status")).longValue());
            assertEquals("java.lang.SecurityException", answer.get("error_type"));
            String shown = c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            assertEquals("Forbidden: web pages from http://a" + shown + "b may not", answer.get("error"));
        }
    }
}
