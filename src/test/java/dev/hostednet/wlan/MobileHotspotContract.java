package dev.hostednet.wlan;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mobile Hotspot behind the port, run against every backend of it: the WinRT binding over the combase stand-in,
 * and the Java simulation. A difference between the two fails here.
 */
public abstract class MobileHotspotContract {

    private static final int ON = 1;
    protected HotspotBackstage backstage;
    protected HostedNetwork hotspot;

    protected abstract HotspotBackstage createBackstage();

    @BeforeEach
    void open() {
        backstage = createBackstage();
        hotspot = backstage.freshHotspot(BackendSettings.DEFAULT);
    }

    @AfterEach
    void closeHotspot() {
        hotspot.close();
    }

    private void reopen(BackendSettings settings) {
        hotspot.close();
        hotspot = backstage.freshHotspot(settings);
    }

    @Test
    void aFreshHotspotIsIdleWithItsSsidAndClientLimitAndWpa2() throws Exception {
        assertEquals(HostedNetworkState.IDLE, hotspot.queryStatus().state());
        assertEquals(new ConnectionSettings("standin-hotspot", 8), hotspot.queryConnectionSettings());
        assertEquals("WPA2-PSK", hotspot.querySecuritySettings().authName());
        assertEquals(new SecondaryKeyInfo(true, true, true), hotspot.userKeyInfo());
    }

    @Test
    void aRefreshOfAnActiveHotspotStopsItPutsANewPassphraseOnTheSameSsidAndLeavesItIdle() throws Exception {
        backstage.setState(ON);
        String before = backstage.passphrase();
        assertEquals(CallResult.OK, hotspot.rotateSystemKey());
        assertEquals("stop;configure", backstage.log());
        assertNotEquals(before, backstage.passphrase());
        assertEquals(20, backstage.passphrase().length());
        assertEquals("standin-hotspot", backstage.ssid());
        assertEquals(HostedNetworkState.IDLE, hotspot.queryStatus().state());
    }

    @Test
    void aRefreshOfAnIdleHotspotOnlyConfigures() {
        assertEquals(CallResult.OK, hotspot.rotateSystemKey());
        assertEquals("configure", backstage.log());
    }

    @Test
    void startAndStopDriveTheOperationalState() throws Exception {
        assertEquals(CallResult.OK, hotspot.start());
        assertEquals(HostedNetworkState.ACTIVE, hotspot.queryStatus().state());
        assertEquals(CallResult.OK, hotspot.stop());
        assertEquals(HostedNetworkState.IDLE, hotspot.queryStatus().state());
        assertEquals("start;stop", backstage.log());
    }

    @Test
    void peersAreTheClientsOfAnActiveHotspotWithNormalisedMacs() throws Exception {
        backstage.addClient("AA-BB-CC-DD-EE-01");
        backstage.addClient("02:00:00:00:00:0F");
        assertTrue(hotspot.queryStatus().peers().isEmpty());
        backstage.setState(ON);
        assertEquals(List.of(new Peer("aa:bb:cc:dd:ee:01", true), new Peer("02:00:00:00:00:0f", true)),
            hotspot.queryStatus().peers());
    }

    @Test
    void inTransitionIsReportedAsSuch() throws Exception {
        backstage.setState(3);
        assertEquals(HostedNetworkState.IN_TRANSITION, hotspot.queryStatus().state());
        assertEquals("in_transition", hotspot.queryStatus().state().label());
    }

    @Test
    void noInternetConnectionMakesItUnavailableAndSaysWhy() throws Exception {
        backstage.setFault(HotspotBackstage.HotspotFault.NO_INTERNET);
        String words = hotspot.start().describe("start the hotspot");
        assertTrue(words.contains("no internet connection"), words);
        assertEquals(HostedNetworkState.UNAVAILABLE, hotspot.queryStatus().state());
        assertEquals("", backstage.log(), "nothing was attempted");
    }

    @Test
    void aDisabledCapabilityIsNamedWithItsMeaning() {
        backstage.setCapability(1);
        CallResult r = hotspot.rotateSystemKey();
        assertEquals(50, r.code().code());
        String words = r.describe("refresh");
        assertTrue(words.contains("TetheringCapability DisabledByGroupPolicy (1)") && words.contains("Group policy"),
            words);
        HostedNetworkException e = assertThrows(HostedNetworkException.class, hotspot::queryConnectionSettings);
        assertTrue(e.getMessage().contains("DisabledByGroupPolicy"), e.getMessage());
    }

    @Test
    void aRefusedStartNamesTheStatusAndCarriesWindowsMessage() throws Exception {
        backstage.setFault(HotspotBackstage.HotspotFault.START_FAILS);
        backstage.setStartFailure(3, "Turn on Wi-Fi");
        String words = hotspot.start().describe("start the hotspot");
        assertTrue(words.contains("TetheringOperationStatus WiFiDeviceOff (3)") && words.contains("Turn on Wi-Fi"),
            words);
        assertEquals(HostedNetworkState.IDLE, hotspot.queryStatus().state());
    }

    @Test
    void aRefusedConfigurationOfAnActiveHotspotSaysItIsNowOffWithTheOldPassphrase() throws Exception {
        backstage.setState(ON);
        String before = backstage.passphrase();
        backstage.setFault(HotspotBackstage.HotspotFault.CONFIG_REFUSED);
        CallResult r = hotspot.rotateSystemKey();
        assertEquals(0x80070005, r.code().code());
        String words = r.describe("refresh");
        assertTrue(words.contains("ConfigureAccessPointAsync failed: HRESULT 0x80070005 (E_ACCESSDENIED)")
            && words.contains("now off") && words.contains("old passphrase"), words);
        assertEquals(before, backstage.passphrase());
        assertEquals(HostedNetworkState.IDLE, hotspot.queryStatus().state());
    }

    @Test
    void aHangingOperationIsCancelledAfterTheTimeoutAndNothingIsKnownToHaveChanged() throws Exception {
        reopen(HotspotBackstage.timeout(Duration.ofMillis(200)));
        backstage.setFault(HotspotBackstage.HotspotFault.HANG);
        CallResult r = hotspot.start();
        assertEquals(1460, r.code().code());
        String words = r.describe("start the hotspot");
        assertTrue(words.contains("StartTetheringAsync did not complete within 200 ms")
            && words.contains("Nothing is known to have changed yet"), words);
        assertEquals("cancel", backstage.log());
        assertEquals(HostedNetworkState.IDLE, hotspot.queryStatus().state());
    }

    @Test
    void theUserKeyIsTheOnePassphraseReadBackAsUtf16() throws Exception {
        backstage.setPassphrase("Grüße-€-Passwort");
        char[] key = hotspot.revealUserKey();
        assertEquals("Grüße-€-Passwort", new String(key), "UTF-16 code units, '€' beyond Latin-1 included");
        assertEquals("", backstage.log(), "reading changes nothing");
    }

    @Test
    void aUserKeyJustSetIsTheOneReadBackAndTheHotspotRestartsIfItWasOn() throws Exception {
        backstage.setState(ON);
        assertEquals(CallResult.OK, hotspot.setUserKey("Rotated-user-key-42".getBytes(US_ASCII), true));
        assertEquals("stop;configure;start", backstage.log());
        assertEquals("Rotated-user-key-42", backstage.passphrase());
        assertEquals("Rotated-user-key-42", new String(hotspot.revealUserKey()));
    }

    @Test
    void theStationProfileIsWpa2PskAesWithTheSsidAndTheOnePassphrase() throws Exception {
        backstage.setPassphrase("a&b<c>d;e:f\"g");
        byte[] profile = hotspot.queryStationProfile();
        assertEquals("a&b<c>d;e:f\"g", new String(StationProfile.keyMaterial(profile)), "escaped, then read back");
        String xml = new String(profile, UTF_16LE);
        assertTrue(xml.endsWith("\0"), "UTF-16LE with its NUL counted, as Windows gives a profile");
        assertTrue(xml.contains("<SSIDConfig><SSID><name>standin-hotspot</name></SSID></SSIDConfig>")
            && xml.contains("<authentication>WPA2PSK</authentication><encryption>AES</encryption>"), xml);
        assertEquals(new String(hotspot.revealUserKey()), new String(StationProfile.keyMaterial(profile)),
            "the system key and the user key are the one passphrase");
    }

    /**
     * WPA2-PSK passphrases are 8 to 63 printable ASCII characters, space included, and Windows' Settings
     * takes one that begins or ends with a space. The system key is read back out of the profile ProfileWriter
     * wrote, and StationProfile strips whitespace at both ends: joinInfo("system") hands over a key that does not
     * join, while joinInfo("user") hands over the right one.
     */
    @Test
    void theSystemKeyKeepsSpacesAtEitherEndOfThePassphrase() throws Exception {
        String set = "  spaced out passphrase ";
        backstage.setPassphrase(set);
        assertEquals(set, new String(hotspot.revealUserKey()), "the user key is the passphrase");
        assertEquals(set, new String(StationProfile.keyMaterial(hotspot.queryStationProfile())),
            "the system key is the same passphrase, spaces included");
    }

    @Test
    void aKeyCannotBeReadWhenTheHotspotIsUnavailableAndTheFailureSaysWhyWithoutIt() {
        String key = backstage.passphrase();
        backstage.setFault(HotspotBackstage.HotspotFault.NO_INTERNET);
        HostedNetworkException e = assertThrows(HostedNetworkException.class, hotspot::revealUserKey);
        assertTrue(e.getMessage().contains("no internet connection") && !e.getMessage().contains(key),
            e.getMessage());
        backstage.setFault(HotspotBackstage.HotspotFault.NONE);
        backstage.setCapability(1);
        e = assertThrows(HostedNetworkException.class, hotspot::queryStationProfile);
        assertTrue(e.getMessage().contains("DisabledByGroupPolicy") && !e.getMessage().contains(key),
            e.getMessage());
    }

    @Test
    void keepAliveTurnsWindowsNoConnectionsTimeoutOffOnlyWhenAsked() throws Exception {
        hotspot.queryStatus();
        assertTrue(backstage.noConnectionsTimeout());
        reopen(new BackendSettings(Duration.ofSeconds(5), true));
        hotspot.queryStatus();
        assertFalse(backstage.noConnectionsTimeout());
    }
}
