package dev.hostednet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a documented output tolerates, and what it does not: the walkthrough is only as strict as this. */
class ExpectedTest {

    @Test
    void placeholdersStandForTextWithinALineAndDotsForLines() {
        assertNull(Expected.mismatch(List.of("running in process <pid> since <time>"),
            "running in process 42 since 2026-12-04T20:30:49Z\n"));
        assertNull(Expected.mismatch(List.of("Done.", "...", "Join URI: P:<the key>;;"), "Done.\nqr\nqr\nJoin URI: P:x;;"));
        assertNull(Expected.mismatch(List.of("Done.", "...", "end"), "Done.\nend"));
        assertNotNull(Expected.mismatch(List.of("State: idle -> active."), "State: idle -> idle."));
        assertNotNull(Expected.mismatch(List.of("one"), "one\ntwo"), "a line more than documented");
        assertNotNull(Expected.mismatch(List.of("one", "two"), "one"), "a line less than documented");
    }

    @Test
    void jsonIsComparedAsValuesWithTimesAside() {
        assertNull(Expected.mismatch(List.of("{", "  \"value\": \"active\",", "  \"timestamp\": 1", "}"),
            "{\"timestamp\":99,\"value\":\"active\"}"));
        assertEquals("$.value is \"idle\", documented \"active\"",
            Expected.mismatch(List.of("{\"value\": \"active\", \"timestamp\": 1}"), "{\"timestamp\":2,\"value\":\"idle\"}"));
        assertNotNull(Expected.mismatch(List.of("{\"value\": {\"A\": 1}}"), "{\"value\":{\"A\":1,\"B\":2}}"),
            "an attribute the document does not show");
        assertNull(Expected.mismatch(List.of("{\"History\": \"<the outcomes so far>\"}"), "{\"History\":[{\"a\":1}]}"));
        assertNotNull(Expected.mismatch(List.of("{\"count\": 1}"), "{\"count\":2}"));
    }
}
