package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The audit line is written by the native thread after its caller is answered and before the next native task: a
 * slow log handler delays no caller, and no line is lost or reordered. No timing is measured: a gate that made the
 * caller wait for that work would wait for a latch released only after the answer, and time out.
 */
class AfterAnswerTest {

    @Test
    void workLeftForAfterTheAnswerRunsOnTheNativeThreadBeforeItsNextTask() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch answered = new CountDownLatch(1);
        NativeGate gate = new NativeGate(Duration.ofSeconds(5));
        try {
            String first = gate.call(() -> {
                gate.afterAnswer(() -> {
                    try {
                        answered.await(); // a log handler as slow as the caller is patient
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    order.add("audit of the first on " + Thread.currentThread().getName());
                });
                return "first";
            });
            order.add("first answered");
            answered.countDown();
            gate.call(() -> order.add("second task"));
            assertEquals("first", first);
            assertEquals(List.of("first answered", "audit of the first on hostednet-native", "second task"), order);
        } finally {
            gate.close();
        }
    }

    @Test
    void awayFromACallItRunsAtOnce() {
        NativeGate gate = new NativeGate(Duration.ofSeconds(5));
        try {
            boolean[] ran = {false};
            gate.afterAnswer(() -> ran[0] = true); // a refusal recorded on the caller's own thread
            assertTrue(ran[0]);
        } finally {
            gate.close();
        }
    }
}
