package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Review 14: work left for after the answer (the audit line) is run by {@code NativeGate.runAfterAnswer}, which
 * catches RuntimeException only. A host's log handler that throws an Error (StackOverflowError while formatting,
 * NoClassDefFoundError of a lazily loaded handler class, an AssertionError) escapes the loop before
 * {@code afterAnswer.clear()}: the native thread dies (its stack trace on the host's stderr, a Mobile Hotspot's
 * WinRT apartment orphaned with it), the other audit lines of that call are not written, and the stale work stays
 * queued, so it runs again ahead of every later call's audit line; if it fails again, every later line is lost.
 * Before the change the audit line ran inside the caller's task, where an Error reached the caller instead.
 */
class AfterAnswerErrorTest {

    @Test
    void anErrorFromALogHandlerLosesNoOtherAuditLineRepeatsNoneAndKeepsTheNativeThread() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        AtomicInteger attemptsOfTheFailingLine = new AtomicInteger();
        NativeGate gate = new NativeGate(Duration.ofSeconds(5));
        try {
            Thread first = gate.call(() -> {
                gate.afterAnswer(() -> {
                    attemptsOfTheFailingLine.incrementAndGet();
                    throw new StackOverflowError("a host's log handler");
                });
                gate.afterAnswer(() -> written.add("second audit line of the first call"));
                return Thread.currentThread();
            });
            Thread second = gate.call(() -> {
                gate.afterAnswer(() -> written.add("audit line of the second call"));
                return Thread.currentThread();
            });
            gate.call(() -> null); // the second call's after-answer work has run before this task starts
            assertEquals(List.of("second audit line of the first call", "audit line of the second call"), written,
                "no audit line lost");
            assertEquals(1, attemptsOfTheFailingLine.get(), "the failed line is dropped, not run again later");
            assertSame(first, second, "the native thread survives a log handler's Error");
        } finally {
            gate.close();
        }
    }
}
