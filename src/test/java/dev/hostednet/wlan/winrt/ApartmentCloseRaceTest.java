package dev.hostednet.wlan.winrt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hostednet.wlan.BackendSettings;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * {@code Apartment.close(Runnable)} meets a call that is ending. The call's {@code run} does
 * {@code releaseLeftovers(); lock.unlock();}; the close does {@code tryLock() fails; releaseLater = r;
 * tryLock() fails again; return}. When the call reads releaseLater (still null) before the close writes it, and
 * unlocks only after the close's second tryLock, nobody ever runs releaseLater: the two cached activation
 * factories are never released. (The agent meets this when its stop times out on a call that ends at that moment.)
 * The ending call is modelled by a thread holding the apartment's lock, past its releaseLeftovers: nothing of the
 * apartment's own runs between those two steps, so no hook exists to pause it there.
 */
class ApartmentCloseRaceTest {

    private static final TetherStandin S = TetherStandin.LIB;

    @Test
    void aCloseThatMeetsACallAtItsLastStepStillReleasesTheCachedFactories() throws Exception {
        S.tether_reset();
        long before = S.tether_live_objects();
        MobileHotspot h = MobileHotspot.open(BackendSettings.DEFAULT);
        try {
            h.queryStatus(); // the two factories are made and cached, on this (now initialised) thread
            assertEquals(before + 2, S.tether_live_objects(), "the two cached factories");
            Apartment apartment = h.apartment();
            ReentrantLock lock = apartment.lock();
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch letGo = new CountDownLatch(1);
            Thread ending = new Thread(() -> {
                lock.lock(); // a call past releaseLeftovers (it saw releaseLater == null), before its unlock
                held.countDown();
                try {
                    letGo.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    apartment.unlockAndLookAgain(); // what the call's end does after its last look
                }
            }, "ending-call");
            ending.start();
            held.await();
            h.close(); // both tryLocks fail: releaseLater is set for a call that has already looked
            letGo.countDown();
            ending.join();
            assertEquals(before, S.tether_live_objects(), "the cached factories were released");
        } finally {
            h.close(); // clean-up for the other tests in this JVM: now the lock is free, it releases and balances
        }
    }
}
