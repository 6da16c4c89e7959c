package dev.hostednet.agent.jolokia;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows password guessing from one source address: the first {@value #FREE} failures are answered at once, then
 * each next attempt from that source must wait (250 ms, doubling, at most {@value #MAX_WAIT_MILLIS} ms); an
 * attempt that comes sooner is refused without its password being checked. A success, or {@value #FORGET_MINUTES}
 * minutes without failures, clears the source, so the right user is never locked out for good, and another address
 * is never slowed by this one's failures.
 */
public final class LoginThrottle {

    static final int FREE = 3;
    static final long MAX_WAIT_MILLIS = 5_000;
    static final long FORGET_MINUTES = 10;
    /** Sources remembered at once; the least recently failed is forgotten first. */
    static final int SOURCES = 4096;

    private record Source(int failures, long lastNanos, long nextNanos) {
    }

    private final LongSupplier clock;
    private final Map<String, Source> sources = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Source> eldest) {
            return size() > SOURCES;
        }
    };

    /** @param clock nanoseconds, as System.nanoTime */
    public LoginThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** With the system's clock. */
    public LoginThrottle() {
        this(System::nanoTime);
    }

    /**
     * @param source the client's address
     * @return 0 when an attempt from it may be checked now, else the milliseconds it must still wait
     */
    public synchronized long waitMillis(String source) {
        Source s = live(source);
        long now = clock.getAsLong();
        return s == null || now >= s.nextNanos ? 0 : Math.max(1, (s.nextNanos - now) / 1_000_000);
    }

    /** @param source the address whose attempt failed */
    public synchronized void failed(String source) {
        Source s = live(source);
        int n = s == null ? 1 : s.failures + 1;
        long now = clock.getAsLong();
        long wait = n < FREE ? 0 : Math.min(MAX_WAIT_MILLIS, 250L << Math.min(10, n - FREE));
        sources.put(source, new Source(n, now, now + wait * 1_000_000));
    }

    /** @param source the address that authenticated: its failures are forgotten */
    public synchronized void succeeded(String source) {
        sources.remove(source);
    }

    private Source live(String source) {
        Source s = sources.get(source);
        if (s != null && clock.getAsLong() - s.lastNanos > FORGET_MINUTES * 60_000_000_000L) {
            sources.remove(source);
            return null;
        }
        return s;
    }
}
