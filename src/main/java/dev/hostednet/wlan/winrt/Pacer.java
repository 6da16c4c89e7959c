package dev.hostednet.wlan.winrt;

import java.util.concurrent.locks.LockSupport;

/**
 * Time as {@link AsyncWait} sees it: the system's, or one a test moves. The trap it avoids: counting polls against
 * the real clock makes the count depend on how loaded the machine is, so a test of the polling policy fails there.
 */
interface Pacer {

    /** The system's monotonic clock and a real pause. */
    Pacer SYSTEM = new Pacer() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void pause(long nanos) {
            LockSupport.parkNanos(nanos);
        }
    };

    /** @return now, in nanoseconds from an arbitrary origin */
    long nanoTime();

    /** @param nanos how long to pause; it may end early */
    void pause(long nanos);
}
