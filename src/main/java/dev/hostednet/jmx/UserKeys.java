package dev.hostednet.jmx;

import dev.hostednet.wlan.CallResult;
import dev.hostednet.wlan.HostedNetwork;
import dev.hostednet.wlan.Passphrases;
import java.util.Arrays;

/**
 * Makes a new user key and hands it to Windows, on the native thread. The key lives in one byte array for the
 * length of the native call and is wiped in every case; it is never a String (a String cannot be wiped and ends in
 * heap dumps) and is never returned: whoever needs it asks joinInfo, which reads it back from Windows.
 */
final class UserKeys {

    private final Passphrases passphrases = new Passphrases();
    private final UserKeyPolicy policy;

    UserKeys(UserKeyPolicy policy) {
        this.policy = policy;
    }

    /** Sets a fresh passphrase as the secondary key. */
    CallResult rotate(HostedNetwork network) {
        byte[] key = passphrases.nextBytes(policy.length());
        try {
            return network.setUserKey(key, policy.persistent());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** What a successful rotation means for the operator. */
    String done() {
        return "Done: a new user key (the secondary key, " + policy.length() + " characters, "
            + (policy.persistent() ? "persistent" : "for this run of the network only") + ") is in place; the system"
            + " key is unchanged. Connected clients stay connected and need the new key only to reconnect: give it"
            + " to them.";
    }
}
