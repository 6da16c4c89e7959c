package dev.hostednet.agent.jolokia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog's states, on the calling thread, with a 20 ms limit; polls are counted, never timed. */
class HeadWatchdogTest {

    private static final int POLLS = 60_000; // of 1 ms at least: a minute on a loaded machine

    private final HeadWatchdog watchdog = new HeadWatchdog(20, TimeUnit.MILLISECONDS);

    @AfterEach
    void stop() {
        watchdog.stop();
        Thread.interrupted();
    }

    private static boolean interruptedWithin(int polls) {
        for (int i = 0; i < polls && !Thread.currentThread().isInterrupted(); i++) {
            LockSupport.parkNanos(1_000_000); // returns at an interrupt and leaves the flag set
        }
        return Thread.currentThread().isInterrupted();
    }

    @Test
    void aHeadStillReadingIsCutAndTheFilterThenDropsItWithTheInterruptCleared() {
        watchdog.started();
        assertTrue(interruptedWithin(POLLS), "the watchdog interrupts a thread still reading its head");
        assertFalse(watchdog.served(), "a head that came in as the watchdog struck is dropped");
        assertFalse(Thread.currentThread().isInterrupted(), "and the interrupt does not outlive it");
        watchdog.ended();
    }

    @Test
    void aRequestTheFilterTookIsNeverInterrupted() {
        watchdog.started();
        assertTrue(watchdog.served());
        assertFalse(interruptedWithin(200), "ten times the limit after the filter took it");
        watchdog.ended();
    }

    @Test
    void anEndedTaskIsNeverInterrupted() {
        watchdog.started();
        watchdog.ended(); // a request for no context ends right after its head, without a filter
        assertFalse(interruptedWithin(200));
    }

    /** What the cut relies on: the JDK reads a head from a blocking channel, which an interrupt closes. */
    @Test
    void aBlockingChannelReadIsCutAndTheClientSeesTheEnd() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            try (SocketChannel client = SocketChannel.open(server.getLocalAddress());
                 SocketChannel accepted = server.accept()) {
                watchdog.started();
                assertThrows(ClosedByInterruptException.class, () -> accepted.read(ByteBuffer.allocate(16)));
                watchdog.ended();
                assertFalse(accepted.isOpen());
                assertEquals(-1, client.read(ByteBuffer.allocate(16)), "the stalled client's connection is closed");
            }
        }
    }

    @Test
    void theNextTaskOnAPoolThreadStartsWithoutTheInterrupt() throws Exception {
        // A limit of 1 s here: the second task must reach its filter before it, even on a loaded machine.
        HeadWatchdog slower = new HeadWatchdog(1, TimeUnit.SECONDS);
        ExecutorService pool = RequestThreads.create(1, getClass().getClassLoader(), slower);
        try {
            Future<Boolean> cut = pool.submit(() -> interruptedWithin(POLLS));
            assertTrue(cut.get(2, TimeUnit.MINUTES), "cut while it read");
            Future<Boolean> next = pool.submit(() -> Thread.currentThread().isInterrupted() || !slower.served());
            assertFalse(next.get(2, TimeUnit.MINUTES), "the same thread serves the next request untouched");
        } finally {
            pool.shutdownNow();
        }
    }
}
