package dev.hostednet.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.testing.Eventually;
import dev.hostednet.wlan.Backstage;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.simulated.ServiceFault;
import dev.hostednet.wlan.simulated.SimulatedBackstage;
import dev.hostednet.wlan.win32.StandinBackstage;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The attributes monitoring reads (Prometheus through jmx_exporter), on both backends, through an MXBean proxy. */
class MonitoringAttributesTest {

    private Fixture fixture;

    static Stream<Backstage> backends() {
        return Stream.of(new SimulatedBackstage(), new StandinBackstage());
    }

    private HostedNetworkSecurityMXBean open(Backstage b, Duration refreshInterval) throws Exception {
        HostedNetwork n = b.freshNetwork();
        b.initSettings();
        n.start();
        fixture = new Fixture(n, new MBeanSettings(Duration.ofSeconds(2), Duration.ofMillis(200), 20, refreshInterval));
        return fixture.proxy;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aRefreshMovesTheSystemKeyFiguresOnlyAndActiveFollowsState(Backstage b) throws Exception {
        HostedNetworkSecurityMXBean m = open(b, Duration.ZERO);
        assertTrue(m.isActive());
        assertEquals(-1, m.getSystemKeyRotatedEpochSeconds(), "unknown before the first rotation");
        assertEquals(0, m.getSystemKeyRotationAttempts());
        long before = Instant.now().getEpochSecond();
        m.refreshSecuritySettings();
        long after = Instant.now().getEpochSecond();
        assertEquals("idle", m.getState());
        assertFalse(m.isActive(), "a refresh leaves an active network idle");
        long rotated = m.getSystemKeyRotatedEpochSeconds();
        assertTrue(rotated >= before && rotated <= after, before + " <= " + rotated + " <= " + after);
        assertEquals(1, m.getSystemKeyRotationAttempts());
        assertEquals(0, m.getSystemKeyRotationFailures());
        assertFalse(m.isSystemKeyRotationFailed());
        assertEquals(-1, m.getUserKeyRotatedEpochSeconds(), "the user key was not touched");
        assertEquals(0, m.getUserKeyRotationAttempts());
        m.start();
        m.stop();
        assertEquals(1, m.getSystemKeyRotationAttempts(), "start and stop rotate nothing");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aFailedRotationIsCountedAndFlaggedAndKeepsTheLastGoodTime(Backstage b) throws Exception {
        HostedNetworkSecurityMXBean m = open(b, Duration.ZERO);
        m.refreshSecuritySettings();
        long good = m.getSystemKeyRotatedEpochSeconds();
        b.setFault(ServiceFault.UNSUPPORTED);
        assertThrows(IllegalStateException.class, m::refreshSecuritySettings);
        assertTrue(m.isSystemKeyRotationFailed());
        assertEquals(2, m.getSystemKeyRotationAttempts());
        assertEquals(1, m.getSystemKeyRotationFailures());
        assertEquals(good, m.getSystemKeyRotatedEpochSeconds());
        b.setFault(ServiceFault.NONE);
        m.refreshSecuritySettings();
        assertFalse(m.isSystemKeyRotationFailed(), "the next success clears the flag");
        assertEquals(1, m.getSystemKeyRotationFailures(), "a counter never goes down");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refreshAndRestartCountsOnceAndARefusalByTheRateLimitIsNoFailure(Backstage b) throws Exception {
        HostedNetworkSecurityMXBean m = open(b, Duration.ofHours(1));
        m.refreshSecuritySettingsAndRestart();
        // The stand-in delivers its state notifications on a thread of its own: the refresh's "idle" may land after
        // the restart's status read, and its "active" right after. What the user sees settles on active.
        Eventually.within(Duration.ofSeconds(2), m::isActive);
        assertTrue(m.isActive(), "restarted");
        assertEquals(1, m.getSystemKeyRotationAttempts(), "its refresh step, once");
        assertThrows(IllegalStateException.class, m::refreshSecuritySettingsAndRestart, "too soon");
        assertEquals(1, m.getSystemKeyRotationAttempts(), "a refusal is no try");
        assertEquals(0, m.getSystemKeyRotationFailures(), "nor a failure: anyone may ask too often");
        assertEquals(1, m.getSystemKeyRotationRefusals());
        assertFalse(m.isSystemKeyRotationFailed(), "no alert for it");
    }
}
