package dev.hostednet.wlan.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hostednet.wlan.Backstage;
import dev.hostednet.wlan.HostedNetworkContract;
import org.junit.jupiter.api.AfterEach;

/** The contract, against the real JNA binding calling the native stand-in. */
class Win32StandinContractTest extends HostedNetworkContract {

    @Override
    protected Backstage createBackstage() {
        return new StandinBackstage();
    }

    @org.junit.jupiter.api.Test
    void theStandinReceivedThePassphraseWithItsNulAndALengthCountingIt() {
        backstage.initSettings();
        byte[] key = "exactly-20-characters".substring(0, 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(0, network.setUserKey(key, true).code().code());
        byte[] received = StandinBackstage.lastSecondaryKeyCall();
        assertEquals(21, received.length, "dwKeyLength counts the terminating NUL");
        assertEquals(0, received[20], "NUL-terminated");
        org.junit.jupiter.api.Assertions.assertArrayEquals(key, java.util.Arrays.copyOf(received, 20));
    }

    @AfterEach
    void nothingLeakedOrMisused() throws InterruptedException {
        network.close();
        Standin.LIB.standin_wait_notifications_idle(5000);
        assertEquals(0, Standin.LIB.standin_outstanding_allocations(), "every buffer freed");
        assertEquals(0, Standin.LIB.standin_bad_frees(), "nothing freed that wlanapi did not allocate");
        assertEquals(0, Standin.LIB.standin_reentrant_calls(), "never registered from inside the callback");
        assertEquals(0, Standin.LIB.standin_open_handles(), "the handle is closed with the backend");
    }
}
