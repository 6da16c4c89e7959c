package dev.hostednet.wlan.winrt;

import com.sun.jna.ptr.IntByReference;
import java.time.Duration;

/**
 * Waits for a WinRT asynchronous operation without a callback: polls {@code IAsyncInfo::get_Status} until it
 * leaves Started, within a bound. On time-out the operation is cancelled and closed, and the caller is told that
 * nothing is known to have changed yet (Windows may still have done it). For its first {@link #FINE_NANOS} the
 * operation is polled every {@link #FINE_PAUSE_NANOS} (plus the kernel's timer slack, about 50 us on Linux), so a
 * fast completion is seen within tens of microseconds; after that the pause grows with the time already waited (an
 * eighth of it, at most a millisecond), so a slow one is seen late by a small fraction of its own time and costs
 * next to no CPU. The trap of a fixed pause: at 100 us a fast completion is seen about 75 us late on average, and
 * a slow one costs ten thousand polls a second.
 */
final class AsyncWait {

    static final int STARTED = 0;
    static final int COMPLETED = 1;
    static final int CANCELED = 2;
    /** How long a fast completion is looked for closely. */
    static final long FINE_NANOS = 2_000_000;
    /** The pause between two looks meanwhile. */
    static final long FINE_PAUSE_NANOS = 10_000;
    /** The longest pause after that. */
    static final long MAX_PAUSE_NANOS = 1_000_000;
    /** HRESULT_FROM_WIN32(ERROR_CANCELLED). */
    static final int CANCELLED_HRESULT = 0x800704C7;

    /** What to read from a completed operation (its GetResults), before it is closed. */
    interface Results<T> {
        T read(ComRef operation) throws WinRtException;
    }

    /** The operation did not complete within the bound; it was cancelled and closed. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;
        private final String what;
        private final transient Duration bound;

        TimedOut(String what, Duration bound) {
            super(what + " timed out");
            this.what = what;
            this.bound = bound;
        }

        /** @param stopped whether the hotspot was stopped for the change that timed out
         * @return the outcome */
        dev.hostednet.wlan.CallResult result(boolean stopped) {
            return HotspotOutcomes.timedOut(what, bound, stopped);
        }
    }

    private AsyncWait() {
    }

    /**
     * @param operation an IAsyncOperation or IAsyncAction (not released here)
     * @param what its method's name, for messages
     * @param bound how long to wait
     * @param results reads the results of a completed operation
     * @return the results
     * @throws WinRtException when it failed or was cancelled (its error code, in words)
     * @throws TimedOut when it did not complete in time
     */
    static <T> T await(ComRef operation, String what, Duration bound, Results<T> results)
        throws WinRtException, TimedOut {
        try (ComRef info = operation.query(Abi.ASYNC_INFO, "IAsyncInfo")) {
            int status = waitWhileStarted(info, what, bound);
            if (status == STARTED) {
                info.call(Abi.INFO_CANCEL);
                // Cancel leaves Started at once or soon after; Close refuses a running operation.
                waitWhileStarted(info, what, Duration.ofMillis(Math.min(1000, bound.toMillis())));
                info.call(Abi.INFO_CLOSE);
                throw new TimedOut(what, bound);
            }
            try {
                if (status == COMPLETED) {
                    return results.read(operation);
                }
                if (status == CANCELED) {
                    throw new WinRtException(what + " (cancelled by Windows)", CANCELLED_HRESULT);
                }
                IntByReference error = new IntByReference();
                WinRtException.check(what + " get_ErrorCode", info.call(Abi.INFO_GET_ERROR_CODE, error));
                throw new WinRtException(what, error.getValue());
            } finally {
                info.call(Abi.INFO_CLOSE);
            }
        }
    }

    private static int waitWhileStarted(ComRef info, String what, Duration bound) throws WinRtException {
        IntByReference status = new IntByReference();
        return waitWhileStarted(() -> {
            WinRtException.check(what + " get_Status", info.call(Abi.INFO_GET_STATUS, status));
            return status.getValue();
        }, bound, Pacer.SYSTEM);
    }

    /** One look at an operation's status. */
    interface Status {
        int read() throws WinRtException;
    }

    /**
     * @param status reads the status; called once per poll
     * @param bound how long to wait
     * @param pacer the clock and the pause
     * @return the first status other than Started, or Started when the bound passed
     * @throws WinRtException when the status cannot be read
     */
    static int waitWhileStarted(Status status, Duration bound, Pacer pacer) throws WinRtException {
        long start = pacer.nanoTime();
        long deadline = start + bound.toNanos();
        while (true) {
            int now = status.read();
            long t = pacer.nanoTime();
            if (now != STARTED || t - deadline >= 0) {
                return now;
            }
            pacer.pause(Math.min(pause(t - start), deadline - t));
        }
    }

    /** @return how long to pause after {@code waited} nanoseconds of waiting */
    static long pause(long waited) {
        return waited < FINE_NANOS ? FINE_PAUSE_NANOS : Math.min(waited / 8, MAX_PAUSE_NANOS);
    }
}
