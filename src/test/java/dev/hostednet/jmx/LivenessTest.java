package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import dev.hostednet.testing.Eventually;
import dev.hostednet.wlan.Backstage;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.simulated.ServiceFault;
import dev.hostednet.wlan.simulated.SimulatedBackstage;
import dev.hostednet.wlan.win32.StandinBackstage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.MBeanAttributeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads never wait on Windows; a hanging call fails clearly and is recorded late; counters never tear. */
class LivenessTest {

    static Stream<Backstage> backends() {
        return Stream.of(new SimulatedBackstage(), new StandinBackstage());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void readsAnswerWhileANativeCallHangsAndTheLateResultIsRecorded(Backstage b) throws Exception {
        HostedNetwork n = b.freshNetwork();
        b.initSettings();
        try (Fixture f = new Fixture(n, Fixture.settings(300))) {
            b.setHangMillis(3000);
            IllegalStateException e = assertThrows(IllegalStateException.class, f.proxy::refreshSecuritySettings);
            assertTrue(e.getMessage().contains("did not answer within 300 ms")
                && e.getMessage().contains("recorded"), e.getMessage());

            // The call is still hanging (about 2.7 s to go): every attribute answers from the snapshot meanwhile.
            String[] names = java.util.Arrays.stream(f.server.getMBeanInfo(f.name).getAttributes())
                .map(MBeanAttributeInfo::getName).toArray(String[]::new);
            for (int round = 0; round < 20; round++) {
                assertEquals(names.length, f.server.getAttributes(f.name, names).size());
            }
            assertNull(f.proxy.getLastRefresh(), "the hanging refresh has not returned yet");
            assertEquals(0, f.proxy.getRefreshCount() + f.proxy.getFailedRefreshCount());

            // A second operation queued behind the hang is never started, and says so.
            IllegalStateException queued = assertThrows(IllegalStateException.class, f.proxy::stop);
            assertTrue(queued.getMessage().contains("was not started")
                && queued.getMessage().contains("Nothing was changed"), queued.getMessage());

            b.setHangMillis(0);
            Eventually.within(Duration.ofSeconds(10), () -> f.proxy.getRefreshCount() != 0);
            assertEquals(1, f.proxy.getRefreshCount(), "the late result was recorded");
            assertTrue(f.proxy.getLastRefresh().isSucceeded());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void countersNeverGoBackNorOvercountUnderConcurrentRefreshesAndReads(Backstage b) throws Exception {
        HostedNetwork n = b.freshNetwork();
        b.initSettings();
        try (Fixture f = new Fixture(n, Fixture.settings(10_000))) {
            int writers = 6;
            int perWriter = 40;
            AtomicLong returned = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicBoolean done = new AtomicBoolean();
            List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                futures.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < perWriter; i++) {
                        if (id == 0) {
                            b.setFault(i % 3 == 0 ? ServiceFault.RPC : ServiceFault.NONE);
                        }
                        try {
                            f.proxy.refreshSecuritySettings();
                        } catch (IllegalStateException e) {
                            failed.incrementAndGet();
                        }
                        returned.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 3; r++) {
                pool.submit(() -> {
                    long lastSum = 0;
                    while (!done.get()) {
                        long sum = f.proxy.getRefreshCount() + f.proxy.getFailedRefreshCount();
                        if (sum < lastSum) {
                            problems.add("counters went backwards: " + sum + " < " + lastSum);
                        }
                        if (sum > writers * perWriter) {
                            problems.add("more refreshes counted than made: " + sum);
                        }
                        lastSum = sum;
                    }
                    return null;
                });
            }
            go.countDown();
            for (Future<?> fu : futures) {
                fu.get();
            }
            done.set(true);
            pool.shutdown();
            b.setFault(ServiceFault.NONE);
            assertTrue(problems.isEmpty(), problems.toString());
            assertEquals(returned.get(), f.proxy.getRefreshCount() + f.proxy.getFailedRefreshCount());
            assertEquals(failed.get(), f.proxy.getFailedRefreshCount());
            assertTrue(failed.get() > 0 && f.proxy.getRefreshCount() > 0, "both kinds happened");
        }
    }
}
