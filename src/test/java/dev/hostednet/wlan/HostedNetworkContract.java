package dev.hostednet.wlan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hostednet.wlan.simulated.ServiceFault;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented behaviour of the Hosted Network, run against every backend: the JNA binding over the native
 * stand-in, and the simulation. A difference between the two fails here.
 */
public abstract class HostedNetworkContract {

    protected static final Duration WAIT = Duration.ofSeconds(5);
    protected Backstage backstage;
    protected HostedNetwork network;

    protected abstract Backstage createBackstage();

    @BeforeEach
    void open() {
        backstage = createBackstage();
        network = backstage.freshNetwork();
    }

    @AfterEach
    void closeNetwork() {
        network.close();
    }

    private void configureAndStart() {
        backstage.initSettings();
        assertTrue(network.start().succeeded());
    }

    @Test
    void freshNetworkIsIdleAndHasNoSettings() throws Exception {
        assertEquals(HostedNetworkState.IDLE, network.queryStatus().state());
        HostedNetworkException e = assertThrows(HostedNetworkException.class, network::queryConnectionSettings);
        assertEquals(1610, e.result().code().code());
        assertTrue(e.getMessage().contains("no SSID"), e.getMessage());
    }

    @Test
    void forceStartMakesItActiveWithRadioDetails() throws Exception {
        configureAndStart();
        HostedNetworkStatus s = network.queryStatus();
        assertEquals(HostedNetworkState.ACTIVE, s.state());
        assertEquals("02:11:22:33:44:55", s.bssid());
        assertEquals("ht", s.phyTypeName());
        assertEquals(2437, s.channelFrequency());
        assertEquals(6, s.channel());
        assertEquals("6f3c1d2e-4b5a-4c3d-0102-030405060708", s.deviceId());
        assertTrue(s.peers().isEmpty());
    }

    @Test
    void refreshOfAnActiveNetworkLeavesItIdleWithANewKeyAndNotifies() throws Exception {
        configureAndStart();
        backstage.setSecondaryPassphrase("secondary-pass", true);
        RecordingListener events = new RecordingListener();
        try (AutoCloseable sub = network.subscribe(events)) {
            byte[] before = backstage.primaryKey();
            CallResult r = network.rotateSystemKey();
            assertEquals(CallResult.OK, r);
            assertEquals(HostedNetworkState.IDLE, network.queryStatus().state());
            assertFalse(Arrays.equals(before, backstage.primaryKey()), "the primary key must change");
            assertTrue(events.await(e -> e instanceof HostedNetworkEvent.StateChanged c
                && c.oldState() == HostedNetworkState.ACTIVE && c.newState() == HostedNetworkState.IDLE, WAIT));
            assertEquals(new SecondaryKeyInfo(true, true, true), network.userKeyInfo(),
                "the secondary key is untouched");
        }
    }

    @Test
    void refreshOfAnIdleNetworkChangesTheKeyAndStaysIdle() throws Exception {
        byte[] before = backstage.primaryKey();
        assertTrue(network.rotateSystemKey().succeeded());
        assertEquals(HostedNetworkState.IDLE, network.queryStatus().state());
        assertFalse(Arrays.equals(before, backstage.primaryKey()));
    }

    @Test
    void notificationsArriveOnAThreadOfTheBackendsAndStopAfterUnsubscribe() throws Exception {
        configureAndStart();
        RecordingListener events = new RecordingListener();
        AutoCloseable sub = network.subscribe(events);
        assertTrue(backstage.peerArrive("02:aa:bb:cc:dd:01"));
        assertTrue(events.await(e -> e instanceof HostedNetworkEvent.PeerChanged p && p.arrived()
            && p.peer().mac().equals("02:aa:bb:cc:dd:01") && p.reason().code() == 20, WAIT));
        assertNotEquals(Thread.currentThread().getName(), events.threads.get(0));
        HostedNetworkStatus s = network.queryStatus();
        assertEquals(1, s.peers().size());
        assertEquals(new Peer("02:aa:bb:cc:dd:01", true), s.peers().get(0));
        sub.close();
        int seen = events.events.size();
        assertTrue(backstage.peerDepart("02:aa:bb:cc:dd:01"));
        assertTrue(backstage.awaitNotificationsIdle(5000));
        assertEquals(seen, events.events.size(), "no event after unsubscribe");
        assertTrue(network.queryStatus().peers().isEmpty());
    }

    @Test
    void forceStopIdlesTheNetworkAndDropsPeers() throws Exception {
        configureAndStart();
        backstage.peerArrive("02:aa:bb:cc:dd:02");
        assertTrue(network.stop().succeeded());
        HostedNetworkStatus s = network.queryStatus();
        assertEquals(HostedNetworkState.IDLE, s.state());
        assertTrue(s.peers().isEmpty());
    }

    @Test
    void forceStartWithoutElevationIsDeniedInWords() {
        backstage.initSettings();
        backstage.setElevated(false);
        CallResult r = network.start();
        assertEquals(5, r.code().code());
        assertEquals(5, r.reason().code());
        assertTrue(r.describe("start").contains("administrator"), r.describe("start"));
    }

    @Test
    void forceStartWithoutSettingsFailsWithBadConfiguration() {
        assertEquals(1610, network.start().code().code());
    }

    @Test
    void stoppedServiceFailsWith1062ThenRecoversWhenItComesBack() throws Exception {
        network.queryStatus();
        backstage.setFault(ServiceFault.SERVICE_STOPPED);
        CallResult r = network.rotateSystemKey();
        assertEquals(1062, r.code().code());
        assertTrue(r.describe("refresh").contains("WLAN AutoConfig service"), r.describe("refresh"));
        HostedNetworkException e = assertThrows(HostedNetworkException.class, network::queryStatus);
        assertEquals(1062, e.result().code().code());
        backstage.setFault(ServiceFault.NONE);
        assertTrue(network.rotateSystemKey().succeeded(), "works again without a new backend");
        assertEquals(HostedNetworkState.IDLE, network.queryStatus().state());
    }

    @Test
    void driverWithoutHostedNetworkSupportIsExplained() throws Exception {
        backstage.setFault(ServiceFault.UNSUPPORTED);
        CallResult r = network.rotateSystemKey();
        assertEquals(5023, r.code().code());
        assertEquals(12, r.reason().code());
        String words = r.describe("refresh the security settings");
        assertTrue(words.contains("does not support the Hosted Network") && words.contains("8.1"), words);
        assertEquals(HostedNetworkState.UNAVAILABLE, network.queryStatus().state());
    }

    @Test
    void rpcFailureIsReportedAndTheNextCallWorks() throws Exception {
        backstage.setFault(ServiceFault.RPC);
        CallResult r = network.rotateSystemKey();
        assertEquals(1722, r.code().code());
        assertTrue(r.describe("refresh").contains("RPC"), r.describe("refresh"));
        backstage.setFault(ServiceFault.NONE);
        assertEquals(CallResult.OK, network.rotateSystemKey());
    }

    @Test
    void aServiceRestartIsInvisibleToTheCallerAndNotificationsResume() throws Exception {
        configureAndStart();
        RecordingListener events = new RecordingListener();
        try (AutoCloseable sub = network.subscribe(events)) {
            backstage.restartService();
            assertEquals(HostedNetworkState.ACTIVE, network.queryStatus().state(), "the handle is reopened");
            backstage.peerArrive("02:aa:bb:cc:dd:03");
            assertTrue(events.await(e -> e instanceof HostedNetworkEvent.PeerChanged, WAIT),
                "notifications are registered again on the new handle");
        }
    }

    @Test
    void aHangingCallTakesAsLongAsTheHang() {
        backstage.setHangMillis(300);
        long start = System.nanoTime();
        assertTrue(network.rotateSystemKey().succeeded());
        assertTrue(System.nanoTime() - start >= 250_000_000L, "the call waited for the hang");
        backstage.setHangMillis(0);
    }

    @Test
    void securitySettingsAreWpa2PskWithCcmp() throws Exception {
        SecuritySettings s = network.querySecuritySettings();
        assertEquals("WPA2-PSK", s.authName());
        assertEquals("CCMP", s.cipherName());
    }

    @Test
    void theSecondaryKeyIsReportedWithoutItsBytes() throws Exception {
        assertEquals(SecondaryKeyInfo.NONE, network.userKeyInfo());
        backstage.setSecondaryPassphrase("correct horse battery", false);
        assertEquals(new SecondaryKeyInfo(true, true, false), network.userKeyInfo());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void settingTheUserKeyKeepsAnActiveNetworkAndItsPeersAndTheSystemKey() throws Exception {
        configureAndStart();
        assertTrue(backstage.peerArrive("02:aa:bb:cc:dd:04"));
        RecordingListener events = new RecordingListener();
        try (AutoCloseable sub = network.subscribe(events)) {
            byte[] primary = backstage.primaryKey();
            assertEquals(CallResult.OK, network.setUserKey(ascii("rotated-user-key-0001"), true));
            HostedNetworkStatus s = network.queryStatus();
            assertEquals(HostedNetworkState.ACTIVE, s.state(), "no outage");
            assertEquals(java.util.List.of(new Peer("02:aa:bb:cc:dd:04", true)), s.peers(), "the peer stays");
            assertArrayEquals(ascii("rotated-user-key-0001"), backstage.secondaryKey());
            assertArrayEquals(primary, backstage.primaryKey(), "the system key is untouched");
            assertEquals(new SecondaryKeyInfo(true, true, true), network.userKeyInfo());
            assertTrue(backstage.awaitNotificationsIdle(5000));
            assertFalse(events.events.stream().anyMatch(e -> e instanceof HostedNetworkEvent.StateChanged c
                && c.oldState() == HostedNetworkState.ACTIVE), "never left active: " + events.events);
        }
    }

    @Test
    void aTemporaryUserKeyEndsWithTheRunAPersistentOneOutlivesIt() throws Exception {
        configureAndStart();
        assertTrue(network.setUserKey(ascii("temporary-key"), false).succeeded());
        assertEquals(new SecondaryKeyInfo(true, true, false), network.userKeyInfo());
        assertTrue(network.stop().succeeded());
        assertEquals(SecondaryKeyInfo.NONE, network.userKeyInfo(), "gone with the run it was set in");
        assertNull(backstage.secondaryKey());
        assertTrue(network.start().succeeded());
        assertTrue(network.setUserKey(ascii("persistent-key"), true).succeeded());
        assertTrue(network.stop().succeeded());
        assertEquals(new SecondaryKeyInfo(true, true, true), network.userKeyInfo());
        assertArrayEquals(ascii("persistent-key"), backstage.secondaryKey());
    }

    @Test
    void userKeysOf8And63CharactersAreTakenOneCharacterPastEitherLimitIsRefusedWith87() throws Exception {
        backstage.initSettings();
        for (int n : new int[] {8, 63}) {
            byte[] key = ascii("k".repeat(n - 1) + "Z");
            assertEquals(CallResult.OK, network.setUserKey(key, true), n + " characters");
            assertArrayEquals(key, backstage.secondaryKey());
        }
        for (int n : new int[] {7, 64}) {
            CallResult r = network.setUserKey(ascii("x".repeat(n)), true);
            assertEquals(87, r.code().code(), n + " characters");
            assertEquals(2, r.reason().code(), "bad_parameters");
            assertArrayEquals(ascii("k".repeat(62) + "Z"), backstage.secondaryKey(), "the key before stays");
        }
    }

    @Test
    void settingTheUserKeyMeetsTheSameFaultsAsEveryCall() {
        backstage.initSettings();
        backstage.setFault(ServiceFault.UNSUPPORTED);
        CallResult r = network.setUserKey(ascii("unsupported-key"), true);
        assertEquals(5023, r.code().code());
        assertEquals(12, r.reason().code());
        backstage.setFault(ServiceFault.NONE);
        assertNull(backstage.secondaryKey(), "nothing was set");
    }

    @Test
    void theStationProfileIsUtf16WithItsNulCountedAndGivesTheSystemKeyWhenItCarriesOne() throws Exception {
        HostedNetworkException e = assertThrows(HostedNetworkException.class, network::queryStationProfile);
        assertEquals(1610, e.result().code().code(), "no SSID yet");
        backstage.initSettings();
        backstage.setProfileKey(true);
        byte[] profile = network.queryStationProfile();
        assertEquals(0, profile.length % 2, "UTF-16: an even byte count");
        assertEquals(0, profile[profile.length - 1] | profile[profile.length - 2], "the terminating NUL is counted");
        String xml = new String(profile, java.nio.charset.StandardCharsets.UTF_16LE);
        assertTrue(xml.contains("<name>" + network.queryConnectionSettings().ssid() + "</name>"), xml);
        assertArrayEquals(new String(backstage.primaryKey(), java.nio.charset.StandardCharsets.US_ASCII)
            .toCharArray(), StationProfile.keyMaterial(profile));
        backstage.setProfileKey(false);
        StationProfile.Unusable u = assertThrows(StationProfile.Unusable.class,
            () -> StationProfile.keyMaterial(network.queryStationProfile()));
        assertTrue(u.getMessage().contains("no keyMaterial"), u.getMessage());
    }

    @Test
    void theUserKeyIsRevealedOnlyWhenAskedAndOnlyWhenSet() throws Exception {
        backstage.initSettings();
        assertNull(network.revealUserKey(), "none set");
        assertTrue(network.setUserKey(ascii("handed-over-key"), true).succeeded());
        assertArrayEquals("handed-over-key".toCharArray(), network.revealUserKey());
        backstage.setFault(ServiceFault.RPC);
        assertEquals(1722, assertThrows(HostedNetworkException.class, network::revealUserKey).result().code()
            .code());
        backstage.setFault(ServiceFault.NONE);
    }
}
